/**
 * Every slot of two claims compared, with evidence: figures, dates, quotes, polarity, directions.
 * The verdict rules (verdict.ts) decide what the conflicts mean.
 */
import type { Claim, SlotEvidence } from '../model';
import { compareBiographies } from './biography';
import { compareDates, type DateComparison } from './dates';
import { compareQualities } from './qualities';
import { compareQuantities, type QuantityComparison } from './quantities';
import { compareDirections, compareNameSpellings, comparePolarity, compareQuotes } from './wording';

export interface SlotComparison {
  quantities: QuantityComparison;
  dates: DateComparison;
  quotes: SlotEvidence[];
  polarity: SlotEvidence | null;
  directions: SlotEvidence[];
  /** A person's name spelled two ways. */
  spellings: SlotEvidence[];
  /** The same participle qualified oppositely ("well equipped" / "ill-equipped"). */
  qualities: SlotEvidence[];
  /** The person placed alike: where they live, where they come from (biography.ts). */
  biography: SlotEvidence[];
}

export function compareSlots(a: Claim, b: Claim): SlotComparison {
  return {
    quantities: compareQuantities(a, b),
    dates: compareDates(a, b),
    quotes: compareQuotes(a, b),
    polarity: comparePolarity(a, b),
    directions: compareDirections(a, b),
    spellings: compareNameSpellings(a, b),
    qualities: compareQualities(a, b),
    biography: compareBiographies(a, b),
  };
}

export { boundsOf, compareQuantities, fitQuantities, pairStrength } from './quantities';
export { compareDates, isHardDateConflict } from './dates';
export { attributionNote, bearingsOf, compareDirections, comparePolarity, compareQuotes } from './wording';
