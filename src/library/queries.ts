/**
 * Candidate retrieval through the claims' multi-entry `keys` index, in one read transaction.
 * Cost is bounded per key: a key is read up to `maxKeyPostings` + 1 entries; a key with more
 * postings is too common to say anything and is skipped. Rarer shared keys weigh more (idf-like),
 * so candidates are ranked by the weighted number of keys they share with the query.
 */
import type { Claim } from '../core/model';
import { loadCopyIndex } from './copies';
import type { LibraryDb } from './db';
import type { StoredArticle } from './rows';

export interface CandidateOptions {
  /** Most claims returned (default 200). */
  limit?: number;
  /** Claims of these articles are never returned (the page itself, its copies). */
  excludeArticleIds?: readonly string[];
  /** A key with more postings than this is skipped as too common (default 500). */
  maxKeyPostings?: number;
}

const DEFAULT_LIMIT = 200;
const DEFAULT_MAX_POSTINGS = 500;

/** Weight of a key with `postings` claims: rare keys say more. */
function keyWeight(postings: number): number {
  return 1 / Math.log2(1 + postings);
}

/** Claim ids per key, each list capped; keys over the cap map to null (too common). */
async function readPostings(db: LibraryDb, keys: Iterable<string>, cap: number): Promise<Map<string, string[] | null>> {
  const unique = [...new Set(keys)];
  const lists = await Promise.all(
    unique.map((key) => db.claims.where('keys').equals(key).limit(cap + 1).primaryKeys() as Promise<string[]>),
  );
  return new Map(unique.map((key, i) => [key, lists[i]!.length > cap ? null : lists[i]!]));
}

async function excludedClaimIds(db: LibraryDb, articleIds: readonly string[] = []): Promise<Set<string>> {
  if (!articleIds.length) return new Set();
  return new Set((await db.claims.where('articleId').anyOf([...articleIds]).primaryKeys()) as string[]);
}

/** Ranks claim ids by weighted shared keys; best first, ties by id for stable results. */
function rank(keys: readonly string[], postings: Map<string, string[] | null>, excluded: Set<string>, limit: number): string[] {
  const score = new Map<string, number>();
  for (const key of new Set(keys)) {
    const list = postings.get(key);
    if (!list) continue;
    const weight = keyWeight(list.length);
    for (const id of list) if (!excluded.has(id)) score.set(id, (score.get(id) ?? 0) + weight);
  }
  return [...score]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id]) => id);
}

async function claimsByIds(db: LibraryDb, ids: readonly string[]): Promise<Claim[]> {
  return (await db.claims.bulkGet([...ids])).filter((claim): claim is Claim => claim !== undefined);
}

/** Library claims sharing the most (weighted) retrieval keys with `keys`, at most `limit`. */
export async function candidateClaims(db: LibraryDb, keys: readonly string[], opts: CandidateOptions = {}): Promise<Claim[]> {
  const { limit = DEFAULT_LIMIT, maxKeyPostings = DEFAULT_MAX_POSTINGS } = opts;
  return db.transaction('r', db.claims, async () => {
    const [postings, excluded] = await Promise.all([
      readPostings(db, keys, maxKeyPostings),
      excludedClaimIds(db, opts.excludeArticleIds),
    ]);
    return claimsByIds(db, rank(keys, postings, excluded, limit));
  });
}

export async function articlesByIds(db: LibraryDb, ids: readonly string[]): Promise<StoredArticle[]> {
  const unique = [...new Set(ids)];
  return (await db.articles.bulkGet(unique)).filter((row): row is StoredArticle => row !== undefined);
}

export interface PageCandidateOptions extends CandidateOptions {
  /** Most candidates per page claim (default 30); `limit` bounds the page's union (default 1000). */
  perClaim?: number;
  /** The page being checked: its own claims and its wire copies (near-duplicate fingerprint) are excluded. */
  page?: { id: string; fingerprint: string };
}

export interface PageCandidates {
  claims: Claim[];
  articles: StoredArticle[];
}

/**
 * Candidates for all claims of a page at once: each key is read once for the whole page, each page
 * claim keeps its best `perClaim` candidates, the union is deduplicated, with the candidates' articles.
 */
export async function candidatesForPage(
  db: LibraryDb,
  pageClaims: readonly Pick<Claim, 'keys'>[],
  opts: PageCandidateOptions = {},
): Promise<PageCandidates> {
  const { perClaim = 30, limit = 1000, maxKeyPostings = DEFAULT_MAX_POSTINGS } = opts;
  return db.transaction('r', db.articles, db.claims, async () => {
    const excludedArticles = [...(opts.excludeArticleIds ?? [])];
    if (opts.page) excludedArticles.push(...(await copiesOfPage(db, opts.page)));
    const [postings, excluded] = await Promise.all([
      readPostings(db, pageClaims.flatMap((claim) => claim.keys), maxKeyPostings),
      excludedClaimIds(db, excludedArticles),
    ]);
    const chosen = new Set<string>();
    for (const claim of pageClaims) for (const id of rank(claim.keys, postings, excluded, perClaim)) chosen.add(id);
    const claims = await claimsByIds(db, [...chosen].slice(0, limit));
    const articles = await articlesByIds(db, claims.map((claim) => claim.articleId));
    return { claims, articles };
  });
}

/** The page's id plus every stored article in its near-duplicate group (by id or by fingerprint). */
async function copiesOfPage(db: LibraryDb, page: { id: string; fingerprint: string }): Promise<string[]> {
  const copies = await loadCopyIndex(db);
  const root = copies.rootFor(page.id, page.fingerprint);
  return [page.id, ...copies.groupOf(page.id), ...(root ? copies.groupOf(root) : [])];
}

/** The key that groups wire copies: one independent source per key ("AP via 3 outlets"). */
export function sourceGroup(article: Pick<StoredArticle, 'id' | 'copyOf'>): string {
  return article.copyOf ?? article.id;
}
