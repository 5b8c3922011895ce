import { afterEach, describe, expect, it } from 'vitest';
import {
  BundleError, captureArticle, exportBundle, headerLine, importBundle, putArticle, recordLine, toModelArticle, type ImportProgress, type LibraryDb,
} from '../../../src/library';
import { article, claim, deleteOpened, freshDb } from './helpers';

afterEach(deleteOpened);

async function exportText(db: LibraryDb, site?: string): Promise<string> {
  const lines: string[] = [];
  for await (const line of exportBundle(db, { site, createdAt: new Date('2025-02-02T00:00:00Z'), chunkArticles: 2 })) lines.push(line);
  return lines.join('\n') + '\n';
}

async function snapshot(db: LibraryDb) {
  return {
    articles: (await db.articles.orderBy('id').toArray()).map(toModelArticle),
    claims: await db.claims.orderBy('id').toArray(),
  };
}

async function seed(db: LibraryDb): Promise<void> {
  await captureArticle(db, article('a1', 'one.test', { fingerprint: '0000000000000000' }), [claim('a1', 0, ['n:x']), claim('a1', 30, ['l:y'])]);
  await captureArticle(db, article('a2', 'two.test', { fingerprint: '0000000000000001' }), [claim('a2', 0, ['n:x'])]);
  await captureArticle(db, article('a3', 'one.test', { byline: 'By Someone', publishedAt: null }), []);
  await captureArticle(db, article('a4', 'three.test'), [claim('a4', 5, ['d:2024-01'], { attribution: 'the ministry', polarity: 'negative' })]);
  await captureArticle(db, article('a5', 'two.test'), [claim('a5', 0)]);
}

describe('bundle round trip', () => {
  it('export → import into an empty library gives identical rows', async () => {
    const source = freshDb();
    await seed(source);
    const text = await exportText(source);
    expect(text.split('\n')[0]).toBe('{"format":"crosscheck-bundle","version":1,"createdAt":"2025-02-02T00:00:00.000Z","articles":5,"claims":5}');

    const target = freshDb();
    const result = await importBundle(target, text, { chunkClaims: 2 });
    expect(result).toEqual({ articles: 5, claims: 5, replaced: 0 });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect((await target.articles.get('a2'))?.copyOf).toBe('a1');
    expect(await exportText(target)).toBe(text);
  });

  it('exports one outlet', async () => {
    const db = freshDb();
    await seed(db);
    const lines = (await exportText(db, 'one.test')).trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ articles: 2, claims: 2 });
    expect(lines.slice(1).map((l) => JSON.parse(l).article.id)).toEqual(['a1', 'a3']);
  });

  it('replaces articles already in the library instead of duplicating them', async () => {
    const db = freshDb();
    await putArticle(db, article('a1', 'one.test'), [claim('a1', 99), claim('a1', 100)]);
    const text = [headerLine({ articles: 1, claims: 1 }), recordLine(article('a1', 'one.test', { title: 'Imported' }), [claim('a1', 0)])].join('\n');
    expect(await importBundle(db, text)).toEqual({ articles: 1, claims: 1, replaced: 1 });
    expect((await db.claims.toArray()).map((c) => c.id)).toEqual(['a1:0']);
    expect((await db.articles.get('a1'))?.title).toBe('Imported');
  });
});

describe('importBundle is all-or-nothing', () => {
  it('a bad line in the middle rejects everything with its line number; the library is unchanged', async () => {
    const db = freshDb();
    await putArticle(db, article('kept', 'k.test'), [claim('kept', 0)]);
    const before = await snapshot(db);
    const lines = [headerLine({ articles: 5, claims: 5 })];
    for (let i = 0; i < 5; i++) lines.push(recordLine(article(`n${i}`, 'n.test'), [claim(`n${i}`, 0)]));
    lines[3] = lines[3]!.replace('"origin":"visited"', '"origin":"stolen"');
    const rejected = importBundle(db, () => lines, { chunkClaims: 1 });
    await expect(rejected).rejects.toBeInstanceOf(BundleError);
    await expect(rejected).rejects.toMatchObject({ line: 4, reason: expect.stringMatching(/article\.origin/) });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a source that changes between the passes aborts the write transaction', async () => {
    const db = freshDb();
    const good = [headerLine({ articles: 3, claims: 3 }), ...[0, 1, 2].map((i) => recordLine(article(`n${i}`, 'n.test'), [claim(`n${i}`, 0)]))];
    let opened = 0;
    const source = () => (++opened === 1 ? good : [...good.slice(0, 3), '{broken']);
    await expect(importBundle(db, source, { chunkClaims: 1 })).rejects.toMatchObject({ line: 4 });
    expect(opened).toBe(2);
    expect(await db.articles.count()).toBe(0);
    expect(await db.claims.count()).toBe(0);
  });

  it('reports validate then write progress with the total from the header', async () => {
    const db = freshDb();
    const lines = [headerLine({ articles: 4, claims: 4 }), ...[0, 1, 2, 3].map((i) => recordLine(article(`n${i}`, 'n.test'), [claim(`n${i}`, 0)]))];
    const events: ImportProgress[] = [];
    await importBundle(db, () => lines, { onProgress: (p) => events.push(p), progressEvery: 2, chunkClaims: 2 });
    const phases = events.map((e) => e.phase);
    expect(phases.indexOf('write')).toBeGreaterThan(phases.lastIndexOf('validate'));
    expect(events.filter((e) => e.phase === 'validate').at(-1)).toEqual({ phase: 'validate', lines: 5, totalLines: 5 });
    expect(events.filter((e) => e.phase === 'write').map((e) => e.lines)).toEqual([3, 5, 5]);
    expect(events.every((e) => e.totalLines === undefined || e.totalLines === 5)).toBe(true);
  });
});
