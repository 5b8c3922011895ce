/**
 * The cross-check of one page: claims from the page text, candidates from the library through the
 * keys index (one read transaction), the engine's comparison on those, then capture.
 */
import { extractClaims } from '../core/claims';
import { ClaimIndex, crossCheck, summarise, withRetrievalKeys, type ArticleRef } from '../core/compare';
import type { Article, Claim } from '../core/model';
import { candidatesForPage, type LibraryDb, type StoredArticle } from '../library';
import type { ClaimView } from '../messages/schemas';
import { toClaimViews } from './views';

export interface PageCheck {
  claims: Claim[];
  views: ClaimView[];
}

function refOf(article: Article | StoredArticle): ArticleRef {
  const { id, site, publishedAt, title, url, fingerprint, byline } = article;
  return { id, site, publishedAt, title, url, fingerprint, byline };
}

/** The latest timing of each step stays on the worker's performance timeline (benchmarks read it). */
async function timed<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.clearMeasures(`crosscheck:${name}`);
    performance.measure(`crosscheck:${name}`, { start, end: performance.now() });
  }
}

/** The claims of an article as the library stores them (with their retrieval keys). */
export function claimsOfArticle(article: Article): Claim[] {
  return extractClaims({ id: article.id, text: article.text, publishedAt: article.publishedAt, title: article.title }).map(withRetrievalKeys);
}

export async function checkPage(db: LibraryDb, article: Article): Promise<PageCheck> {
  const claims = await timed('extract', () => claimsOfArticle(article));
  const candidates = await timed('candidates', () =>
    candidatesForPage(db, claims, { page: { id: article.id, fingerprint: article.fingerprint } }),
  );
  const index = new ClaimIndex();
  const byId = new Map(candidates.articles.map((a) => [a.id, a]));
  for (const claim of candidates.claims) {
    const other = byId.get(claim.articleId);
    if (other) index.add(claim, refOf(other));
  }
  const findings = await timed('compare', () => crossCheck(claims, refOf(article), index));
  const summaries = summarise(findings, candidates.articles.map(refOf));
  return { claims, views: toClaimViews(claims, summaries, candidates.claims, candidates.articles) };
}
