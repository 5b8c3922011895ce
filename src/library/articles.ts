/** Writing and counting articles with their claims; one transaction per write. */
import { Article, Claim } from '../core/model';
import type { LibraryDb } from './db';

/** Stores an article and replaces its claims: re-visiting updates instead of duplicating. */
export async function putArticle(db: LibraryDb, article: Article, claims: readonly Claim[]): Promise<void> {
  const row = Article.parse(article);
  const claimRows = claims.map((claim) => Claim.parse(claim));
  await db.transaction('rw', db.articles, db.claims, async () => {
    await db.claims.where('articleId').equals(row.id).delete();
    await db.articles.put(row);
    await db.claims.bulkPut(claimRows);
  });
}

export interface Stats {
  articles: number;
  claims: number;
  outlets: number;
}

export async function libraryStats(db: LibraryDb): Promise<Stats> {
  return db.transaction('r', db.articles, db.claims, async () => {
    const [articles, claims, sites] = await Promise.all([
      db.articles.count(),
      db.claims.count(),
      db.articles.orderBy('site').uniqueKeys(),
    ]);
    return { articles, claims, outlets: sites.length };
  });
}
