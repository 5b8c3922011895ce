/**
 * The people a claim speaks of without naming them: those named in the sentences just before it
 * ("Mr Hartley's group…" … "One of the climbers has fallen 400 metres"). See Claim.context.
 */
import type { NameSlot } from '../model';
import { mayNamePerson, peopleSpokenOf } from '../text/names';
import type { ClaimUnit } from './units';

/** Sentences back a claim that names nobody may look for the people it speaks of. */
const CONTEXT_REACH = 2;
/** More people than this just before it, and the claim may mean any of them: no context. */
const CONTEXT_MAX_NAMES = 3;

/**
 * Per unit: the people named in the sentences just before it, when it names none itself (the one
 * who says it, "Inspector Ruth Kavanagh said", does not count: the claim is about someone else).
 */
export function contextNames(units: ClaimUnit[], names: NameSlot[][], attributions: (string | null)[]): string[][] {
  return units.map((unit, i) => {
    if (peopleSpokenOf(names[i]!, attributions[i] ?? null).length > 0) return [];
    const found: string[] = [];
    for (let j = i - 1; j >= 0 && unit.sentence - units[j]!.sentence <= CONTEXT_REACH; j--) {
      for (const n of names[j]!) if (mayNamePerson(n) && !found.includes(n.canonical)) found.push(n.canonical);
    }
    return found.length <= CONTEXT_MAX_NAMES ? found : [];
  });
}
