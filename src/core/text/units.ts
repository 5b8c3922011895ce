/**
 * Units of measure and currencies: recognise a unit written after (or a currency before) a number,
 * and normalise it so figures compare across outlets.
 *
 * Normal units: lengths → 'km' or 'm' (miles → km, feet/yards → m); areas → 'km2' or 'm2';
 * masses → 'kg' or 'tonne' (tons are read as tonnes: the short/long ton difference is inside any
 * sensible comparison tolerance); speeds → 'km/h'; 'percent'; 'percentage-point'; 'magnitude';
 * 'age' (years of age); durations stay in their own unit ('minute', 'hour', 'day', 'week',
 * 'month', 'year'; decades → years) because "three days" and "72 hours" are rarely the same claim;
 * currencies → ISO code, never converted (rates are the comparer's business).
 */
import { wordTable } from './word-table';

export type UnitKind =
  | 'length' | 'area' | 'mass' | 'speed' | 'percent' | 'currency' | 'magnitude' | 'age' | 'duration';

export interface UnitDef {
  /** Normalised unit name. */
  unit: string;
  /** Multiply the written value by this to get the value in `unit`. */
  factor: number;
  kind: UnitKind;
}

export interface UnitMatch extends UnitDef {
  /** Offsets of the unit words in the text (leading space excluded). */
  start: number;
  end: number;
}

const MILE = 1.609344;
const def = (unit: string, factor: number, kind: UnitKind): UnitDef => ({ unit, factor, kind });

/** Unit words written after a number, longest forms first. */
const SUFFIX_UNITS: ReadonlyArray<readonly [string, UnitDef]> = [
  [String.raw`%|per\s?cent|percent|pct`, def('percent', 1, 'percent')],
  [String.raw`percentage\s+points?`, def('percentage-point', 1, 'percent')],
  [String.raw`km\/h|kph|kmh|km\/hr|kilomet(?:re|er)s?\s+(?:per|an|a)\s+hour`, def('km/h', 1, 'speed')],
  [String.raw`mph|miles?\s+(?:per|an|a)\s+hour`, def('km/h', MILE, 'speed')],
  [String.raw`knots?`, def('km/h', 1.852, 'speed')],
  [String.raw`(?:sq\.?|square)\s+(?:km|kilomet(?:re|er)s?)|km2|km²`, def('km2', 1, 'area')],
  [String.raw`(?:sq\.?|square)\s+(?:mi|miles?)`, def('km2', MILE * MILE, 'area')],
  [String.raw`(?:sq\.?|square)\s+(?:m|met(?:re|er)s?)|m2|m²`, def('m2', 1, 'area')],
  [String.raw`(?:sq\.?|square)\s+(?:ft|feet|foot)`, def('m2', 0.09290304, 'area')],
  [String.raw`hectares?|ha`, def('km2', 0.01, 'area')],
  [String.raw`acres?`, def('km2', 0.0040468564224, 'area')],
  [String.raw`nautical\s+miles?|nmi`, def('km', 1.852, 'length')],
  [String.raw`km|kms|kilomet(?:re|er)s?`, def('km', 1, 'length')],
  [String.raw`miles?|mi`, def('km', MILE, 'length')],
  [String.raw`cm|centimet(?:re|er)s?`, def('m', 0.01, 'length')],
  [String.raw`m|met(?:re|er)s?`, def('m', 1, 'length')],
  [String.raw`ft|feet|foot`, def('m', 0.3048, 'length')],
  [String.raw`yards?|yds?`, def('m', 0.9144, 'length')],
  [String.raw`kg|kgs|kilos?|kilogra(?:m|mme)s?`, def('kg', 1, 'mass')],
  [String.raw`pounds?\s+sterling|sterling`, def('GBP', 1, 'currency')],
  [String.raw`lbs?|pounds?`, def('kg', 0.45359237, 'mass')],
  [String.raw`metric\s+tons?|tonnes?|tons?`, def('tonne', 1, 'mass')],
  [String.raw`(?:us|u\.s\.|american)\s+dollars?|dollars?|usd`, def('USD', 1, 'currency')],
  [String.raw`euros?|eur`, def('EUR', 1, 'currency')],
  [String.raw`gbp`, def('GBP', 1, 'currency')],
  [String.raw`yen|jpy`, def('JPY', 1, 'currency')],
  [String.raw`yuan|renminbi|cny|rmb`, def('CNY', 1, 'currency')],
  [String.raw`rupees?|inr`, def('INR', 1, 'currency')],
  [String.raw`roubles?|rubles?|rub`, def('RUB', 1, 'currency')],
  [String.raw`on\s+the\s+richter\s+scale|magnitude`, def('magnitude', 1, 'magnitude')],
  [String.raw`years?[\s-]old|yrs?[\s-]old`, def('age', 1, 'age')],
  [String.raw`minutes?|mins?`, def('minute', 1, 'duration')],
  [String.raw`hours?|hrs?`, def('hour', 1, 'duration')],
  [String.raw`days?`, def('day', 1, 'duration')],
  [String.raw`weeks?`, def('week', 1, 'duration')],
  [String.raw`months?`, def('month', 1, 'duration')],
  [String.raw`years?|yrs?`, def('year', 1, 'duration')],
  [String.raw`decades?`, def('year', 10, 'duration')],
];

const SUFFIX_RES = SUFFIX_UNITS.map(
  ([src, d]) => [new RegExp(String.raw`[ \t\u00a0]*(${src})(?![\p{L}\d]|-\p{L})`, 'iuy'), d] as const,
);
const WHOLE_WORD_RES = SUFFIX_UNITS.map(([src, d]) => [new RegExp(`^(?:${src})$`, 'iu'), d] as const);

/** The unit written at `pos` (after optional spaces), or null. */
export function matchUnitAt(text: string, pos: number): UnitMatch | null {
  for (const [re, d] of SUFFIX_RES) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m === null) continue;
    const word = m[1] ?? '';
    return { ...d, start: m.index + m[0].length - word.length, end: m.index + m[0].length };
  }
  return null;
}

/** Unit named by one word or hyphen part ("km", "magnitude", "day"), or null. */
export function unitOfWord(word: string): UnitDef | null {
  for (const [re, d] of WHOLE_WORD_RES) if (re.test(word)) return d;
  return null;
}

const CURRENCY_SYMBOLS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:US|U\.S\.)\s?\$\s?$/, 'USD'],
  [/A\$\s?$/, 'AUD'],
  [/C\$\s?$/, 'CAD'],
  [/HK\$\s?$/, 'HKD'],
  [/\$\s?$/, 'USD'],
  [/€\s?$/, 'EUR'],
  [/£\s?$/, 'GBP'],
  [/¥\s?$/, 'JPY'],
  [/₹\s?$/, 'INR'],
  [/(?:^|[^\p{L}])(USD|EUR|GBP|JPY|CNY|INR|AUD|CAD)\s$/u, ''],
];

/** A currency sign or ISO code written right before `pos` ("$", "US$", "€", "USD "), or null. */
export function matchCurrencyBefore(text: string, pos: number): { code: string; start: number } | null {
  const left = text.slice(Math.max(0, pos - 8), pos);
  for (const [re, code] of CURRENCY_SYMBOLS) {
    const m = re.exec(left);
    if (m === null) continue;
    const iso = code === '' ? (m[1] ?? '') : code;
    const offset = code === '' ? m[0].indexOf(iso) : m.index;
    return { code: iso, start: pos - left.length + offset };
  }
  return null;
}

const MULTIPLIER_WORDS = wordTable<number>({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12,
});
const MULTIPLIER_RE = /[ \t\u00a0]*(thousand|million|billion|trillion|mln|mn|bn|tn|m|b|k)(?![\p{L}\d])/iuy;
const ABBREVIATED = new Set(['k', 'm', 'mn', 'mln', 'bn', 'b', 'tn']);

export interface MultiplierMatch {
  factor: number;
  word: string;
  abbreviated: boolean;
  start: number;
  end: number;
}

/** A scale word written at `pos` ("million", "bn", "m"), or null. Whether "m" means million is the caller's call. */
export function matchMultiplierAt(text: string, pos: number): MultiplierMatch | null {
  MULTIPLIER_RE.lastIndex = pos;
  const m = MULTIPLIER_RE.exec(text);
  if (m === null) return null;
  const word = (m[1] ?? '').toLowerCase();
  const factor = MULTIPLIER_WORDS[word];
  if (factor === undefined) return null;
  const end = m.index + m[0].length;
  return { factor, word, abbreviated: ABBREVIATED.has(word), start: end - word.length, end };
}

/** Written value in the normalised unit, rounded to drop floating-point noise. */
export function toNormalUnit(value: number, unit: UnitDef): number {
  return roundSignificant(value * unit.factor);
}

export function roundSignificant(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number.parseFloat(x.toPrecision(12));
}
