/**
 * Dates compared at their granularity: a month contains its days ("December" vs "December 25"
 * agree); disjoint periods conflict ("2021" vs "March 2019"). Event dates are compared with
 * event dates, period bounds ("since October 17") with period bounds.
 */
import type { Claim, DateSlot, SlotEvidence } from '../model';
import { ANCHOR_SLACK_DAYS, dateRange, eventDates, gapDays, periodDates } from './time';
import { spanEvidence } from './spans';

/** Granularities that name one day or part of it: precise enough to tie two reports. */
export const DAY_OR_FINER: ReadonlySet<string> = new Set(['day', 'part-of-day', 'minute']);

export interface DateConflict {
  a: DateSlot;
  b: DateSlot;
  gapDays: number;
  /** Both sides state absolute dates (no "Monday" resolved against a publication date). */
  absolute: boolean;
}

export interface DateComparison {
  evidence: SlotEvidence[];
  agreements: number;
  /** The date pairs that agree (for how precise the agreement is). */
  agreedPairs: { a: DateSlot; b: DateSlot }[];
  conflicts: DateConflict[];
}

function range(d: DateSlot): { from: number; to: number } {
  const [from, to] = dateRange(d);
  return { from, to };
}

/**
 * The two periods share at least half of the shorter one: "Sunday night" runs into Monday's small
 * hours, yet it does not agree with "Monday morning" (an hour in common), while it does with "Sunday".
 */
function overlapping(a: { from: number; to: number }, b: { from: number; to: number }, approximate: boolean): boolean {
  const common = Math.min(a.to, b.to) - Math.max(a.from, b.from);
  return common > 0 && (approximate || common >= 0.5 * Math.min(a.to - a.from, b.to - b.from));
}

function compareGroup(as: DateSlot[], bs: DateSlot[], out: DateComparison): void {
  for (const da of as) {
    const fits = bs.map((db) => ({ db, gap: gapDays(range(da), range(db)) }));
    // Touching periods (Friday, Saturday) do not agree; they may still fall within the slack.
    // An offset's bounds ("a month after") are a guess: any overlap fits.
    const agreeing = fits.find((f) => f.gap === 0 && overlapping(range(da), range(f.db), da.approximate === true || f.db.approximate === true));
    if (agreeing) {
      const note = da.granularity !== agreeing.db.granularity ? `${da.granularity} contains or equals ${agreeing.db.granularity}` : null;
      out.evidence.push(evidenceOf(da, agreeing.db, 'agree', note));
      out.agreements++;
      out.agreedPairs.push({ a: da, b: agreeing.db });
      continue;
    }
    const nearest = fits.sort((x, y) => x.gap - y.gap)[0];
    if (nearest) out.conflicts.push({ a: da, b: nearest.db, gapDays: nearest.gap, absolute: !da.relative && !nearest.db.relative });
  }
}

export function evidenceOf(a: DateSlot, b: DateSlot, status: SlotEvidence['status'], note: string | null): SlotEvidence {
  return spanEvidence('date', status, a, b, note);
}

export function compareDates(a: Claim, b: Claim): DateComparison {
  const out: DateComparison = { evidence: [], agreements: 0, agreedPairs: [], conflicts: [] };
  compareGroup(eventDates(a), eventDates(b), out);
  compareGroup(periodDates(a), periodDates(b), out);
  return out;
}

/** A date conflict that is a real difference, not the slack of relative dates and time zones. */
export function isHardDateConflict(c: DateConflict): boolean {
  if (c.a.approximate || c.b.approximate) return false;
  return c.gapDays > ANCHOR_SLACK_DAYS || (c.absolute && c.a.granularity === 'day' && c.b.granularity === 'day' && c.gapDays >= 1);
}
