/**
 * The size of a group, said with or without the person at its centre: "one of four men", "four in
 * the party" and "with three companions", "his three companions", "three climbers with Mr Doe"
 * all make a party of four.
 */
import type { Claim, QuantitySlot } from '../model';

/** Nouns for the people with someone: they count the party without that person. */
const COMPANIONS = new Set(['companion', 'friend', 'partner', 'teammate', 'colleague']);

/** "one of four men": the figure is the whole group. */
const ONE_OF = /\bone of(?: the)?\s*$/i;
/** "four in the climbing party": the whole group. */
const IN_THE_GROUP = /^\s+(?:\p{L}+\s+)?(?:in|of) the (?:\p{L}+\s+)?(?:party|group|team|expedition)\b/iu;
/** "with three companions", "his three companions": the group without its person. */
const WITH_BEFORE = /\b(?:with|his|her|their)\s+(?:\p{L}+\s+)?$/iu;
/** "three climbers with Mr Doe": the group without the person named after "with". */
const WITH_PERSON_AFTER = /^\s+\p{L}+\s+with\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}/u;

/** The size of the party the figure implies, counting its person; null when it implies none. */
export function partySize(text: string, q: QuantitySlot): number | null {
  if (q.unit !== null || q.hedge !== 'exact' || !Number.isInteger(q.value)) return null;
  const before = text.slice(Math.max(0, q.start - 30), q.start);
  const after = text.slice(q.end, q.end + 60);
  if (ONE_OF.test(before) || IN_THE_GROUP.test(after)) return q.value;
  if (q.noun !== null && COMPANIONS.has(q.noun) && WITH_BEFORE.test(before)) return q.value + 1;
  if (WITH_PERSON_AFTER.test(after)) return q.value + 1;
  return null;
}

/** Figure pairs of the two claims that give one party size, one of them counting its person apart. */
export function samePartyPairs(a: Claim, b: Claim): [QuantitySlot, QuantitySlot][] {
  const out: [QuantitySlot, QuantitySlot][] = [];
  for (const qa of a.slots.quantities) {
    const sa = partySize(a.text, qa);
    if (sa === null) continue;
    for (const qb of b.slots.quantities) {
      if (partySize(b.text, qb) === sa) out.push([qa, qb]);
    }
  }
  return out;
}
