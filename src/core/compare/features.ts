/**
 * Per-claim features the frame and slot comparisons read: names, predicate classes, counted nouns,
 * scope, running-count markers, content lemmas, quote similarity.
 */
import type { Claim, NameKind } from '../model';
import { isAge } from './holders';
import { lemmaPredicateClass, nounClass, PERIOD_MARKERS, predicateClass } from './lexicon';

export interface NameRef {
  name: string;
  kind: NameKind | null;
}

/** Names from the slots and from the retrieval keys (the extractor may put aliases there). */
export function namesOf(claim: Claim): NameRef[] {
  const out: NameRef[] = claim.slots.names.map((n) => ({ name: n.canonical, kind: n.kind }));
  const seen = new Set(out.map((n) => n.name));
  for (const key of claim.keys) {
    if (!key.startsWith('n:')) continue;
    // A country's key is its canonical name: "c:new zealand" is New Zealand, a place.
    const country = key.startsWith('n:c:');
    const name = key.slice(country ? 4 : 2);
    if (!seen.has(name)) {
      seen.add(name);
      out.push({ name, kind: country ? 'place' : null });
    }
  }
  return out;
}

/** Phrasal verbs whose words alone name no event ("made off with" the jewels: a theft). */
const PHRASAL_PREDICATES: readonly [RegExp, string][] = [[/\b(?:make|makes|made|making) off with\b/i, 'steal']];

/** Predicate classes the claim states, including the roles that govern its figures. */
export function predicateClassesOf(claim: Claim): Set<string> {
  const out = new Set<string>();
  for (const [pattern, cls] of PHRASAL_PREDICATES) if (pattern.test(claim.text)) out.add(cls);
  for (const p of claim.predicates) out.add(predicateClass(p));
  for (const q of claim.slots.quantities) if (q.role) out.add(predicateClass(q.role));
  for (const key of claim.keys) if (key.startsWith('p:')) out.add(predicateClass(key.slice(2)));
  // Events named by nouns or by verbs the extractor has no class for ("the death", "fell").
  for (const key of claim.keys) {
    if (!key.startsWith('l:')) continue;
    const cls = lemmaPredicateClass(key.slice(2));
    if (cls) out.add(cls);
  }
  return out;
}

/** What the claim's figures count; "attacked 151 times" counts attacks (the verb's events). */
export function countedNounsOf(claim: Claim): Set<string> {
  const out = new Set<string>();
  for (const q of claim.slots.quantities) {
    // An age's noun is its holder ("a 36-year-old climber"), not a thing counted.
    if (!q.noun || isAge(q)) continue;
    const noun = nounClass(q.noun);
    out.add(noun === 'time' && q.role ? nounClass(predicateClass(q.role)) : noun);
  }
  return out;
}

export function lemmasOf(claim: Claim): Set<string> {
  const out = new Set<string>();
  for (const key of claim.keys) if (key.startsWith('l:')) out.add(key.slice(2));
  if (out.size === 0) for (const w of contentWords(claim.text)) out.add(w);
  return out;
}

const STOP = new Set(
  'a an the and or but of in on at to for from by with as is are was were be been being has have had that this these those it its their there which who whom whose what when where while after before over under about than then into onto said says say also not no'.split(' '),
);

/** Fallback content words when the extractor gives no lemma keys. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}\p{N}'-]*/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w));
}

export function sharedCount<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared;
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const shared = sharedCount(a, b);
  return shared / (a.size + b.size - shared);
}

/** A count over a running period ("since October 17", "so far", "already"). */
export function isRunningCount(claim: Claim): boolean {
  return claim.slots.quantities.length > 0 && PERIOD_MARKERS.test(claim.text);
}

const SCOPE =
  /\b(?:across|throughout|all over|in all of|nationwide|worldwide|globally|countrywide|region-wide|in the (province|region|country|state|city|district|county|world|area|nation|capital))\b(?:\s+((?:[A-Z][\p{L}-]*\s?)+))?/gu;

/** Scope markers of the figures: "in the province", "across Asia", "nationwide". */
export function scopesOf(claim: Claim): Set<string> {
  const out = new Set<string>();
  for (const m of claim.text.matchAll(SCOPE)) {
    const place = m[2]?.trim();
    const phrase = m[0].replace(/\s+/g, ' ').trim().toLowerCase();
    out.add(place ? place.toLowerCase() : (m[1] ?? phrase).toLowerCase());
  }
  return out;
}

/** Folded word sequence of a quote, for comparing quotations across outlets. */
export function quoteWords(text: string): string[] {
  return (text.toLowerCase().normalize('NFKD').match(/[\p{L}\p{N}]+/gu) ?? []);
}
