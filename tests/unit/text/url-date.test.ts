import { describe, expect, it } from 'vitest';
import { dateFromUrl } from '../../../src/core/text/url-date';

describe('dateFromUrl', () => {
  it('reads a day from news URL paths', () => {
    expect(dateFromUrl('http://example.com/2013/03/12/vigil-turns-into-riot/#axzz')).toBe('2013-03-12');
    expect(dateFromUrl('https://news.example.org/_news/2013/09/09/20401724-raid-on-store?lite')).toBe('2013-09-09');
    expect(dateFromUrl('https://example.com/world/2024-01-24-strikes-in-region')).toBe('2024-01-24');
    expect(dateFromUrl('https://example.com/story/20240124/strikes')).toBe('2024-01-24');
  });
  it('leaves ambiguous, impossible or missing days alone', () => {
    expect(dateFromUrl('http://example.tv/en/news/europe/130909-paris-heist')).toBeNull();
    expect(dateFromUrl('http://example.com/news/article-2291941/Riot.html')).toBeNull();
    expect(dateFromUrl('http://example.com/2023/02/30/no-such-day')).toBeNull();
    expect(dateFromUrl('http://example.com/2023/12/report')).toBeNull();
    expect(dateFromUrl('not a url')).toBeNull();
    expect(dateFromUrl(null)).toBeNull();
  });
});
