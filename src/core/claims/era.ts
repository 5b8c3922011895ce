/**
 * The past a claim tells of without dating it: a background sentence follows one that dates it
 * ("Mr Doe was acquitted in 1958." … "He was sentenced to seven years in prison."). Without it the
 * undated sentence would be anchored at the publication date and read as today's news. See Claim.era.
 */
import type { Claim, DateSlot } from '../model';
import type { ClaimUnit } from './units';

const DAY = 86_400_000;
/** Sentences back an undated claim looks for the time the narrative is in. */
const ERA_REACH = 2;
/** Only a date this far before the article opens a past narrative (last week is today's news). */
const PAST_DAYS = 365;
/** A narrative moves on ("A year later, …"): the era runs this long after the date that opened it. */
const ERA_RUNS_YEARS = 2;

/** Quoted words are said now; present tense and "now", "recently" speak of the present. */
const PRESENT = /["“”]|\b(?:is|are|am|has|have|says|say|now|currently|recently|today|still|this (?:week|month|year))\b/i;
const PAST = /\b(?:was|were|had|did)\b|\b\w{3,}ed\b/i;

/** A sentence in the past tense with no sign of the present: it may go on a past narrative. */
function tellsOfThePast(text: string): boolean {
  return PAST.test(text) && !PRESENT.test(text);
}

export type Era = NonNullable<Claim['era']>;

/**
 * Per unit: the era of the nearest date in the sentences just before it, when the unit has no date
 * of its own and that date lies well before publication. A recent date in between ends the past
 * narrative (the article is back in the present).
 */
export function erasOf(units: readonly ClaimUnit[], texts: readonly string[], dates: readonly DateSlot[][], publishedAt: string | null): (Era | null)[] {
  const published = publishedAt ? Date.parse(publishedAt) : NaN;
  if (!Number.isFinite(published)) return units.map(() => null);
  const isPast = (d: DateSlot) => Date.parse(d.to) < published - PAST_DAYS * DAY;
  // A heading ("Details of the attack") opens a new section: the narrative before it ends there.
  const heading = texts.map((t) => !/[.!?…"”’)]\s*$/.test(t));
  return units.map((unit, i) => {
    if (dates[i]!.length > 0 || heading[i] || !tellsOfThePast(texts[i]!)) return null;
    for (let j = i - 1; j >= 0 && unit.sentence - units[j]!.sentence <= ERA_REACH && !heading[j]; j--) {
      const found = dates[j]!;
      if (found.length === 0) continue;
      if (!found.every(isPast)) return null;
      const latest = found.reduce((x, y) => (Date.parse(y.to) > Date.parse(x.to) ? y : x));
      const to = new Date(latest.to);
      to.setUTCFullYear(to.getUTCFullYear() + ERA_RUNS_YEARS);
      return { from: latest.from, to: to.toISOString() };
    }
    return null;
  });
}
