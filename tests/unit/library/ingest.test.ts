import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../../src/core/claims';
import { ingest, ingestCommand } from '../../../src/cli/ingest';
import { importBundle, libraryStats, linesOf, parseBundle, type BundleItem } from '../../../src/library';
import { deleteOpened, freshDb } from './helpers';

let dir: string | undefined;
afterEach(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
  await deleteOpened();
});

const STORY_A = `title: Bridge reopens after repairs
source: Harbour Times
date: 2024-03-05
url: https://harbour.example/bridge

The North Bridge reopened on Monday after eight months of repairs that cost 12 million dollars.
City engineer Maria Lopez said at least 40,000 vehicles are expected to cross it every day.
`;

const STORY_B = `title: Bridge traffic resumes
source: Valley Post
date: 2024-03-06
url: https://valley.example/news/bridge

Traffic resumed on the North Bridge on Monday, the city said.
The repairs took eight months and cost about 12 million dollars, according to the council.
`;

function setUp(): string {
  dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  mkdirSync(join(dir, 'in', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'in', 'a.txt'), STORY_A);
  writeFileSync(join(dir, 'in', 'nested', 'b.txt'), STORY_B);
  writeFileSync(join(dir, 'in', 'notes.md'), 'not an article');
  writeFileSync(join(dir, 'dup.txt'), STORY_A);
  return dir;
}

describe('ingest', () => {
  it('writes a bundle of every article under a folder (recursively) that imports into a library', async () => {
    const root = setUp();
    const out = join(root, 'lib.jsonl');
    const summary = await ingest([join(root, 'in')], out);
    expect(summary).toMatchObject({ articles: 2, skipped: 0 });
    expect(summary.claims).toBeGreaterThan(1);

    const text = readFileSync(out, 'utf8');
    const items: BundleItem[] = [];
    for await (const item of parseBundle(linesOf(text))) items.push(item);
    const records = items.flatMap((i) => ('record' in i ? [i.record] : []));
    expect(records.map((r) => r.article.site).sort()).toEqual(['Harbour Times', 'Valley Post']);
    expect(records.every((r) => r.article.origin === 'imported' && r.article.fingerprint.length === 16)).toBe(true);
    expect(records.find((r) => r.article.site === 'Harbour Times')?.article).toMatchObject({ url: 'https://harbour.example/bridge', publishedAt: '2024-03-05', title: 'Bridge reopens after repairs' });

    // The bundle names the extraction that made its claims: an import keeps them as they are.
    expect(items.find((i) => 'header' in i)).toMatchObject({ header: { extractor: EXTRACTOR_VERSION } });

    const db = freshDb();
    expect(await importBundle(db, text)).toMatchObject({ articles: 2, claims: summary.claims });
    expect((await libraryStats(db)).outlets).toBe(2);
    expect((await db.articles.toArray()).map((a) => a.claimsBy)).toEqual([EXTRACTOR_VERSION, EXTRACTOR_VERSION]);
  });

  it('takes files and folders together, skipping a second file with the same URL', async () => {
    const root = setUp();
    const out = join(root, 'lib.jsonl');
    const warnings: string[] = [];
    const summary = await ingest([join(root, 'in', 'a.txt'), join(root, 'dup.txt'), join(root, 'in', 'nested')], out, (t) => warnings.push(t));
    expect(summary).toMatchObject({ articles: 2, skipped: 1 });
    expect(warnings.join('')).toMatch(/dup\.txt/);
  });

  it('prints a summary, and usage without --out', async () => {
    const root = setUp();
    const printed: string[] = [];
    expect(await ingestCommand([join(root, 'in'), '--out', join(root, 'x.jsonl')], (t) => printed.push(t))).toBe(0);
    expect(printed.join('')).toMatch(/^2 articles, \d+ claims in \d+\.\d s → /);
    expect(await ingestCommand([join(root, 'in')], () => undefined)).toBe(2);
  });
});
