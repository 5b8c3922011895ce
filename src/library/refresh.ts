/**
 * Keeps stored claims in step with the engine: articles whose claims an older extraction version
 * made (or that came in a bundle) get their claims re-extracted from the stored text, a batch per
 * transaction, so an interrupted run resumes where it stopped and a page check never waits long.
 */
import { Claim, type Article } from '../core/model';
import type { LibraryDb } from './db';
import { guardQuota } from './errors';
import { forgetCommonKeys } from './queries';
import { toModelArticle, type StoredArticle } from './rows';

export interface RefreshOptions {
  /** Articles re-extracted per write transaction. */
  batch?: number;
  /** Look through every article even if the last run finished for this version (rows were imported). */
  force?: boolean;
}

const DEFAULT_BATCH = 25;
/** Settings row holding the version the last complete run brought every article to. */
const DONE_KEY = 'claimsRefreshedTo';

const isStale = (version: number) => (row: StoredArticle) => (row.claimsBy ?? 0) < version;

function extractOrNull(extract: (article: Article) => Claim[], row: StoredArticle): Claim[] | null {
  try {
    return extract(toModelArticle(row)).map((claim) => Claim.parse(claim));
  } catch (error) {
    console.warn(`crosscheck: could not re-extract article ${row.id}`, error);
    return null;
  }
}

/**
 * Re-extracts the claims of every article not made by `version`, with `extract` (the engine's
 * extraction, given by the caller: the library knows no NLP). Returns how many were refreshed.
 */
export async function refreshClaims(db: LibraryDb, extract: (article: Article) => Claim[], version: number, opts: RefreshOptions = {}): Promise<number> {
  const batch = opts.batch ?? DEFAULT_BATCH;
  // Finding stale rows reads every article: skipped when a finished run left nothing stale. A forced
  // run clears the mark first, so that if it is cut short the next start looks again.
  if (opts.force) await db.settings.delete(DONE_KEY);
  else if ((await db.settings.get(DONE_KEY))?.value === version) return 0;
  let refreshed = 0;
  // Walk the articles in id order once: each batch starts after the last id seen.
  let after = '';
  for (;;) {
    const rows = await db.articles.where(':id').above(after).filter(isStale(version)).limit(batch).toArray();
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    // Extraction is pure CPU work: done outside the transaction, which only writes. An article the
    // extractor fails on keeps its old claims (and is not retried on every start).
    const fresh = rows.map((row) => ({ row, claims: extractOrNull(extract, row) }));
    await guardQuota(() =>
      db.transaction('rw', db.articles, db.claims, async () => {
        for (const { row, claims } of fresh) {
          // Deleted or re-captured meanwhile: the newer write stands.
          const now = await db.articles.get(row.id);
          if (!now || now.textHash !== row.textHash || !isStale(version)(now)) continue;
          if (claims) {
            await db.claims.where('articleId').equals(row.id).delete();
            await db.claims.bulkPut(claims);
          }
          await db.articles.update(row.id, { claimsBy: version });
        }
      }),
    );
    refreshed += rows.length;
  }
  await db.settings.put({ key: DONE_KEY, value: version });
  if (refreshed > 0) forgetCommonKeys(db);
  return refreshed;
}
