/** Evidence of a compared slot, built from the two values as written and where they stand. */
import type { SlotEvidence } from '../model';

/** A value as written in a claim's text: a figure, a date, a name, a phrase. */
export interface Spanned {
  raw: string;
  start: number;
  end: number;
}

/** This side's value against the other side's, with both spans for emphasis in the card. */
export function spanEvidence(kind: SlotEvidence['kind'], status: SlotEvidence['status'], here: Spanned, there: Spanned, note: string | null = null): SlotEvidence {
  return { kind, status, here: here.raw, there: there.raw, hereSpan: [here.start, here.end], thereSpan: [there.start, there.end], note };
}
