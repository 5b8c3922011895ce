/**
 * Small general tables of news language used by the comparison: predicate classes that name the
 * same kind of event, counted nouns that name the same kind of thing, units and their conversions.
 */
import { predicateClassOf } from '../text/predicates';
import { wordTable } from '../text/word-table';
import { americanSpelling } from '../text/spelling';

/**
 * Event kinds the extractor's lexicon (text/predicates.ts) does not name yet; its classes come
 * first, these only fill the gaps.
 */
const EXTRA_PREDICATE_GROUPS: readonly (readonly string[])[] = [
  ['steal', 'rob', 'loot', 'nab', 'grab', 'snatch', 'theft', 'heist', 'robbery', 'robber', 'thief', 'burglary', 'burglar', 'booty', 'haul'],
  // A vehicle driven into something: the extractor's 'crash' class.
  ['crash', 'ram'],
  ['fall', 'slip', 'plunge', 'tumble'],
  ['deploy', 'station'],
  // A body (or loot) found and brought back; a climb.
  ['recover', 'retrieve', 'recovery', 'retrieval'],
  ['climb', 'ascend', 'ascent'],
];

const EXTRA_CLASS = new Map<string, string>();
for (const group of EXTRA_PREDICATE_GROUPS) for (const word of group) EXTRA_CLASS.set(word, group[0]!);

/** Class of a predicate or lemma: the extractor's class, else one of the extra kinds, else itself. */
export function predicateClass(predicate: string): string {
  const key = predicate.toLowerCase().trim();
  return predicateClassOf(key) ?? EXTRA_CLASS.get(key) ?? key;
}

/** Class of a content lemma when it names an event ("death", "fell"), else null. */
export function lemmaPredicateClass(lemma: string): string | null {
  const key = lemma.toLowerCase();
  return predicateClassOf(key) ?? EXTRA_CLASS.get(key) ?? null;
}

/** Classes every report states ("said"): they never make two claims one fact. */
export const GENERIC_PREDICATES = new Set(['say', 'claim', 'confirm', 'report', 'tell', 'state', 'announce']);

/** Counted nouns that news uses interchangeably for the same referent. */
const NOUN_GROUPS: readonly (readonly string[])[] = [
  ['soldier', 'troop', 'service member', 'servicemember', 'serviceman', 'servicewoman', 'serviceperson', 'military personnel', 'personnel', 'service people'],
  ['people', 'person', 'individual'],
  ['fighter', 'militant', 'insurgent', 'gunman', 'rebel', 'combatant'],
  ['attack', 'assault', 'strike', 'airstrike', 'raid'],
  ['site', 'location', 'facility', 'target', 'position'],
  ['shot', 'round', 'bullet'],
  ['death', 'fatality', 'dead'],
  ['injury', 'wounded', 'injured'],
  ['arrest', 'detention'],
  ['child', 'kid', 'minor'],
  ['home', 'house', 'dwelling'],
  ['car', 'vehicle', 'automobile'],
  ['police officer', 'officer', 'policeman', 'cop'],
];

const NOUN_CLASS = new Map<string, string>();
for (const group of NOUN_GROUPS) for (const word of group) NOUN_CLASS.set(word, group[0]!);

function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

/**
 * Words a casualty figure is counted in: with the same verb class, "three people died", "the death
 * toll rose to six" and "six victims" count the same thing.
 */
const CASUALTY_NOUNS = new Set(['people', 'death', 'toll', 'victim', 'casualty', 'body', 'life']);

/**
 * Nouns that count people without saying who they are: "four men" may be the "four robbers", or
 * not. They may agree with a more specific count of people, never conflict with it.
 */
const GENERIC_PEOPLE = new Set(['people', 'man', 'woman', 'men', 'women']);

export function isGenericPeople(noun: string): boolean {
  return GENERIC_PEOPLE.has(nounClass(noun));
}

const PERSON_NOUNS = new Set([
  'soldier', 'child', 'boy', 'girl', 'teen', 'teenager', 'youth', 'victim', 'suspect', 'civilian', 'resident',
  'student', 'police officer', 'fighter', 'thief', 'robber', 'raider', 'burglar', 'attacker', 'assailant',
  'guard', 'crew member', 'service member', 'hostage', 'passenger', 'tourist', 'companion', 'friend',
  'relative', 'adult', 'baby', 'refugee', 'migrant', 'climber', 'hiker', 'protester', 'protestor', 'rioter',
  'demonstrator', 'worker', 'miner', 'driver', 'pilot', 'survivor', 'witness', 'officer', 'member', 'militant',
]);
/** Agent nouns by their suffix, long enough not to be "heist" or "mist": "journalist", "politician". */
const AGENT_SUFFIX = /^.{4,}(?:ist|ian)$/;

/** Whether a counted noun counts people (for "four men" against "four robbers"). */
export function isPersonNoun(noun: string): boolean {
  const cls = nounClass(noun);
  return GENERIC_PEOPLE.has(cls) || PERSON_NOUNS.has(cls) || AGENT_SUFFIX.test(cls);
}

export function isCasualtyNoun(noun: string): boolean {
  return CASUALTY_NOUNS.has(nounClass(noun));
}

export function nounClass(noun: string): string {
  const key = noun.toLowerCase().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (key === 'people') return NOUN_CLASS.get(key)!;
  const known = NOUN_CLASS.get(key) ?? NOUN_CLASS.get(singular(key));
  // British spellings folded ("jewellery" / "jewelry"): a capitalised head noun is not a lemma, so not folded yet.
  return known ?? americanSpelling(singular(key));
}

export function nounsMatch(a: string, b: string): boolean {
  return nounClass(a) === nounClass(b);
}

/** Factors to a base unit per dimension; units not listed compare only with themselves. */
const UNIT_BASE = wordTable<{ dimension: string; factor: number }>({
  m: { dimension: 'length', factor: 1 },
  km: { dimension: 'length', factor: 1000 },
  cm: { dimension: 'length', factor: 0.01 },
  ft: { dimension: 'length', factor: 0.3048 },
  mi: { dimension: 'length', factor: 1609.344 },
  mile: { dimension: 'length', factor: 1609.344 },
  yd: { dimension: 'length', factor: 0.9144 },
  kg: { dimension: 'mass', factor: 1 },
  g: { dimension: 'mass', factor: 0.001 },
  t: { dimension: 'mass', factor: 1000 },
  tonne: { dimension: 'mass', factor: 1000 },
  lb: { dimension: 'mass', factor: 0.45359237 },
  ha: { dimension: 'area', factor: 10000 },
  km2: { dimension: 'area', factor: 1e6 },
  acre: { dimension: 'area', factor: 4046.8564 },
  'km/h': { dimension: 'speed', factor: 1 },
  mph: { dimension: 'speed', factor: 1.609344 },
});

/** The dimension a unit measures ('length' for ft and km), the unit itself when it has no listed base. */
export function unitDimension(unit: string): string {
  return UNIT_BASE[unit]?.dimension ?? unit;
}

/** ISO 4217 codes are three capital letters; amounts in two currencies are never compared raw. */
export function isCurrency(unit: string | null): boolean {
  return unit !== null && /^[A-Z]{3}$/.test(unit);
}

export type UnitRelation =
  | { comparable: true; factorA: number; factorB: number; converted: boolean }
  | { comparable: false; reason: 'currency' | 'dimension' };

/** How two normalised units relate: the factors bring both values to one base. */
export function relateUnits(a: string | null, b: string | null): UnitRelation {
  if (a === b) return { comparable: true, factorA: 1, factorB: 1, converted: false };
  if (isCurrency(a) && isCurrency(b)) return { comparable: false, reason: 'currency' };
  const ua = a === null ? undefined : UNIT_BASE[a];
  const ub = b === null ? undefined : UNIT_BASE[b];
  if (ua && ub && ua.dimension === ub.dimension) {
    return { comparable: true, factorA: ua.factor, factorB: ub.factor, converted: true };
  }
  return { comparable: false, reason: 'dimension' };
}

/**
 * Rough value of a currency unit in US dollars (a middle of recent decades' rates). Used only to
 * let two sums in two currencies agree within CURRENCY_TOLERANCE, never to call them different.
 */
const APPROX_USD: Record<string, number> = {
  USD: 1, EUR: 1.2, GBP: 1.4, CHF: 1.05, JPY: 0.009, CNY: 0.15, CAD: 0.78, AUD: 0.75, NZD: 0.7,
  INR: 0.014, ZAR: 0.08, RUB: 0.02, SEK: 0.11, NOK: 0.11, DKK: 0.16, HKD: 0.13, SGD: 0.74,
};
/** Ratio two converted sums may be apart and still be the same sum (rates move over the years). */
export const CURRENCY_TOLERANCE = 1.35;

/** Dollars per unit of a currency, when known. */
export function approxUsd(currency: string | null): number | null {
  return currency === null ? null : (APPROX_USD[currency] ?? null);
}

/** Words that mark a figure as a running total rather than one event's count. */
export const RUNNING_MARKERS =
  /\b(since|so far|to date|thus far|until now|up to now|already|in total|a total of|total of|overall|cumulative|rose to|risen to|rising to|climbed to|climbing to|jumped to|increased to|has reached|have reached|toll|tally|count(?:ed)? at)\b/i;

/** Marks a count over a period that keeps running ("since October 17", "so far this year"). */
export const PERIOD_MARKERS = /\b(since|so far|to date|thus far|until now|up to now|already)\b/i;

/** Predicate classes whose counts accumulate over time (tolls, arrests, attacks). */
export const CUMULATIVE_CLASSES = new Set(['kill', 'wound', 'arrest', 'strike', 'rescue']);
export const CUMULATIVE_NOUNS = new Set(['death', 'injury', 'arrest', 'attack', 'night', 'day', 'case', 'victim', 'casualty']);

/** Predicate classes that happen once to one person: a differing date is a conflict, not another event. */
export const ONCE_ONLY_CLASSES = new Set(['kill', 'bear', 'born', 'found', 'establish', 'marry', 'elect']);

export const DIRECTIONS = [
  'north-east', 'north-west', 'south-east', 'south-west',
  'northeast', 'northwest', 'southeast', 'southwest',
  'north', 'south', 'east', 'west',
] as const;

/** Canonical direction: "north-east" and "northeast" are one. */
export function directionKey(word: string): string {
  return word.toLowerCase().replace('-', '');
}
