/** The Node side of eval and check on articles written to a temporary folder. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle, checkCommand } from '../../../src/cli/check';
import { findDocFile, listTxtFiles } from '../../../src/cli/corpus';
import { evalCommand, libraryArticles, runEval } from '../../../src/cli/eval';

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
  for (const [name, text] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return root;
}

const PAGE = `title: Ferry fire in the harbour
source: Harbour Times
date: 2024-05-02

A fire on the ferry Nordlys killed 12 passengers in Bergen harbour on Wednesday, the coast guard said.

Firefighters needed six hours to put out the blaze.
`;
const OTHER = `title: Ferry blaze
source: Coast Daily
date: 2024-05-02

The coast guard said a fire on the ferry Nordlys killed 12 passengers in Bergen harbour on Wednesday.

The shipping company said it would cooperate with investigators.
`;
const HTML = `<!doctype html><html><head><title>Ferry</title><meta property="og:site_name" content="Web Post">
<meta property="article:published_time" content="2024-05-03"></head><body><article><h1>Ferry fire</h1>
<p>Investigators examined the ferry Nordlys in Bergen harbour on Thursday after a fire that killed 12 passengers.</p>
<p>The ship had been inspected in March, the operator said in a statement on Thursday.</p></article></body></html>`;

describe('corpus file lookup', () => {
  it('prefers CLUSTER__DOC.txt, then DOC.txt, and rejects ambiguity', () => {
    const root = folder({ 'a/x__d1.txt': '1', 'b/d1.txt': '2', 'c/y__d2.txt': '3', 'd/z__d2.txt': '4', 'e/d3.txt': '5' });
    const files = listTxtFiles(root);
    expect(findDocFile(files, 'd1', 'x')).toMatch(/a\/x__d1\.txt$/);
    expect(findDocFile(files, 'd1', null)).toMatch(/b\/d1\.txt$/);
    expect(findDocFile(files, 'd3')).toMatch(/e\/d3\.txt$/);
    expect(findDocFile(files, 'nope')).toBeNull();
    expect(() => findDocFile(files, 'd2')).toThrow(/ambiguous/);
  });
});

describe('library articles', () => {
  it('reads .txt and .html, keeps ids unique, skips taken ids', async () => {
    const root = folder({ 'one/page.txt': PAGE, 'two/page.txt': OTHER, 'web/story.html': HTML, 'one/gold.txt': OTHER, 'notes.md': 'x' });
    const articles = await libraryArticles([root], new Set(['gold']));
    expect(articles.map((a) => a.ref.id).sort()).toEqual(['page', 'page~2', 'story']);
    const html = articles.find((a) => a.ref.id === 'story')!;
    expect(html.ref.site).toBe('Web Post');
    expect(html.ref.publishedAt).toBe('2024-05-03');
    expect(html.body).toContain('killed 12 passengers');
    const txt = articles.find((a) => a.ref.id === 'page')!;
    expect(txt.ref).toMatchObject({ site: 'Harbour Times', publishedAt: '2024-05-02', title: 'Ferry fire in the harbour' });
    expect(txt.body.startsWith('A fire on the ferry')).toBe(true);
  });
});

describe('check', () => {
  it('checks an article against the others, never against itself', async () => {
    const root = folder({ 'lib/page.txt': PAGE, 'lib/other.txt': OTHER, 'lib/story.html': HTML });
    const check = await checkArticle(join(root, 'lib/page.txt'), [join(root, 'lib')]);
    expect(check.claims.length).toBeGreaterThan(0);
    expect([...check.otherArticles.keys()].sort()).toEqual(['other', 'story']);
    const linkedArticles = check.summaries.flatMap((s) => [...s.agree, ...s.differ, ...s.updated].flatMap((g) => g.articleIds));
    expect(linkedArticles).not.toContain('page');
  });

  it('prints usage and exits 2 without a library or with a bad date', async () => {
    expect(await checkCommand(['x.txt'], () => undefined)).toBe(2);
    expect(await checkCommand(['x.txt', '--library', '.', '--date', 'Monday'], () => undefined)).toBe(2);
  });

  it('uses --date only when the file names no date', async () => {
    const headerless = 'Ferry fire\n\nA fire on the ferry Nordlys killed 12 passengers on Wednesday.\n';
    const root = folder({ 'page.txt': PAGE, 'bare.txt': headerless, 'lib/other.txt': OTHER });
    expect((await checkArticle(join(root, 'bare.txt'), [join(root, 'lib')], { date: '2024-05-02' })).article.publishedAt).toBe('2024-05-02');
    expect((await checkArticle(join(root, 'page.txt'), [join(root, 'lib')], { date: '2020-01-01' })).article.publishedAt).toBe('2024-05-02');
  });
});

describe('eval', () => {
  const gold = {
    cluster: 'ferry',
    docs: ['page', 'other'],
    doc_meta: { page: { date: '2024-05-02' } },
    facts: [
      {
        id: 'toll',
        verdict: 'agree',
        mentions: [
          { doc: 'page', quote: 'killed 12 passengers in Bergen harbour', group: 'a' },
          { doc: 'other', quote: 'killed 12 passengers in Bergen harbour', group: 'a' },
        ],
      },
    ],
  };

  it('runs end to end on a tiny gold and dumps offsets into the bodies', async () => {
    const root = folder({ 'corpus/page.txt': PAGE, 'corpus/other.txt': OTHER, 'gold/ferry.json': JSON.stringify(gold), 'lib/story.html': HTML });
    const run = await runEval({ gold: [join(root, 'gold')], corpus: join(root, 'corpus'), library: [join(root, 'lib')] });
    expect(run.articles).toMatchObject({ gold: 2, library: 1 });
    expect(run.result.mention_recall).toBe(1);
    expect(run.result.claims.located).toMatchObject({ offsets: run.dump.claims.filter((c) => c.doc !== 'story').length });
    for (const c of run.dump.claims.filter((x) => x.doc === 'page')) expect(PAGE.split('\n\n').slice(1).join('\n\n').slice(c.start, c.end)).toBe(c.text);
  });

  it('fails on a gold doc missing from the corpus', async () => {
    const root = folder({ 'corpus/page.txt': PAGE, 'gold/ferry.json': JSON.stringify(gold) });
    await expect(runEval({ gold: [join(root, 'gold')], corpus: join(root, 'corpus') })).rejects.toThrow(/no article file for doc "other"/);
  });

  it('prints usage and exits 2 without --gold', async () => {
    expect(await evalCommand(['--corpus', '.'])).toBe(2);
  });
});
