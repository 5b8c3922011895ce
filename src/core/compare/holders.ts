/**
 * Who a figure belongs to, where the sentence says it plainly: an age sits next to its person
 * ("41-year-old Callum Marsh", "Owen Hartley, 29,"). Two ages of two different people are two
 * facts, even when both people are named in both claims.
 */
import type { Claim, QuantitySlot } from '../model';
import { mayNamePerson } from '../text/names';
import { namesMatch } from './names';

/** Characters between an age and the name it precedes ("29-year-old Englishman Owen Hartley"). */
const AFTER_GAP = /^[\s\p{L}'-]{0,30}$/u;
/** Between a name and the age that follows it: "Hartley, 29". */
const BEFORE_GAP = /^,?\s*\(?$/;

export function isAge(q: QuantitySlot): boolean {
  return q.unit === 'age' || q.noun === 'age' || /year[- ]old/i.test(q.raw);
}

/** The person (canonical name) an age is attached to, or null when the text does not say. */
export function ageHolder(claim: Claim, q: QuantitySlot): string | null {
  if (!isAge(q)) return null;
  const people = claim.slots.names.filter(mayNamePerson);
  const after = people
    .filter((n) => n.start >= q.end && AFTER_GAP.test(claim.text.slice(q.end, n.start)) && /year[- ]old/i.test(claim.text.slice(q.start, n.start)))
    .sort((x, y) => x.start - y.start)[0];
  if (after) return after.canonical;
  const before = people.filter((n) => n.end <= q.start && BEFORE_GAP.test(claim.text.slice(n.end, q.start))).sort((x, y) => y.end - x.end)[0];
  return before?.canonical ?? null;
}

/** False when both ages are attached to people and those are different people. */
export function sameHolder(a: Claim, qa: QuantitySlot, b: Claim, qb: QuantitySlot): boolean {
  const ha = ageHolder(a, qa);
  const hb = ageHolder(b, qb);
  return ha === null || hb === null || namesMatch(ha, hb);
}

/** People whose ages the claim states: the people its figures are about. */
export function subjectsOf(claim: Claim): string[] {
  return claim.slots.quantities.map((q) => ageHolder(claim, q)).filter((h): h is string => h !== null);
}

/** Both claims say whose figures they give, and no person is the same: their figures are not comparable. */
export function differentSubjects(a: Claim, b: Claim): boolean {
  const sa = subjectsOf(a);
  const sb = subjectsOf(b);
  return sa.length > 0 && sb.length > 0 && !sa.some((x) => sb.some((y) => namesMatch(x, y)));
}
