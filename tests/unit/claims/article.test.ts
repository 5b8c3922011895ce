import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../../src/core/text/article';

describe('parseArticleText', () => {
  it('reads a header block and returns the text after the first blank line as the body', () => {
    const file = 'title: Flood hits town\nsource: www.example.org\ndate: 2013-03-14\nurl:\n\nFlood hits town\n\nWater rose overnight.\n';
    const { meta, body } = parseArticleText(file);
    expect(meta).toEqual({ title: 'Flood hits town', source: 'www.example.org', date: '2013-03-14', url: null });
    expect(body).toBe('Flood hits town\n\nWater rose overnight.\n');
  });

  it('takes the whole file as body when the first line is not a header line', () => {
    const file = 'Flood hits town\n\ntitle: not a header here\n';
    const { meta, body } = parseArticleText(file);
    expect(body).toBe(file);
    expect(meta.title).toBeNull();
  });

  it('is case-sensitive about header keys, like the scorer', () => {
    expect(parseArticleText('Title: Something\n\nBody.').body).toBe('Title: Something\n\nBody.');
  });

  it('takes the whole file when a header has no blank line after it', () => {
    const file = 'title: x\nsource: y\nBody without a blank line.';
    expect(parseArticleText(file).body).toBe(file);
  });

  it('handles CRLF blank lines and falls back to site for source', () => {
    const { meta, body } = parseArticleText('title: T\r\nsite: S\r\n\r\nBody.');
    expect(body).toBe('Body.');
    expect(meta.source).toBe('S');
  });
});
