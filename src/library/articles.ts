/**
 * Writing, deleting and counting articles with their claims. Every write is one transaction
 * (nothing half-written) and maps quota failures to LibraryFullError.
 */
import { Article, Claim } from '../core/model';
import { loadCopyIndex } from './copies';
import type { LibraryDb } from './db';
import { guardQuota } from './errors';
import { forgetCommonKeys } from './queries';
import type { StoredArticle } from './rows';

function validate(article: Article, claims: readonly Claim[]): { row: Article; claimRows: Claim[] } {
  const row = Article.parse(article);
  const claimRows = claims.map((claim) => Claim.parse(claim));
  const stray = claimRows.find((claim) => claim.articleId !== row.id);
  if (stray) throw new Error(`claim ${stray.id} belongs to article ${stray.articleId}, not ${row.id}`);
  return { row, claimRows };
}

export interface CaptureResult {
  /** True when the article was already stored (same id) and has been updated. */
  updated: boolean;
  /** Root of the near-duplicate group this article joined, or null when it is an original. */
  copyOf: string | null;
}

/**
 * Stores an article and replaces its claims. Re-visiting (same id) updates instead of duplicating;
 * a near-duplicate of another stored article is stored too, marked with `copyOf`. `claimsBy` is the
 * extraction version that made the claims (left unset, refresh.ts re-extracts them).
 */
export async function captureArticle(db: LibraryDb, article: Article, claims: readonly Claim[], claimsBy?: number): Promise<CaptureResult> {
  const { row, claimRows } = validate(article, claims);
  return guardQuota(() =>
    db.transaction('rw', db.articles, db.claims, async () => {
      const previous = await db.articles.get(row.id);
      const copies = await loadCopyIndex(db);
      const copyOf = copies.rootFor(row.id, row.fingerprint);
      await db.claims.where('articleId').equals(row.id).delete();
      await db.articles.put(claimsBy === undefined ? { ...row, copyOf } : { ...row, copyOf, claimsBy });
      await db.claims.bulkPut(claimRows);
      return { updated: previous !== undefined, copyOf };
    }),
  );
}

/** Same as captureArticle, kept for callers that do not need the result. */
export async function putArticle(db: LibraryDb, article: Article, claims: readonly Claim[]): Promise<void> {
  await captureArticle(db, article, claims);
}

/** Deletes articles and their claims; copies of a deleted root are re-rooted on the oldest copy. */
async function deleteArticlesIn(db: LibraryDb, ids: readonly string[]): Promise<void> {
  forgetCommonKeys(db);
  const gone = new Set(ids);
  const orphans = (await db.articles.where('copyOf').anyOf([...gone]).toArray()).filter((row) => !gone.has(row.id));
  await db.claims.where('articleId').anyOf([...gone]).delete();
  await db.articles.bulkDelete([...gone]);
  const byOldRoot = new Map<string, StoredArticle[]>();
  for (const row of orphans) byOldRoot.set(row.copyOf!, [...(byOldRoot.get(row.copyOf!) ?? []), row]);
  for (const group of byOldRoot.values()) {
    group.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.id.localeCompare(b.id));
    const newRoot = group[0]!.id;
    await db.articles.bulkPut(group.map((row, i) => ({ ...row, copyOf: i === 0 ? null : newRoot })));
  }
}

export async function deleteArticle(db: LibraryDb, id: string): Promise<void> {
  await db.transaction('rw', db.articles, db.claims, () => deleteArticlesIn(db, [id]));
}

/** Deletes every article of one site (outlet) with its claims; returns how many articles went. */
export async function deleteOutlet(db: LibraryDb, site: string): Promise<number> {
  return db.transaction('rw', db.articles, db.claims, async () => {
    const ids = (await db.articles.where('site').equals(site).primaryKeys()) as string[];
    await deleteArticlesIn(db, ids);
    return ids.length;
  });
}

/** Empties articles and claims; settings stay. */
export async function clearLibrary(db: LibraryDb): Promise<void> {
  forgetCommonKeys(db);
  await db.transaction('rw', db.articles, db.claims, async () => {
    await db.claims.clear();
    await db.articles.clear();
  });
}

export interface Stats {
  articles: number;
  claims: number;
  outlets: number;
  /** Bytes the extension's origin uses (navigator.storage.estimate().usage), null when unknown. */
  bytesUsed: number | null;
  /** Bytes the browser allows, null when unknown. */
  bytesQuota: number | null;
}

/** Shape of navigator.storage.estimate()'s result; passed in so this module touches no globals. */
export interface StorageEstimateLike {
  usage?: number;
  quota?: number;
}

export async function libraryStats(db: LibraryDb, estimate?: StorageEstimateLike): Promise<Stats> {
  return db.transaction('r', db.articles, db.claims, async () => {
    const [articles, claims, sites] = await Promise.all([
      db.articles.count(),
      db.claims.count(),
      db.articles.orderBy('site').uniqueKeys(),
    ]);
    return {
      articles,
      claims,
      outlets: sites.length,
      bytesUsed: estimate?.usage ?? null,
      bytesQuota: estimate?.quota ?? null,
    };
  });
}

export interface OutletStats {
  site: string;
  articles: number;
  claims: number;
}

/** Per site, its article and claim counts, most articles first. Reads index keys only. */
export async function outlets(db: LibraryDb): Promise<OutletStats[]> {
  return db.transaction('r', db.articles, db.claims, async () => {
    const siteOf = new Map<string, string>();
    const result = new Map<string, OutletStats>();
    await db.articles.orderBy('site').eachKey((site, cursor) => {
      const name = String(site);
      siteOf.set(String(cursor.primaryKey), name);
      const entry = result.get(name) ?? { site: name, articles: 0, claims: 0 };
      entry.articles++;
      result.set(name, entry);
    });
    await db.claims.orderBy('articleId').eachKey((articleId) => {
      const site = siteOf.get(String(articleId));
      const entry = site === undefined ? undefined : result.get(site);
      if (entry) entry.claims++;
    });
    return [...result.values()].sort((a, b) => b.articles - a.articles || a.site.localeCompare(b.site));
  });
}
