import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article, Claim } from '../../../src/core/model';
import { libraryStats, openLibrary, putArticle, type LibraryDb } from '../../../src/library';

let db: LibraryDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

function article(id: string, site: string): Article {
  return {
    id, url: `https://${site}/${id}`, canonicalUrl: `https://${site}/${id}`, site, title: `Story ${id}`, byline: null,
    publishedAt: '2025-03-04', capturedAt: '2025-03-04T10:00:00Z', origin: 'visited', text: 'Some text.',
    textHash: 'h', fingerprint: '0',
  };
}

function claim(articleId: string, start: number): Claim {
  return {
    id: `${articleId}:${start}`, articleId, start, end: start + 10, text: 'Some text.',
    slots: { quantities: [], dates: [], names: [], quotes: [] }, predicates: [], keys: ['l:text'],
    polarity: 'positive', attribution: null, checkworthiness: 0.5,
  };
}

describe('putArticle', () => {
  it('counts articles, claims and outlets', async () => {
    db = openLibrary(`test-${Math.random()}`);
    await putArticle(db, article('a', 'one.test'), [claim('a', 0), claim('a', 20)]);
    await putArticle(db, article('b', 'two.test'), [claim('b', 0)]);
    await putArticle(db, article('c', 'two.test'), []);
    expect(await libraryStats(db)).toEqual({ articles: 3, claims: 3, outlets: 2 });
  });

  it('replaces the claims of a re-visited article instead of duplicating', async () => {
    db = openLibrary(`test-${Math.random()}`);
    await putArticle(db, article('a', 'one.test'), [claim('a', 0), claim('a', 20)]);
    await putArticle(db, article('a', 'one.test'), [claim('a', 5)]);
    expect(await libraryStats(db)).toEqual({ articles: 1, claims: 1, outlets: 1 });
    expect((await db.claims.toArray()).map((c) => c.id)).toEqual(['a:5']);
  });

  it('rejects a malformed row and writes nothing', async () => {
    db = openLibrary(`test-${Math.random()}`);
    const bad = { ...claim('a', 0), checkworthiness: 7 };
    await expect(putArticle(db, article('a', 'one.test'), [bad])).rejects.toThrow();
    expect(await libraryStats(db)).toEqual({ articles: 0, claims: 0, outlets: 0 });
  });
});
