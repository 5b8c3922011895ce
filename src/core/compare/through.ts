/**
 * Findings through a shared report. The page says "3 wounded", outlet B "three service members
 * wounded", outlet C (worded too differently to compare with the page directly) "injuring three"
 * of B's same words: the page and C state B's one fact alike. Had C said "two" where B said
 * "three", C would differ from the page as from B. Only a slot of B that both met counts (never two
 * facts of B's sentence), the page's and C's own values must fit (or conflict) directly, and an
 * agreement needs nothing else between them in conflict.
 */
import type { Claim, Finding, SlotEvidence } from '../model';
import { DAY_OR_FINER } from './dates';
import { quoteOverlap } from './frame';
import { predicateClassesOf } from './features';
import { GENERIC_PREDICATES, RUNNING_MARKERS } from './lexicon';
import { fitQuantities, isPreciseFigure, pairStrength } from './quantities';
import { entryKey, type ClaimIndex } from './retrieval';
import { compareSlots } from './slots';
import { anchorsOf, timeFit, weekdaysApart } from './time';
import type { ArticleRef } from './types';
import { compareClaims } from './verdict';

/** Slot kinds whose agreement is an equality that carries over (a figure, a date, a quotation). */
const CARRIED = new Set<SlotEvidence['kind']>(['quantity', 'date', 'quote']);
/** Claims of other reports compared with each agreeing report's claim. */
const CANDIDATES_PER_PIVOT = 30;
/** A relation inferred through another report weighs less than one seen directly. */
const THROUGH_DISCOUNT = 0.9;

export interface ThroughContext {
  page: ArticleRef;
  index: ClaimIndex;
  /** Articles of the page's story: pivot and third report must both be among them. */
  storyArticleIds: ReadonlySet<string>;
  /** Articles to leave out (the page's own wire copies). */
  skip: (article: ArticleRef) => boolean;
}

const spanKey = (kind: string, span: readonly [number, number]) => `${kind}:${span[0]}:${span[1]}`;

/** The page's and the third report's own values fit each other, as the pivot's value fits both. */
function valuesFit(kind: SlotEvidence['kind'], page: Claim, pageSpan: [number, number], other: Claim, otherSpan: [number, number], here: string, there: string): boolean {
  if (kind === 'quantity') {
    const a = page.slots.quantities.find((q) => q.start === pageSpan[0]);
    const b = other.slots.quantities.find((q) => q.start === otherSpan[0]);
    // "dozens" or "two" fit too many facts to carry one over.
    return !!a && !!b && isPreciseFigure(a) && isPreciseFigure(b) && fitQuantities(a, b).kind === 'agree';
  }
  if (kind === 'date') {
    const a = page.slots.dates.find((d) => d.start === pageSpan[0]);
    const b = other.slots.dates.find((d) => d.start === otherSpan[0]);
    // The same calendar day (a night and the next small hours overlap, yet are two days).
    return !!a && !!b && DAY_OR_FINER.has(a.granularity) && DAY_OR_FINER.has(b.granularity) && a.from.slice(0, 10) === b.from.slice(0, 10);
  }
  return quoteOverlap(here, there) >= 0.6;
}

/** The page and the third report tell of the same kind of event: a predicate class in common. */
function sameKindOfEvent(page: Claim, other: Claim): boolean {
  const theirs = predicateClassesOf(other);
  for (const p of predicateClassesOf(page)) if (theirs.has(p) && !GENERIC_PREDICATES.has(p)) return true;
  return false;
}

/** Nothing the page and the third report say conflicts: a figure, a date, the polarity, a quality. */
function noConflict(page: Claim, other: Claim): boolean {
  const slots = compareSlots(page, other);
  return (
    slots.quantities.conflicts.length === 0 &&
    slots.dates.conflicts.length === 0 &&
    slots.polarity === null &&
    slots.qualities.length === 0 &&
    slots.directions.every((d) => d.status === 'agree')
  );
}

interface Neighbour {
  verdict: 'agree' | 'differ';
  claim: Claim;
  article: ArticleRef;
  evidence: SlotEvidence[];
  score: number;
}

/** The page's claim and the third report's are not dated apart ("on Thursday" / "on Monday"). */
function timesMayMeet(claim: Claim, page: ArticleRef, neighbour: Neighbour): boolean {
  const fit = timeFit(anchorsOf(claim, page.publishedAt), anchorsOf(neighbour.claim, neighbour.article.publishedAt));
  return fit !== 'apart' && !weekdaysApart(claim, neighbour.claim);
}

/** The pivot's agreeing and differing neighbours in other story reports, found once per pivot. */
function neighbourFinder(ctx: ThroughContext): (pivot: { claim: Claim; article: ArticleRef }) => Neighbour[] {
  const found = new Map<string, Neighbour[]>();
  return (pivot) => {
    const key = entryKey(pivot.article.id, pivot.claim.id);
    const known = found.get(key);
    if (known) return known;
    const list: Neighbour[] = [];
    const candidates = ctx.index.candidates(pivot.claim, {
      limit: CANDIDATES_PER_PIVOT,
      excludeArticleIds: [ctx.page.id, pivot.article.id],
      storyArticleIds: ctx.storyArticleIds,
    });
    for (const cand of candidates) {
      if (!ctx.storyArticleIds.has(cand.article.id) || ctx.skip(cand.article)) continue;
      const relation = compareClaims(pivot.claim, pivot.article, cand.claim, cand.article, { sameStory: true });
      if (relation?.verdict === 'agree' || relation?.verdict === 'differ') list.push({ verdict: relation.verdict, claim: cand.claim, article: cand.article, evidence: relation.evidence, score: relation.score });
    }
    found.set(key, list);
    return list;
  };
}

/** The page's values and the neighbour's that meet at one slot of the pivot, as page/neighbour evidence. */
function carriedEvidence(claim: Claim, agreed: ReadonlyMap<string, SlotEvidence>, neighbour: Neighbour, pivotSite: string): SlotEvidence[] {
  const out: SlotEvidence[] = [];
  for (const e of neighbour.evidence) {
    if (e.status !== neighbour.verdict || !CARRIED.has(e.kind) || !e.hereSpan || !e.thereSpan) continue;
    const first = agreed.get(spanKey(e.kind, e.hereSpan));
    if (!first?.hereSpan) continue;
    if (e.status === 'agree' && !valuesFit(e.kind, claim, first.hereSpan, neighbour.claim, e.thereSpan, first.here, e.there)) continue;
    if (e.status === 'differ' && !valuesConflict(e.kind, claim, first.hereSpan, neighbour.claim, e.thereSpan)) continue;
    const note = e.status === 'agree' ? `as ${pivotSite} reports it` : `${pivotSite} gives this page's figure`;
    out.push({ kind: e.kind, status: e.status, here: first.here, there: e.there, hereSpan: first.hereSpan, thereSpan: e.thereSpan, note });
  }
  return out;
}

/** The page's figure and the neighbour's conflict as the pivot's and the neighbour's do. */
function valuesConflict(kind: SlotEvidence['kind'], page: Claim, pageSpan: [number, number], other: Claim, otherSpan: [number, number]): boolean {
  if (kind !== 'quantity' || RUNNING_MARKERS.test(page.text) || RUNNING_MARKERS.test(other.text)) return false;
  const a = page.slots.quantities.find((q) => q.start === pageSpan[0]);
  const b = other.slots.quantities.find((q) => q.start === otherSpan[0]);
  return !!a && !!b && a.hedge !== 'vague' && b.hedge !== 'vague' && pairStrength(a, b) === 'strong' && fitQuantities(a, b).kind === 'conflict';
}

/**
 * Agree and differ findings the page's claims gain through the reports they already agree with.
 * `findings` are the direct ones; the result holds only new page-claim / other-claim pairs.
 */
export function findingsThrough(pageClaims: readonly Claim[], findings: readonly Finding[], ctx: ThroughContext): Finding[] {
  const out: Finding[] = [];
  const neighboursOf = neighbourFinder(ctx);
  const byClaim = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byClaim.get(f.claimId);
    if (list) list.push(f);
    else byClaim.set(f.claimId, [f]);
  }
  for (const claim of pageClaims) {
    const own = byClaim.get(claim.id) ?? [];
    const linked = new Set(own.filter((f) => f.verdict !== 'related').map((f) => entryKey(f.otherArticleId, f.otherClaimId)));
    for (const via of own) {
      if (via.verdict !== 'agree' || !ctx.storyArticleIds.has(via.otherArticleId)) continue;
      const pivot = ctx.index.get(via.otherArticleId, via.otherClaimId);
      if (!pivot) continue;
      // The pivot's slots the page agreed with, by their span in the pivot's text.
      const agreed = new Map<string, SlotEvidence>();
      for (const e of via.evidence) if (e.status === 'agree' && CARRIED.has(e.kind) && e.thereSpan) agreed.set(spanKey(e.kind, e.thereSpan), e);
      if (agreed.size === 0) continue;
      for (const neighbour of neighboursOf(pivot)) {
        const key = entryKey(neighbour.article.id, neighbour.claim.id);
        if (linked.has(key)) continue;
        if (!sameKindOfEvent(claim, neighbour.claim) || !timesMayMeet(claim, ctx.page, neighbour)) continue;
        const evidence = carriedEvidence(claim, agreed, neighbour, pivot.article.site);
        if (evidence.length === 0 || (neighbour.verdict === 'agree' && !noConflict(claim, neighbour.claim))) continue;
        linked.add(key);
        const score = Math.round(Math.min(via.score, neighbour.score) * THROUGH_DISCOUNT * 1000) / 1000;
        out.push({ claimId: claim.id, otherClaimId: neighbour.claim.id, otherArticleId: neighbour.article.id, verdict: neighbour.verdict, score, evidence });
      }
    }
  }
  return out;
}
