import { afterEach, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../../src/core/claims';
import { refreshLibrary } from '../../../src/background/refresh';
import { putArticle } from '../../../src/library';
import { article, claim, deleteOpened, freshDb } from '../library/helpers';

afterEach(deleteOpened);

describe('refreshLibrary', () => {
  it('brings claims stored by another engine up to this one, with their retrieval keys', async () => {
    const db = freshDb();
    const text = 'Rescuers recovered the body of a climber who fell 400 metres on Mount Kestrel on Saturday.';
    await putArticle(db, article('a', 'one.test', { text }), [claim('a', 0, ['l:stale'])]);
    await refreshLibrary(db, true);
    const claims = await db.claims.where('articleId').equals('a').toArray();
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.flatMap((c) => c.keys)).not.toContain('l:stale');
    expect(claims.flatMap((c) => c.keys)).toContain('l:climber');
    expect((await db.articles.get('a'))?.claimsBy).toBe(EXTRACTOR_VERSION);
  });

  it('runs once at a time: a second call joins the run under way', async () => {
    const db = freshDb();
    await putArticle(db, article('a', 'one.test', { text: 'Two climbers died on Mount Kestrel on Saturday.' }), []);
    const first = refreshLibrary(db, true);
    expect(refreshLibrary(db, true)).toBe(first);
    await first;
    expect((await db.articles.get('a'))?.claimsBy).toBe(EXTRACTOR_VERSION);
  });
});
