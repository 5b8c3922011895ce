import { afterEach, describe, expect, it } from 'vitest';
import {
  captureArticle, clearLibrary, deleteArticle, deleteOutlet, getSettings, libraryStats, outlets, putArticle, updateSettings,
} from '../../../src/library';
import { article, claim, deleteOpened, freshDb } from './helpers';

afterEach(deleteOpened);

const noBytes = { bytesUsed: null, bytesQuota: null };

describe('putArticle / captureArticle', () => {
  it('counts articles, claims and outlets, and passes the storage estimate through', async () => {
    const db = freshDb();
    await putArticle(db, article('a', 'one.test'), [claim('a', 0), claim('a', 20)]);
    await putArticle(db, article('b', 'two.test'), [claim('b', 0)]);
    await putArticle(db, article('c', 'two.test'), []);
    expect(await libraryStats(db)).toEqual({ articles: 3, claims: 3, outlets: 2, ...noBytes });
    expect(await libraryStats(db, { usage: 1234, quota: 99999 })).toEqual({ articles: 3, claims: 3, outlets: 2, bytesUsed: 1234, bytesQuota: 99999 });
  });

  it('replaces the claims of a re-visited article instead of duplicating', async () => {
    const db = freshDb();
    expect((await captureArticle(db, article('a', 'one.test'), [claim('a', 0), claim('a', 20)])).updated).toBe(false);
    expect((await captureArticle(db, article('a', 'one.test', { title: 'New title' }), [claim('a', 5)])).updated).toBe(true);
    expect(await libraryStats(db)).toEqual({ articles: 1, claims: 1, outlets: 1, ...noBytes });
    expect((await db.claims.toArray()).map((c) => c.id)).toEqual(['a:5']);
    expect((await db.articles.get('a'))?.title).toBe('New title');
  });

  it('rejects a malformed row and writes nothing', async () => {
    const db = freshDb();
    const bad = { ...claim('a', 0), checkworthiness: 7 };
    await expect(putArticle(db, article('a', 'one.test'), [bad])).rejects.toThrow();
    await expect(putArticle(db, article('a', 'one.test'), [claim('other', 0)])).rejects.toThrow(/belongs to article other/);
    expect(await libraryStats(db)).toEqual({ articles: 0, claims: 0, outlets: 0, ...noBytes });
  });

  it('marks a near-duplicate from another URL as a copy of the first, and keeps both', async () => {
    const db = freshDb();
    const fp = '0123456789abcdef';
    await captureArticle(db, article('wire', 'agency.test', { fingerprint: fp }), [claim('wire', 0)]);
    const copy = await captureArticle(db, article('copy1', 'paper.test', { fingerprint: '0123456789abcdee' }), [claim('copy1', 0)]);
    const copy2 = await captureArticle(db, article('copy2', 'other.test', { fingerprint: '1123456789abcdef' }), []);
    const far = await captureArticle(db, article('own', 'paper.test', { fingerprint: 'fedcba9876543210' }), []);
    expect(copy.copyOf).toBe('wire');
    expect(copy2.copyOf).toBe('wire');
    expect(far.copyOf).toBeNull();
    expect((await db.articles.get('wire'))?.copyOf).toBeNull();
    expect(await db.articles.where('copyOf').equals('wire').primaryKeys()).toEqual(['copy1', 'copy2']);
    // Re-visiting the root does not make it a copy of its own copies.
    expect((await captureArticle(db, article('wire', 'agency.test', { fingerprint: fp }), [])).copyOf).toBeNull();
  });
});

describe('deleting', () => {
  it('deletes one article with its claims, re-rooting its copies', async () => {
    const db = freshDb();
    await captureArticle(db, article('wire', 'agency.test', { fingerprint: '0123456789abcdef', capturedAt: '2025-01-01T00:00:00Z' }), [claim('wire', 0)]);
    await captureArticle(db, article('c2', 'b.test', { fingerprint: '0123456789abcdee', capturedAt: '2025-01-03T00:00:00Z' }), [claim('c2', 0)]);
    await captureArticle(db, article('c1', 'a.test', { fingerprint: '0123456789abcdec', capturedAt: '2025-01-02T00:00:00Z' }), [claim('c1', 0)]);
    await deleteArticle(db, 'wire');
    expect(await db.articles.get('wire')).toBeUndefined();
    expect(await db.claims.where('articleId').equals('wire').count()).toBe(0);
    expect((await db.articles.get('c1'))?.copyOf).toBeNull();
    expect((await db.articles.get('c2'))?.copyOf).toBe('c1');
    expect(await db.claims.count()).toBe(2);
  });

  it('deletes an outlet, reports per-outlet counts, and clears everything but settings', async () => {
    const db = freshDb();
    await putArticle(db, article('a', 'one.test'), [claim('a', 0), claim('a', 20)]);
    await putArticle(db, article('b', 'one.test'), [claim('b', 0)]);
    await putArticle(db, article('c', 'two.test'), [claim('c', 0)]);
    expect(await outlets(db)).toEqual([
      { site: 'one.test', articles: 2, claims: 3 },
      { site: 'two.test', articles: 1, claims: 1 },
    ]);
    expect(await deleteOutlet(db, 'one.test')).toBe(2);
    expect(await outlets(db)).toEqual([{ site: 'two.test', articles: 1, claims: 1 }]);
    expect((await db.claims.toArray()).map((c) => c.id)).toEqual(['c:0']);
    await updateSettings(db, { captureEnabled: false });
    await clearLibrary(db);
    expect(await libraryStats(db)).toEqual({ articles: 0, claims: 0, outlets: 0, ...noBytes });
    expect((await getSettings(db)).captureEnabled).toBe(false);
  });
});
