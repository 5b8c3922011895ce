/**
 * Running counts: a toll or tally that two reports give at different times. A higher figure in the
 * later report is an update, not a difference (see verdict.ts).
 */
import type { Claim, QuantitySlot } from '../model';
import { CUMULATIVE_CLASSES, CUMULATIVE_NOUNS, isCurrency, nounClass, predicateClass, RUNNING_MARKERS } from './lexicon';
import type { QuantityConflict } from './quantities';
import { publicationTime } from './time';
import type { ArticleRef } from './types';

/** Publication times closer than this are one report, not an update. */
const UPDATE_MIN_HOURS = 1;
/** Agreeing bounds show a rise only across reports at least this far apart. */
const RISE_MIN_HOURS = 20;

/** A figure that can run (a count or a sum), or one in a sentence that says it runs ("so far"). */
function isCumulative(q: QuantitySlot, a: Claim, b: Claim): boolean {
  // A distance, a weight or an age is measured once; only counts (and sums of money) run.
  if (q.unit !== null && !isCurrency(q.unit)) return false;
  if (q.role && CUMULATIVE_CLASSES.has(predicateClass(q.role))) return true;
  if (q.noun && CUMULATIVE_NOUNS.has(nounClass(q.noun))) return true;
  return RUNNING_MARKERS.test(a.text) || RUNNING_MARKERS.test(b.text);
}

const HEDGED = new Set(['about', 'at-least', 'more-than', 'nearly', 'vague', 'up-to', 'less-than']);

/** Which side reported later, when the reports are far enough apart to be an update. */
function laterSide(aRef: ArticleRef, bRef: ArticleRef, minHours = UPDATE_MIN_HOURS): 'a' | 'b' | null {
  const ta = publicationTime(aRef.publishedAt);
  const tb = publicationTime(bRef.publishedAt);
  if (ta === null || tb === null || Math.abs(ta - tb) < minHours * 3_600_000) return null;
  return tb > ta ? 'b' : 'a';
}

/** A conflicting running figure: updated when it rose later (or fell within hedges), else differ. */
export function judgeConflict(c: QuantityConflict, a: Claim, aRef: ArticleRef, b: Claim, bRef: ArticleRef): 'differ' | 'updated' {
  const later = laterSide(aRef, bRef);
  if (later === null || !isCumulative(c.a, a, b)) return 'differ';
  const laterHigher = later === 'b' ? c.bHigher : !c.bHigher;
  if (laterHigher) return 'updated';
  return HEDGED.has(c.a.hedge) || HEDGED.has(c.b.hedge) ? 'updated' : 'differ';
}

/** The later report gives the higher figure. */
export function laterHigher(c: QuantityConflict, aRef: ArticleRef, bRef: ArticleRef): boolean {
  const later = laterSide(aRef, bRef, RISE_MIN_HOURS);
  return later !== null && (later === 'b' ? c.bHigher : !c.bHigher);
}

/** Agreeing lower bounds of a running count ("over a hundred" → "at least 137") still show an update. */
export function risenLater(p: { a: QuantitySlot; b: QuantitySlot }, a: Claim, aRef: ArticleRef, b: Claim, bRef: ArticleRef): boolean {
  const later = laterSide(aRef, bRef, RISE_MIN_HOURS);
  const running = RUNNING_MARKERS.test(a.text) || RUNNING_MARKERS.test(b.text);
  if (later === null || !running || !isCumulative(p.a, a, b) || p.a.unit !== p.b.unit) return false;
  const [early, late] = later === 'b' ? [p.a, p.b] : [p.b, p.a];
  return late.value > early.value * 1.02;
}
