import { afterEach, describe, expect, it } from 'vitest';
import { candidateClaims, candidatesForPage, captureArticle, deleteOutlet, putArticle, sourceGroup } from '../../../src/library';
import { article, claim, deleteOpened, freshDb } from './helpers';

afterEach(deleteOpened);

describe('candidateClaims', () => {
  it('ranks by shared keys, rare keys weighing more, and respects the limit', async () => {
    const db = freshDb();
    await putArticle(db, article('a', 'a.test'), [
      claim('a', 0, ['n:mosul', 'l:strike', 'u:soldier']), // shares 3
      claim('a', 50, ['n:mosul']), // shares the rare key only
      claim('a', 90, ['l:strike']), // shares the common key only
      claim('a', 130, ['n:basra']), // shares nothing
    ]);
    await putArticle(db, article('b', 'b.test'), [claim('b', 0, ['n:mosul', 'l:strike'])]);
    // Make l:strike common (but under the cap).
    await putArticle(db, article('c', 'c.test'), Array.from({ length: 20 }, (_, i) => claim('c', i * 10, ['l:strike'])));
    const keys = ['n:mosul', 'l:strike', 'u:soldier'];
    const ranked = await candidateClaims(db, keys, { limit: 4 });
    expect(ranked.map((c) => c.id)).toEqual(['a:0', 'b:0', 'a:50', 'a:90']);
    expect((await candidateClaims(db, keys, { limit: 2 })).map((c) => c.id)).toEqual(['a:0', 'b:0']);
    expect((await candidateClaims(db, keys)).some((c) => c.id === 'a:130')).toBe(false);
  });

  it('skips keys with more postings than the cap, and excludes given articles', async () => {
    const db = freshDb();
    await putArticle(db, article('a', 'a.test'), Array.from({ length: 30 }, (_, i) => claim('a', i * 10, ['l:say'])));
    await putArticle(db, article('b', 'b.test'), [claim('b', 0, ['l:say', 'n:erbil'])]);
    await putArticle(db, article('page', 'p.test'), [claim('page', 0, ['l:say', 'n:erbil'])]);
    const found = await candidateClaims(db, ['l:say', 'n:erbil'], { maxKeyPostings: 10, excludeArticleIds: ['page'] });
    expect(found.map((c) => c.id)).toEqual(['b:0']);
    const uncapped = await candidateClaims(db, ['l:say', 'n:erbil'], { maxKeyPostings: 100, limit: 1000 });
    expect(uncapped).toHaveLength(32);
  });
});

describe('common keys', () => {
  it('are remembered as too common, and forgotten when deleting makes them rare again', async () => {
    const db = freshDb();
    await putArticle(db, article('big', 'big.test'), Array.from({ length: 12 }, (_, i) => claim('big', i * 10, ['l:say'])));
    await putArticle(db, article('b', 'b.test'), [claim('b', 0, ['l:say'])]);
    expect(await candidateClaims(db, ['l:say'], { maxKeyPostings: 10 })).toEqual([]);
    expect(await candidateClaims(db, ['l:say'], { maxKeyPostings: 10 })).toEqual([]);
    // A larger cap reads the key again rather than trusting the memo.
    expect(await candidateClaims(db, ['l:say'], { maxKeyPostings: 100 })).toHaveLength(13);
    await deleteOutlet(db, 'big.test');
    expect((await candidateClaims(db, ['l:say'], { maxKeyPostings: 10 })).map((c) => c.id)).toEqual(['b:0']);
  });
});

describe('candidatesForPage', () => {
  it('dedups across the page claims, bounds per claim, returns the articles, and never the page or its copies', async () => {
    const db = freshDb();
    const fp = '1111222233334444';
    await captureArticle(db, article('page', 'p.test', { fingerprint: fp }), [claim('page', 0, ['n:kabul', 'l:blast'])]);
    await captureArticle(db, article('copy', 'q.test', { fingerprint: '1111222233334445' }), [claim('copy', 0, ['n:kabul', 'l:blast'])]);
    await putArticle(db, article('x', 'x.test'), [claim('x', 0, ['n:kabul', 'l:blast']), claim('x', 40, ['u:people', 'l:blast'])]);
    await putArticle(db, article('y', 'y.test'), [claim('y', 0, ['u:people']), claim('y', 40, ['n:herat'])]);
    const pageClaims = [{ keys: ['n:kabul', 'l:blast'] }, { keys: ['u:people', 'l:blast'] }, { keys: ['u:people'] }];

    const { claims, articles } = await candidatesForPage(db, pageClaims, { page: { id: 'page', fingerprint: fp } });
    expect(claims.map((c) => c.id).sort()).toEqual(['x:0', 'x:40', 'y:0']);
    expect(articles.map((a) => a.id).sort()).toEqual(['x', 'y']);

    // A page not yet stored is matched to its stored copies by fingerprint.
    const unsaved = await candidatesForPage(db, pageClaims, { page: { id: 'new-url', fingerprint: '1111222233334446' } });
    expect(unsaved.claims.map((c) => c.id).sort()).toEqual(['x:0', 'x:40', 'y:0']);

    const one = await candidatesForPage(db, pageClaims, { perClaim: 1, excludeArticleIds: ['page', 'copy'] });
    expect(one.claims.map((c) => c.id).sort()).toEqual(['x:0', 'x:40']);

    // The best candidate is a wire copy of the page: the next one is read in its place.
    const backfilled = await candidatesForPage(db, [{ keys: ['n:kabul', 'l:blast'] }], { perClaim: 1, page: { id: 'new-url', fingerprint: '1111222233334446' } });
    expect(backfilled.claims.map((c) => c.id)).toEqual(['x:0']);
  });

  it('drops a stored copy in the page group even when its fingerprint drifted away from the page', async () => {
    const db = freshDb();
    const root = '0000000000000000';
    await captureArticle(db, article('root', 'wire.test', { fingerprint: root }), [claim('root', 0, ['n:oslo'])]);
    // 8 bits from the root: a copy of it, but 16 bits from the page below.
    await captureArticle(db, article('far-copy', 'a.test', { fingerprint: 'ff00000000000000' }), [claim('far-copy', 0, ['n:oslo'])]);
    await captureArticle(db, article('other', 'b.test', { fingerprint: '123456789abcdef0' }), [claim('other', 0, ['n:oslo'])]);
    const page = { id: 'page', fingerprint: '0000000000000ff0' };
    const { claims } = await candidatesForPage(db, [{ keys: ['n:oslo'] }], { page });
    expect(claims.map((c) => c.id)).toEqual(['other:0']);
  });

  it('groups wire copies as one source', async () => {
    const db = freshDb();
    await captureArticle(db, article('wire', 'agency.test', { fingerprint: 'aaaaaaaaaaaaaaaa' }), [claim('wire', 0, ['n:lima'])]);
    await captureArticle(db, article('c1', 'one.test', { fingerprint: 'aaaaaaaaaaaaaaab' }), [claim('c1', 0, ['n:lima'])]);
    await captureArticle(db, article('own', 'two.test', { fingerprint: '5555555555555555' }), [claim('own', 0, ['n:lima'])]);
    const { articles } = await candidatesForPage(db, [{ keys: ['n:lima'] }]);
    expect(new Set(articles.map(sourceGroup))).toEqual(new Set(['wire', 'own']));
  });
});
