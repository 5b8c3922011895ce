/**
 * Retrieval keys of a claim: what the library indexes to find candidate claims in other articles.
 *   n:<name key>  l:<content lemma>  u:<counted noun>  p:<predicate class>  d:<yyyy-mm>  y:<yyyy>
 * Small (≤ MAX_KEYS) and deterministic: same input, same keys, same order.
 */
import type { DateSlot } from '../model';

export const MAX_KEYS = 24;

export interface KeyInput {
  /** nameKey(canonical) of each name slot, in text order. */
  nameKeys: readonly string[];
  /** Content lemmas of the claim text, in text order. */
  lemmas: readonly string[];
  /** Counted nouns of the quantity slots ('people', 'soldier'). */
  countedNouns: readonly (string | null)[];
  predicates: readonly string[];
  dates: readonly Pick<DateSlot, 'from' | 'granularity'>[];
}

/**
 * Words every news story uses: as lemma keys they would match everything. 'people' stays out of
 * the lemma keys but is still a counted-noun key (u:people).
 */
const NEWS_COMMON = new Set([
  'say', 'tell', 'add', 'also', 'year', 'people', 'time', 'day', 'week', 'month', 'report',
  'accord', 'according', 'include', 'make', 'take', 'get', 'go', 'come', 'new', 'one', 'two',
  'first', 'last', 'many', 'other', 'well', 'just', 'like', 'would', 'could', 'may', 'might',
  'state', 'statement', 'news', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'mr', 'mrs', 'ms', 'still', 'even', 'since', 'however',
]);

const FINE_GRANULARITY = new Set(['month', 'week', 'day', 'part-of-day', 'minute']);
const LIMITS = { n: 8, p: 4, u: 4, d: 4 } as const;

/** The claim's keys: names first, then predicates, counted nouns, dates, then lemmas to fill up. */
export function claimKeys(input: KeyInput): string[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  const push = (key: string, limit: number, prefix: string): void => {
    if (keys.length >= MAX_KEYS || seen.has(key)) return;
    if (keys.filter((k) => k.startsWith(prefix)).length >= limit) return;
    seen.add(key);
    keys.push(key);
  };
  for (const k of input.nameKeys) if (k) push(`n:${k}`, LIMITS.n, 'n:');
  for (const p of input.predicates) if (p) push(`p:${p}`, LIMITS.p, 'p:');
  for (const u of input.countedNouns) if (u) push(`u:${u}`, LIMITS.u, 'u:');
  for (const d of input.dates) {
    const year = /^\d{4}/.exec(d.from)?.[0];
    if (!year) continue;
    if (FINE_GRANULARITY.has(d.granularity)) push(`d:${d.from.slice(0, 7)}`, LIMITS.d, 'd:');
    push(`y:${year}`, LIMITS.d, 'y:');
  }
  for (const l of input.lemmas) {
    if (isInformativeLemma(l)) push(`l:${l}`, MAX_KEYS, 'l:');
  }
  return keys;
}

/** Lemma keys worth indexing: words of three letters or more, not numbers, not news filler. */
export function isInformativeLemma(lemma: string): boolean {
  return lemma.length >= 3 && !/^\d/.test(lemma) && !NEWS_COMMON.has(lemma);
}
