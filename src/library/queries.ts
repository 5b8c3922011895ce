/**
 * Candidate retrieval through the claims' multi-entry `keys` index, in one read transaction.
 * Cost is bounded per key: a key is read up to `maxKeyPostings` + 1 entries; a key with more
 * postings is too common to say anything and is skipped. Rarer shared keys weigh more (idf-like),
 * so candidates are ranked by the weighted number of keys they share with the query.
 */
import type { Claim } from '../core/model';
import { isNearDuplicate } from '../core/dedup';
import type { LibraryDb } from './db';
import type { StoredArticle } from './rows';

export interface CandidateOptions {
  /** Most claims returned (default 200). */
  limit?: number;
  /** Claims of these articles are never returned (the page itself, its copies). */
  excludeArticleIds?: readonly string[];
  /** A key with more postings than this is skipped as too common (default 200). */
  maxKeyPostings?: number;
}

const DEFAULT_LIMIT = 200;
const DEFAULT_MAX_POSTINGS = 200;

/** Weight of a key with `postings` claims: rare keys say more. */
function keyWeight(postings: number): number {
  return 1 / Math.log2(1 + postings);
}

/**
 * Keys seen with more postings than a cap, per database: the head of the key distribution recurs on
 * every page, so remembering it saves reading cap+1 postings each time. Writes that remove claims
 * forget it (see forgetCommonKeys); growth only makes a common key more common.
 */
const commonKeys = new WeakMap<LibraryDb, Map<string, number>>();
const COMMON_KEYS_MAX = 20_000;

export function forgetCommonKeys(db: LibraryDb): void {
  commonKeys.delete(db);
}

/** Claim ids per key, each list capped; keys over the cap map to null (too common). */
async function readPostings(db: LibraryDb, keys: Iterable<string>, cap: number): Promise<Map<string, string[] | null>> {
  let known = commonKeys.get(db);
  if (!known) commonKeys.set(db, (known = new Map()));
  const result = new Map<string, string[] | null>();
  const toRead: string[] = [];
  for (const key of new Set(keys)) {
    if ((known.get(key) ?? 0) > cap) result.set(key, null);
    else toRead.push(key);
  }
  const lists = await Promise.all(
    toRead.map((key) => db.claims.where('keys').equals(key).limit(cap + 1).primaryKeys() as Promise<string[]>),
  );
  toRead.forEach((key, i) => {
    const list = lists[i]!;
    if (list.length <= cap) return void result.set(key, list);
    result.set(key, null);
    if (known.size < COMMON_KEYS_MAX) known.set(key, list.length);
  });
  return result;
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

/** The article of a stored claim, from its id ("<article id>:<offset>", see extractClaims). */
function articleIdOf(claimId: string): string {
  const colon = claimId.lastIndexOf(':');
  return colon > 0 ? claimId.slice(0, colon) : claimId;
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
  /** The page being checked, stored or not: its claims and its wire copies are never returned. */
  page?: { id: string; fingerprint: string };
}

export interface PageCandidates {
  claims: Claim[];
  /** The articles of `claims`, each once. */
  articles: StoredArticle[];
}

/** Extra candidates read per page claim so that dropping the page's wire copies still leaves `perClaim`. */
const COPY_MARGIN = 10;

/**
 * Candidates for all claims of a page at once: each key is read once for the whole page, each page
 * claim keeps its best `perClaim` candidates, the union is deduplicated, with the candidates' articles.
 * Wire copies of the page are dropped after retrieval: a copy that matters shares the page's keys,
 * so it is among the candidates, and this costs nothing per library article.
 */
export async function candidatesForPage(
  db: LibraryDb,
  pageClaims: readonly Pick<Claim, 'keys'>[],
  opts: PageCandidateOptions = {},
): Promise<PageCandidates> {
  const { perClaim = 30, limit = 1000, maxKeyPostings = DEFAULT_MAX_POSTINGS, page } = opts;
  return db.transaction('r', db.articles, db.claims, async () => {
    const excludedArticles = [...(opts.excludeArticleIds ?? []), ...(page ? [page.id] : [])];
    const [postings, excluded, storedPage] = await Promise.all([
      readPostings(db, pageClaims.flatMap((claim) => claim.keys), maxKeyPostings),
      excludedClaimIds(db, excludedArticles),
      page ? db.articles.get(page.id) : undefined,
    ]);
    const ranked = pageClaims.map((claim) => rank(claim.keys, postings, excluded, perClaim + (page ? COPY_MARGIN : 0)));
    // A claim's id starts with its article's ("<article>:<offset>"): the articles, and so the
    // page's wire copies, are known before any claim row is read, and only the kept rows are read.
    const articles = await articlesByIds(db, ranked.flat().map(articleIdOf));
    const copies = page ? copiesOfPage(page, storedPage?.copyOf ?? null, articles) : new Set<string>();

    const chosen = new Set<string>();
    for (const list of ranked) {
      let kept = 0;
      for (const id of list) {
        if (kept >= perClaim) break;
        if (copies.has(articleIdOf(id))) continue;
        kept++;
        chosen.add(id);
      }
    }
    const claims = await claimsByIds(db, [...chosen].slice(0, limit));
    const used = new Set(claims.map((claim) => claim.articleId));
    return { claims, articles: articles.filter((article) => used.has(article.id)) };
  });
}

/** Ids among `articles` that are the page or its wire copies: near its fingerprint, or in the same group. */
function copiesOfPage(page: { id: string; fingerprint: string }, storedRoot: string | null, articles: readonly StoredArticle[]): Set<string> {
  const roots = new Set([page.id, ...(storedRoot ? [storedRoot] : [])]);
  for (const article of articles) if (isNearDuplicate(page.fingerprint, article.fingerprint)) roots.add(sourceGroup(article));
  return new Set(articles.filter((a) => roots.has(a.id) || roots.has(sourceGroup(a))).map((a) => a.id));
}

/** The key that groups wire copies: one independent source per key ("AP via 3 outlets"). */
export function sourceGroup(article: Pick<StoredArticle, 'id' | 'copyOf'>): string {
  return article.copyOf ?? article.id;
}
