import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleFromHtml, loadArticleFile } from '../../../src/cli/load';
import { publishedDate } from '../../../src/reader/metadata';

const page = (head: string, body: string) => `<!doctype html><html><head><title>T</title>${head}</head><body>${body}</body></html>`;

const ARTICLE_BODY = `
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <h1>River Floods Valley Towns</h1>
    <p>The river rose two metres overnight and flooded three towns in the valley, officials said on Monday morning.</p>
    <p>About 1,200 residents were moved to schools and sports halls on higher ground, the regional fire service said.</p>
    <p>Forecasters expect more rain on Wednesday, and the army has sent four boats and two helicopters to the area.</p>
  </article>
  <footer>© 2024 Example Media</footer>`;

describe('publishedDate', () => {
  const doc = (head: string) => parseHTML(page(head, '<p>x</p><time datetime="2020-01-03">Jan 3</time>')).document;
  it('prefers JSON-LD datePublished, also inside @graph', () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2021-05-04T10:00:00Z"}]}</script>';
    expect(publishedDate(doc(`${ld}<meta property="article:published_time" content="2019-01-01">`))).toBe('2021-05-04T10:00:00Z');
  });
  it('falls back to article:published_time, then <time datetime>', () => {
    expect(publishedDate(doc('<meta property="article:published_time" content="2019-01-01">'))).toBe('2019-01-01');
    expect(publishedDate(doc('<script type="application/ld+json">not json</script>'))).toBe('2020-01-03');
  });
});

describe('articleFromHtml', () => {
  it('keeps the article paragraphs, one per line block, and drops navigation', async () => {
    const a = await articleFromHtml(page('<meta property="article:published_time" content="2024-03-04">', ARTICLE_BODY));
    expect(a.publishedAt).toBe('2024-03-04');
    expect(a.body).toContain('The river rose two metres overnight');
    expect(a.body).toMatch(/officials said on Monday morning\.\n\nAbout 1,200 residents/);
    expect(a.body).not.toContain('Home');
  });
  it('reads the day from the canonical URL of a page that states no date', async () => {
    const a = await articleFromHtml(page('<link rel="canonical" href="https://example.com/news/2024/03/12/floods">', ARTICLE_BODY));
    expect(a.publishedAt).toBe('2024-03-12');
  });
});

describe('loadArticleFile', () => {
  it('reads a .txt file with a header block; the id is the file stem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-load-'));
    const path = join(dir, 'story_1.txt');
    writeFileSync(path, 'title: Floods\ndate: 2024-03-04\n\nThe river rose.\n');
    const a = await loadArticleFile(path);
    expect(a).toMatchObject({ id: 'story_1', title: 'Floods', publishedAt: '2024-03-04', body: 'The river rose.\n' });
  });
  it('takes the day from the URL when the header gives no date, never over a stated one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-load-'));
    const undated = join(dir, 'undated.txt');
    writeFileSync(undated, 'title: Floods\ndate: \nurl: http://example.com/2024/03/12/floods/\n\nThe river rose.\n');
    expect((await loadArticleFile(undated)).publishedAt).toBe('2024-03-12');
    const dated = join(dir, 'dated.txt');
    writeFileSync(dated, 'title: Floods\ndate: 2024-03-04\nurl: http://example.com/2024/03/12/floods/\n\nThe river rose.\n');
    expect((await loadArticleFile(dated)).publishedAt).toBe('2024-03-04');
  });
});
