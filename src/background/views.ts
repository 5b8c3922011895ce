/** Findings → what the page paints and the card shows, one view per flagged claim of the page. */
import type { ClaimSummary, SourceGroup } from '../core/compare/check';
import type { Claim, Finding } from '../core/model';
import type { StoredArticle } from '../library';
import type { ClaimView, OutletView } from '../messages/schemas';

const PAINTED = ['differ', 'updated', 'agree'] as const;

function outletOf(group: SourceGroup, verdict: OutletView['verdict'], claims: ReadonlyMap<string, Claim>, articles: ReadonlyMap<string, StoredArticle>): OutletView | null {
  const best = [...group.findings].sort((a, b) => b.score - a.score)[0] as Finding | undefined;
  const other = best && claims.get(best.otherClaimId);
  const article = best && articles.get(best.otherArticleId);
  if (!best || !other || !article) return null;
  return {
    articleId: article.id,
    site: article.site,
    source: group.label,
    title: article.title,
    url: article.url,
    publishedAt: article.publishedAt,
    verdict,
    text: other.text,
    evidence: best.evidence,
    via: group.sites.filter((site) => site !== article.site),
  };
}

export function toClaimViews(
  pageClaims: readonly Claim[],
  summaries: readonly ClaimSummary[],
  otherClaims: readonly Claim[],
  otherArticles: readonly StoredArticle[],
): ClaimView[] {
  const page = new Map(pageClaims.map((c) => [c.id, c]));
  const claims = new Map(otherClaims.map((c) => [c.id, c]));
  const articles = new Map(otherArticles.map((a) => [a.id, a]));
  const views: ClaimView[] = [];
  for (const summary of summaries) {
    const claim = page.get(summary.claimId);
    const verdict = PAINTED.find((v) => summary[v].length > 0);
    if (!claim || !verdict) continue;
    // One entry per source, its strongest verdict first: an outlet that both differs (on one of
    // its sentences) and agrees (on another) is shown once, as differing.
    const seen = new Set<string>();
    const outlets = PAINTED.flatMap((v) => summary[v].map((group) => outletOf(group, v, claims, articles))).filter(
      (o): o is OutletView => o !== null && !seen.has(o.source) && seen.add(o.source) !== undefined,
    );
    views.push({ claimId: claim.id, start: claim.start, end: claim.end, text: claim.text, verdict, outlets });
  }
  return views.sort((a, b) => a.start - b.start);
}

const VERB = { agree: 'agrees', differ: 'differs', updated: 'has a figure from another time', related: 'is related' } as const;

/** Plain-text lines for the popup and the demo: who says what, and where they part. */
export function detailLines(view: ClaimView): string[] {
  return view.outlets.map((outlet) => {
    const contrasts = outlet.evidence
      .filter((e) => e.status !== 'agree')
      .map((e) => `here ${e.here} · there ${e.there}`);
    return [`${outlet.source} ${VERB[outlet.verdict]}`, ...contrasts].join(': ');
  });
}
