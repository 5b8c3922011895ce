/**
 * A page's claims checked against the library, and the per-claim summary of outlets. Wire copies
 * (near-duplicate articles) count as one independent source: "AP via 3 outlets".
 */
import type { Claim, Finding, Verdict } from '../model';
import { isNearDuplicate } from '../dedup';
import type { ClaimIndex } from './retrieval';
import { isSameStory, storyProfile } from './story';
import type { ArticleRef } from './types';
import { findingsThrough } from './through';
import { compareClaims, VERDICT_RANK } from './verdict';

export interface CrossCheckOptions {
  /** Candidates read per claim. */
  candidates?: number;
  /** Keep `related` findings (shown in the card, never highlighted). */
  includeRelated?: boolean;
  minScore?: number;
}

function nearDuplicateOf(page: ArticleRef, other: ArticleRef): boolean {
  return !!page.fingerprint && !!other.fingerprint && isNearDuplicate(page.fingerprint, other.fingerprint);
}

/** Best first: a higher score wins; on a tie the more specific verdict. */
function better(x: Finding, y: Finding): boolean {
  return x.score > y.score || (x.score === y.score && VERDICT_RANK[x.verdict] > VERDICT_RANK[y.verdict]);
}

export function crossCheck(pageClaims: Claim[], page: ArticleRef, index: ClaimIndex, opts: CrossCheckOptions = {}): Finding[] {
  const limit = opts.candidates ?? 50;
  const minScore = opts.minScore ?? 0;
  const findings: Finding[] = [];
  const dupVerdicts = new Map<string, boolean>();
  /** A wire copy of the page (its own report again): never a source. */
  const isCopy = (other: ArticleRef): boolean => {
    let dup = dupVerdicts.get(other.id);
    if (dup === undefined) dupVerdicts.set(other.id, (dup = nearDuplicateOf(page, other)));
    return dup;
  };
  const profile = storyProfile(pageClaims);
  const stories = new Map<string, boolean>();
  const sameStory = (other: ArticleRef): boolean => {
    let same = stories.get(other.id);
    if (same === undefined) stories.set(other.id, (same = isSameStory(index.storyAffinity(profile, other.id), page.publishedAt, other.publishedAt)));
    return same;
  };
  const storyArticleIds = new Set<string>();
  for (const id of index.articlesNaming(profile)) {
    const other = index.article(id);
    if (other && id !== page.id && sameStory(other)) storyArticleIds.add(id);
  }
  for (const claim of pageClaims) {
    const best = new Map<string, Finding>();
    for (const cand of index.candidates(claim, { limit, excludeArticleIds: [page.id], storyArticleIds })) {
      if (isCopy(cand.article)) continue;
      const relation = compareClaims(claim, page, cand.claim, cand.article, { sameStory: sameStory(cand.article) });
      if (!relation || relation.score < minScore) continue;
      if (relation.verdict === 'related' && !opts.includeRelated) continue;
      const finding: Finding = {
        claimId: claim.id,
        otherClaimId: cand.claim.id,
        otherArticleId: cand.article.id,
        verdict: relation.verdict,
        score: relation.score,
        evidence: relation.evidence,
      };
      // Every same-fact finding counts; of mere relations, one per other article is enough.
      if (finding.verdict !== 'related') {
        findings.push(finding);
        continue;
      }
      const held = best.get(cand.article.id);
      if (!held || better(finding, held)) best.set(cand.article.id, finding);
    }
    findings.push(...best.values());
  }
  findings.push(...findingsThrough(pageClaims, findings, { page, index, storyArticleIds, skip: isCopy }));
  return findings;
}

const WIRES: readonly [RegExp, string][] = [
  [/\b(Associated Press|\(AP\)|AP\b)/, 'AP'],
  [/\bReuters\b/, 'Reuters'],
  [/\b(Agence France-Presse|AFP)\b/, 'AFP'],
  [/\bBloomberg\b/, 'Bloomberg'],
  [/\b(Press Association|\(PA\))/, 'PA'],
  [/\bdpa\b/, 'dpa'],
  [/\bUPI\b/, 'UPI'],
];

/** The wire service named in a byline or credit line, if any. */
export function wireNameOf(text: string | null | undefined): string | null {
  if (!text) return null;
  for (const [pattern, name] of WIRES) if (pattern.test(text)) return name;
  return null;
}

export interface SourceGroup {
  /** "AP via 3 outlets" for wire copies, else the outlet's site. */
  label: string;
  articleIds: string[];
  sites: string[];
  findings: Finding[];
}

export interface ClaimSummary {
  claimId: string;
  agree: SourceGroup[];
  differ: SourceGroup[];
  updated: SourceGroup[];
  related: SourceGroup[];
  /** Independent sources (wire copies counted once) per verdict. */
  independent: Record<Verdict, number>;
}

/** Articles grouped into near-duplicate classes (union of pairs within the threshold). */
export function duplicateClasses(articles: readonly ArticleRef[]): Map<string, string> {
  const parent = new Map<string, string>(articles.map((a) => [a.id, a.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root)! !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const a = articles[i]!;
      const b = articles[j]!;
      if (a.fingerprint && b.fingerprint && isNearDuplicate(a.fingerprint, b.fingerprint)) parent.set(find(a.id), find(b.id));
    }
  }
  return new Map(articles.map((a) => [a.id, find(a.id)]));
}

function labelOf(members: ArticleRef[]): string {
  const sorted = [...members].sort((x, y) => (Date.parse(x.publishedAt ?? '') || Infinity) - (Date.parse(y.publishedAt ?? '') || Infinity));
  const wire = members.map((m) => wireNameOf(m.byline) ?? wireNameOf(m.title)).find((w) => w !== null);
  const source = wire ?? sorted[0]!.site;
  const outlets = new Set(members.map((m) => m.site)).size;
  return members.length > 1 ? `${source} via ${outlets} outlets` : source;
}

/** Per claim, the outlets that agree / differ / updated / are related, wire copies collapsed. */
export function summarise(findings: readonly Finding[], articles: readonly ArticleRef[]): ClaimSummary[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const classOf = duplicateClasses(articles);
  const perClaim = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = perClaim.get(f.claimId) ?? [];
    list.push(f);
    perClaim.set(f.claimId, list);
  }
  const out: ClaimSummary[] = [];
  for (const [claimId, list] of perClaim) {
    const summary: ClaimSummary = { claimId, agree: [], differ: [], updated: [], related: [], independent: { agree: 0, differ: 0, updated: 0, related: 0 } };
    for (const verdict of ['agree', 'differ', 'updated', 'related'] as const) {
      const groups = new Map<string, Finding[]>();
      for (const f of list.filter((x) => x.verdict === verdict)) {
        const key = classOf.get(f.otherArticleId) ?? f.otherArticleId;
        groups.set(key, [...(groups.get(key) ?? []), f]);
      }
      for (const group of groups.values()) {
        const ids = [...new Set(group.map((f) => f.otherArticleId))];
        const members = ids.map((id) => byId.get(id) ?? { id, site: id, publishedAt: null });
        summary[verdict].push({ label: labelOf(members), articleIds: ids, sites: [...new Set(members.map((m) => m.site))], findings: group });
      }
      summary.independent[verdict] = groups.size;
    }
    out.push(summary);
  }
  return out;
}
