/**
 * Name matching for the comparison: the extractor's namesMatch (text/names.ts) over canonical
 * forms, so raw phrases ("Gen. Anton Varga", an attribution) and slot keys meet the same way.
 */
import { canonicalName, namesMatch as canonicalNamesMatch } from '../text/names';

/** Same entity? Accepts raw or canonical names. */
export function namesMatch(a: string, b: string): boolean {
  if (canonicalNamesMatch(a, b)) return true;
  return canonicalNamesMatch(canonicalOf(a), canonicalOf(b));
}

// Comparing a page against its candidates asks for the same few names' canonical forms over and over.
const CANONICAL_CACHE_SIZE = 20_000;
const canonicalCache = new Map<string, string>();

function canonicalOf(name: string): string {
  let canonical = canonicalCache.get(name);
  if (canonical === undefined) {
    if (canonicalCache.size >= CANONICAL_CACHE_SIZE) canonicalCache.clear();
    canonicalCache.set(name, (canonical = canonicalName(name)));
  }
  return canonical;
}
