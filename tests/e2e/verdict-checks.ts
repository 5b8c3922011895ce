/**
 * The painted verdicts of one page, checked three ways: the popup's counts equal the ranges in
 * the verdict highlights, every painted range is a flagged claim with that verdict, and the
 * flagged claims agree with the fixture gold (precision) and include the required detections.
 */
import { PAGES, QUOTES, type PageId } from '../fixtures/facts';
import type { Tab } from './browsers';
import { judgeFlagged, missingDetections, outletsFromDetails, sameSentence, type FlaggedClaim, type PaintedVerdict, type RequiredDetection } from './gold-verdicts';
import { expect } from './harness';
import { verdictTexts, VERDICT_HIGHLIGHTS, type PopupFlagged } from './probes';

/**
 * What the engine finds on the fixture site today (run and seen), in the walk's order. A lost
 * detection fails the run; add new ones here as the engine learns them.
 */
export const REQUIRED_DETECTIONS: RequiredDetection[] = [
  { page: 'wire', quote: QUOTES.wireLead, painted: 'differ', outlet: { page: 'courier', verdict: 'differ' } },
  { page: 'wire', quote: QUOTES.wireQuote, painted: 'agree', outlet: { page: 'courier', verdict: 'agree' } },
  { page: 'post', quote: QUOTES.postCause, painted: 'agree', outlet: { page: 'wire', verdict: 'agree' } },
  { page: 'courier', quote: QUOTES.courierLead, painted: 'differ', outlet: { page: 'wire', verdict: 'differ' } },
  // With the post (west) in the library the position sentence's strongest verdict is differ.
  { page: 'courier', quote: QUOTES.courierWhere, painted: 'differ', outlet: { page: 'hostile', verdict: 'agree' } },
  { page: 'post', quote: QUOTES.postWhere, painted: 'differ', outlet: { page: 'courier', verdict: 'differ' } },
  { page: 'post', quote: QUOTES.postLead, painted: 'updated', outlet: { page: 'courier', verdict: 'updated' } },
  { page: 'late', quote: QUOTES.lateInjured, painted: 'agree', outlet: { page: 'courier', verdict: 'agree' } },
  { page: 'late', quote: QUOTES.lateWhere, painted: 'differ', outlet: { page: 'courier', verdict: 'agree' } },
  { page: 'late', quote: QUOTES.lateQuote, painted: 'agree', outlet: { page: 'wire', verdict: 'agree' } },
];

export type Painted = Record<PaintedVerdict, string[]>;

export async function paintedVerdicts(tab: Tab): Promise<Painted> {
  return tab.evaluate(verdictTexts, VERDICT_HIGHLIGHTS);
}

/** The popup's flagged list as claims with outlets (outlet names come from the library's pages). */
export function flaggedClaims(view: PopupFlagged, library: readonly PageId[]): FlaggedClaim[] {
  const sites = library.map((page) => PAGES[page].site ?? '').filter(Boolean);
  return view.items.map((item) => ({
    text: item.text,
    verdict: item.verdict as PaintedVerdict,
    outlets: outletsFromDetails(item.details.split(' — '), sites),
  }));
}

export function expectCountsMatchPaint(view: PopupFlagged, painted: Painted): void {
  const problems: string[] = [];
  for (const verdict of ['differ', 'updated', 'agree'] as const) {
    const shown = view.counts[verdict];
    if (shown !== String(painted[verdict].length)) {
      problems.push(`${verdict}: popup says ${shown}, the page paints ${painted[verdict].length} range(s)`);
    }
  }
  expect(problems.length === 0, problems.join('\n'));
}

export function expectPaintMatchesFlagged(painted: Painted, flagged: readonly FlaggedClaim[]): void {
  const problems: string[] = [];
  for (const verdict of ['differ', 'updated', 'agree'] as const) {
    for (const text of painted[verdict]) {
      const claim = flagged.find((c) => sameSentence(c.text, text));
      if (!claim) problems.push(`painted ${verdict} but not in the popup: "${text}"`);
      else if (claim.verdict !== verdict) problems.push(`painted ${verdict}, popup says ${claim.verdict}: "${text}"`);
    }
  }
  expect(problems.length === 0, problems.join('\n'));
}

/** Precision against the gold; returns notes (agree/updated mix-ups) for the log. */
export function expectGoldPrecision(page: PageId, flagged: readonly FlaggedClaim[], library: readonly PageId[]): string[] {
  const { errors, notes } = judgeFlagged(page, flagged, library);
  expect(errors.length === 0, `verdicts the gold does not back:\n${errors.join('\n')}`);
  return notes;
}

export function expectRequiredDetections(page: PageId, flagged: readonly FlaggedClaim[], painted: Painted, library: readonly PageId[]): void {
  const missing = missingDetections(page, REQUIRED_DETECTIONS, flagged, painted, library);
  expect(missing.length === 0, `required detections missing:\n${missing.join('\n')}`);
}
