// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorQuotes } from '../../../src/reader/anchor';
import { buildTextIndex } from '../../../src/reader/text-index';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('text index', () => {
  it('collapses whitespace across text nodes and skips scripts', () => {
    const doc = page('<p>Hello <b>big</b>\n   world.</p><script>var x = 1;</script><p>Next.</p>');
    expect(buildTextIndex(doc.body).text).toBe('Hello big world.Next.');
  });
});

describe('anchorQuotes', () => {
  it('maps a sentence split across inline elements to one range', () => {
    const doc = page('<article><p>The ferry <a href="#">Northern Star</a> caught fire at <em>dawn</em>.   Two crew were hurt.</p></article>');
    const [first, second] = anchorQuotes(buildTextIndex(doc.body), [
      'The ferry Northern Star caught fire at dawn.',
      'Two crew were hurt.',
    ]);
    expect(first?.toString()).toBe('The ferry Northern Star caught fire at dawn.');
    expect(second?.toString()).toBe('Two crew were hurt.');
  });

  it('anchors a repeated sentence to the copy after the previous anchor', () => {
    const doc = page('<p id="a">Police said.</p><p>Other text.</p><p id="b">Police said.</p>');
    const ranges = anchorQuotes(buildTextIndex(doc.body), ['Other text.', 'Police said.']);
    expect(ranges[1]?.startContainer.parentElement?.id).toBe('b');
  });

  it('reports a quote that is not on the page as null instead of guessing', () => {
    const doc = page('<p>Only this.</p>');
    expect(anchorQuotes(buildTextIndex(doc.body), ['Something else.'])).toEqual([null]);
  });
});
