import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article, Claim } from '../../../src/core/model';
import { captureArticle, headerLine, importBundle, putArticle, recordLine, refreshClaims, toModelArticle } from '../../../src/library';
import { article, claim, deleteOpened, freshDb } from './helpers';

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteOpened();
});

/** The failures below are expected; their warnings would only clutter the output. */
const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => undefined);

/** A stand-in extractor: one claim per article, keyed by this version's spelling of its text. */
const extractV2 = (a: Article): Claim[] => [claim(a.id, 3, [`l:${a.text.length}`, 'l:v2'])];

async function keysOf(db: ReturnType<typeof freshDb>, articleId: string): Promise<string[][]> {
  return (await db.claims.where('articleId').equals(articleId).toArray()).map((c) => c.keys);
}

describe('refreshClaims', () => {
  it('re-extracts the claims of articles an older or unknown extraction made, then leaves them be', async () => {
    const db = freshDb();
    await putArticle(db, article('old', 'one.test'), [claim('old', 0, ['l:v1']), claim('old', 20, ['l:v1'])]);
    await captureArticle(db, article('older', 'one.test'), [claim('older', 0, ['l:v1'])], 1);
    await captureArticle(db, article('new', 'two.test'), [claim('new', 0, ['l:current'])], 2);
    expect(await refreshClaims(db, extractV2, 2, { batch: 1 })).toBe(2);
    expect(await keysOf(db, 'old')).toEqual([['l:12', 'l:v2']]);
    expect(await keysOf(db, 'older')).toEqual([['l:14', 'l:v2']]);
    expect(await keysOf(db, 'new')).toEqual([['l:current']]);
    expect((await db.articles.get('old'))?.claimsBy).toBe(2);
    // A finished run is not repeated: nothing is read again until something asks.
    await db.articles.update('new', { claimsBy: 1 });
    expect(await refreshClaims(db, extractV2, 2)).toBe(0);
    expect(await refreshClaims(db, extractV2, 2, { force: true })).toBe(1);
  });

  it('keeps the old claims of an article the extractor fails on, without retrying it forever', async () => {
    const warn = quiet();
    const db = freshDb();
    await putArticle(db, article('bad', 'one.test'), [claim('bad', 0, ['l:v1'])]);
    const failing = (): Claim[] => {
      throw new Error('cannot read this one');
    };
    expect(await refreshClaims(db, failing, 2, { force: true })).toBe(1);
    expect(await keysOf(db, 'bad')).toEqual([['l:v1']]);
    expect(await refreshClaims(db, failing, 2, { force: true })).toBe(0);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('keeps the old claims of an article whose new claims do not validate', async () => {
    quiet();
    const db = freshDb();
    await putArticle(db, article('a', 'one.test'), [claim('a', 0, ['l:v1'])]);
    const broken = (a: Article): Claim[] => [{ ...claim(a.id, 0), checkworthiness: 7 }];
    expect(await refreshClaims(db, broken, 2, { force: true })).toBe(1);
    expect(await keysOf(db, 'a')).toEqual([['l:v1']]);
  });

  it('bundles that name their extraction version are taken as they are; others are re-extracted', async () => {
    const db = freshDb();
    const bundle = (extractor?: number) =>
      [headerLine({ articles: 1, claims: 1, ...(extractor ? { extractor } : {}) }), recordLine(article(`b${extractor ?? 0}`, 'b.test'), [claim(`b${extractor ?? 0}`, 0, ['l:bundled'])])].join('\n');
    await importBundle(db, bundle(2));
    await importBundle(db, bundle());
    expect(await refreshClaims(db, extractV2, 2, { force: true })).toBe(1);
    expect(await keysOf(db, 'b2')).toEqual([['l:bundled']]);
    expect(await keysOf(db, 'b0')).toEqual([['l:11', 'l:v2']]);
  });

  it('the version stays library bookkeeping: a model article does not carry it', async () => {
    const db = freshDb();
    await captureArticle(db, article('a', 'one.test'), [], 2);
    expect(toModelArticle((await db.articles.get('a'))!)).not.toHaveProperty('claimsBy');
  });
});
