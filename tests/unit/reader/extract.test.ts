// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src/reader/blocks';
import { readArticle, looksLikeListingUrl } from '../../../src/reader/extract';
import { canonicalUrl, publishedDate, siteName } from '../../../src/reader/metadata';

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const paragraphs = Array.from({ length: 8 }, (_, i) =>
  `<p>Paragraph ${i + 1} of the report describes how the harbour crews worked through the night to contain the fire that started near the engine room, according to the port authority.</p>`,
).join('');

describe('metadata', () => {
  it('prefers JSON-LD datePublished, then meta, then <time>', () => {
    const ld = load('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-04T08:00:00Z"}</script><meta property="article:published_time" content="2025-01-01">');
    expect(publishedDate(ld)).toBe('2025-03-04T08:00:00Z');
    expect(publishedDate(load('<meta property="article:published_time" content="2025-01-01"><time datetime="2024-12-31">x</time>'))).toBe('2025-01-01');
    expect(publishedDate(load('<time datetime="2024-12-31">x</time>'))).toBe('2024-12-31');
    expect(publishedDate(load('<time datetime="not a date">x</time>'))).toBeNull();
  });

  it('finds the site name and strips tracking from the canonical URL', () => {
    expect(siteName(load('<meta property="og:site_name" content="The Harbour Post">'), 'https://x.test/a')).toBe('The Harbour Post');
    expect(siteName(load(''), 'https://www.example.test/a')).toBe('example.test');
    expect(canonicalUrl(load(''), 'https://x.test/a?utm_source=feed&id=3#top')).toBe('https://x.test/a?id=3');
    expect(canonicalUrl(load('<link rel="canonical" href="/story/1">'), 'https://x.test/a?b=1')).toBe('https://x.test/story/1');
  });
});

describe('blockText', () => {
  it('gives one paragraph per block element', () => {
    const doc = load('<div><h2>Title here</h2><p>One <i>two</i>\nthree.</p><ul><li>Four.</li><li>Five.</li></ul></div>');
    expect(blockText(doc.body)).toBe('Title here\n\nOne two three.\n\nFour.\n\nFive.');
  });
});

describe('readArticle', () => {
  it('extracts an article and leaves the live document untouched', () => {
    const html = `<html><head><title>Fire on the ferry</title><meta property="og:type" content="article"><meta property="og:site_name" content="Harbour Post"></head>
      <body><nav><a href="/">Home</a></nav><article><h1>Fire on the ferry</h1>${paragraphs}</article><footer>Contact us</footer></body></html>`;
    const doc = load(html);
    const before = doc.body.innerHTML;
    const article = readArticle(doc, 'https://harbour.test/news/ferry-fire');
    expect(article?.site).toBe('Harbour Post');
    expect(article?.text).toContain('Paragraph 8 of the report');
    expect(article?.text).not.toContain('Contact us');
    expect(doc.body.innerHTML).toBe(before);
  });

  it('skips home pages and search pages', () => {
    expect(looksLikeListingUrl('https://harbour.test/')).toBe(true);
    expect(looksLikeListingUrl('https://harbour.test/search?q=fire')).toBe(true);
    expect(looksLikeListingUrl('https://harbour.test/news/ferry-fire')).toBe(false);
    const doc = load(`<html><body><article>${paragraphs}</article></body></html>`);
    expect(readArticle(doc, 'https://harbour.test/index.html')).toBeNull();
  });
});
