/**
 * What makes two claims one fact when no event verb ties them: specific slots that agree (a
 * precise figure, a day, a quotation), a count of the same things alike, or one person's moment.
 */
import type { Claim } from '../model';
import { DAY_OR_FINER } from './dates';
import { predicateClassesOf } from './features';
import { distinctNames, type FrameMatch } from './frame';
import { GENERIC_PREDICATES } from './lexicon';
import { namesMatch } from './names';
import { peopleSpokenOf } from '../text/names';
import { isPreciseFigure, isSumAgreement, sameCurrencyOrNone } from './quantities';
import type { SlotComparison } from './slots';

/** Kinds of agreeing slot precise enough to tie two claims: a non-vague figure, a date to the day, a quote. */
function specificAgreements(slots: SlotComparison): number {
  // A figure given whole on one side and in exact parts on the other ("three" / "one … and two others") is as precise.
  const figure =
    slots.quantities.agreedPairs.some((p) => p.strength === 'strong' && isPreciseFigure(p.a) && p.b.hedge !== 'vague' && sameCurrencyOrNone(p.a, p.b)) ||
    slots.quantities.exactSums > 0;
  const day = slots.dates.agreedPairs.some((p) => DAY_OR_FINER.has(p.a.granularity) && DAY_OR_FINER.has(p.b.granularity));
  const quote = slots.quotes.some((q) => q.status === 'agree');
  return Number(figure) + Number(day) + Number(quote);
}

/** The claim names no kind of event ("3,500 troops remain", "there are 2,500 soldiers"). */
function statesNoEvent(claim: Claim): boolean {
  return ![...predicateClassesOf(claim)].some((p) => !GENERIC_PREDICATES.has(p));
}

/**
 * A precise count of the same things, alike, where one side names no event that could make it
 * another count ("about 2,400 troops remain in Mali and Niger" / "1,800 soldiers in Mali and 600
 * in Niger"), between claims sharing two names: one fact.
 */
export function sameCountOfSameThings(frame: FrameMatch, slots: SlotComparison, a: Claim, b: Claim): boolean {
  if (frame.viaStory || frame.nouns !== 'same' || distinctNames(frame.sharedNames) < 2) return false;
  if (!statesNoEvent(a) && !statesNoEvent(b)) return false;
  const q = slots.quantities;
  return q.evidence.some(isSumAgreement) || q.agreedPairs.some((p) => p.strength === 'strong' && p.a.noun !== null && isPreciseFigure(p.a) && p.b.hedge !== 'vague');
}

export function hasSpecificAgreement(slots: SlotComparison): boolean {
  return specificAgreements(slots) > 0;
}

/**
 * Two names, a precise figure and the day all alike ("Jane Doe, 32, … on Mount X on Saturday"):
 * one fact even when the two outlets describe the event with different verbs (fell / died).
 */
export function sameParticulars(frame: FrameMatch, slots: SlotComparison): boolean {
  return !frame.viaStory && distinctNames(frame.sharedNames) >= 2 && specificAgreements(slots) >= 2;
}

/**
 * The same clock time given for one named person ("Darnell Bramwell … around 10:45 p.m. on Tuesday" /
 * "shot … Darnell Bramwell, just before 10:45 p.m. on Tuesday"): the two speak of one moment.
 */
export function sameMomentOfOnePerson(frame: FrameMatch, slots: SlotComparison, a: Claim, b: Claim): boolean {
  if (frame.contextTie || !slots.dates.agreedPairs.some((p) => p.a.granularity === 'minute' && p.b.granularity === 'minute')) return false;
  const theirs = peopleSpokenOf(b.slots.names, b.attribution);
  return peopleSpokenOf(a.slots.names, a.attribution).some((x) => theirs.some((y) => namesMatch(x.canonical, y.canonical)));
}

/** Both sides count the same things exactly alike ("three companions" / "three climbers", or a whole and its exact parts). */
export function sameExactCount(slots: SlotComparison): boolean {
  const counted = slots.quantities.agreedPairs.some(
    (p) => p.strength === 'strong' && p.a.unit === null && p.a.hedge === 'exact' && p.b.hedge === 'exact' && p.a.noun !== null && p.b.noun !== null,
  );
  return counted || slots.quantities.exactSums > 0;
}
