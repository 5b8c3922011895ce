/**
 * Name matching for the comparison: the extractor's namesMatch (text/names.ts) over canonical
 * forms, so raw phrases ("Gen. Qassem Soleimani", an attribution) and slot keys meet the same way.
 */
import { canonicalName, namesMatch as canonicalNamesMatch } from '../text/names';

/** Same entity? Accepts raw or canonical names. */
export function namesMatch(a: string, b: string): boolean {
  if (canonicalNamesMatch(a, b)) return true;
  return canonicalNamesMatch(canonicalName(a), canonicalName(b));
}
