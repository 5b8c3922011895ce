/**
 * Quantities in a sentence: value, hedge and bounds, unit, what is counted and the event that
 * governs the figure ("at least 151 attacks" → 151, at-least, [151, OPEN_HIGH], noun 'attack',
 * role 'strike').
 *
 * Decisions:
 * - Open upper bounds are OPEN_HIGH (Number.MAX_SAFE_INTEGER), not Infinity, so slots survive
 *   JSON and zod round-trips; test with isOpenHigh().
 * - Bounds per hedge: exact [v, v]; about ±10% [0.9v, 1.1v]; at-least and more-than [v, open)
 *   (more-than is exclusive; the hedge says so); nearly [0.85v, v]; up-to and less-than [0, v]
 *   ("as many as" is read as up-to: an upper figure, not an estimate).
 * - Vague amounts (hedge 'vague'): a few [2,5], several [3,9], a couple [2,3], a handful [2,5],
 *   dozens [24,99], scores [40,99], hundreds [200,999], thousands [2000,9999], tens of X
 *   [20X, 100X), hundreds of X [200X, 1000X), "a number of"/"numerous" [2, open). Their value
 *   is the midpoint, or the lower bound when open.
 * - Dozen idioms ("a dozen", "two dozen", "half a dozen") are read as 'about'.
 * - Ranges ("10 to 15", "10-15", "between 10 and 15", "two or three") give value = midpoint,
 *   [low, high] as written and hedge 'about'.
 * - noun: lemma of the head noun after the figure, skipping modifiers ("four Danish aid
 *   workers" → 'worker'); otherwise a tally word before it ("the death toll rose to 24" → 'toll');
 *   otherwise the noun of an earlier figure with the same role that this one elides ("1,800 in
 *   Mali and 600 in Niger").
 * - role: the event class of the counted noun itself ("151 attacks" → strike), else the nearest
 *   event predicate in the same clause, else in the same sentence part.
 */
import type { Hedge, QuantitySlot } from '../model';
import { isEventClass, predicateClassAt, predicateClassOf } from './predicates';
import { STOPWORDS, isIrregularVerbForm, tokenize, type Token } from './tokens';
import {
  matchCurrencyBefore,
  matchMultiplierAt,
  matchUnitAt,
  roundSignificant,
  toNormalUnit,
  unitOfWord,
  type UnitDef,
} from './units';
import { wordTable } from './word-table';

export const OPEN_HIGH = Number.MAX_SAFE_INTEGER;

export function isOpenHigh(x: number): boolean {
  return x >= OPEN_HIGH;
}

/** Bounds implied by a hedge on a written value or range. */
export function hedgeBounds(hedge: Hedge, low: number, high: number = low): [number, number] {
  switch (hedge) {
    case 'about':
      return [roundSignificant(low * 0.9), roundSignificant(high * 1.1)];
    case 'at-least':
    case 'more-than':
      return [low, OPEN_HIGH];
    case 'nearly':
      return [roundSignificant(low * 0.85), high];
    case 'up-to':
    case 'less-than':
      return [0, high];
    default:
      return [low, high];
  }
}

// ---------------------------------------------------------------------------------------------
// Lexicon (general English)

const SMALL = wordTable<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
const SCALE = wordTable<number>({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
const PLURAL_SCALE = wordTable<number>({ hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 });

const HEDGES: ReadonlyArray<readonly [string, Hedge]> = [
  ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['not less than', 'at-least'],
  ['not fewer than', 'at-least'], ['a minimum of', 'at-least'], ['at least', 'at-least'],
  ['no more than', 'up-to'], ['not more than', 'up-to'], ['a maximum of', 'up-to'],
  ['as many as', 'up-to'], ['as much as', 'up-to'], ['up to', 'up-to'], ['at most', 'up-to'],
  ['in excess of', 'more-than'], ['upwards of', 'more-than'], ['more than', 'more-than'],
  ['well over', 'more-than'], ['just over', 'more-than'], ['over', 'more-than'],
  ['above', 'more-than'], ['exceeding', 'more-than'],
  ['just shy of', 'nearly'], ['just under', 'nearly'], ['close to', 'nearly'], ['nearly', 'nearly'],
  ['almost', 'nearly'], ['approaching', 'nearly'],
  ['less than', 'less-than'], ['fewer than', 'less-than'], ['under', 'less-than'], ['below', 'less-than'],
  ['an estimated', 'about'], ['estimated', 'about'], ['approximately', 'about'], ['approx', 'about'],
  ['roughly', 'about'], ['around', 'about'], ['about', 'about'], ['some', 'about'], ['circa', 'about'],
];
const HEDGE_PHRASES = HEDGES.map(([p, h]) => [p.split(' '), h] as const);

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Words that make the number after them a label, not an amount ("Flight 370", "No. 10"). */
const ID_WORDS = new Set([
  'flight', 'route', 'number', 'no', 'nos', 'highway', 'interstate', 'room', 'gate', 'platform',
  'chapter', 'section', 'article', 'page', 'line', 'bus', 'channel', 'level', 'phase', 'category',
  'version', 'model', 'type', 'class', 'grade', 'step', 'track', 'episode', 'season', 'exit',
  'apartment', 'apt', 'suite', 'unit', 'ward', 'district', 'precinct', 'block', 'lot', 'box', 'code',
  'terminal', 'pier', 'row', 'seat', 'floor', 'building', 'resolution', 'item', 'paragraph',
  'clause', 'amendment', 'proposition', 'stage', 'vol', 'tel', 'phone', 'fax', 'ext', 'pp', 'p',
]);
const STREET_WORDS = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr',
  'way', 'place', 'pl', 'court', 'ct', 'terrace', 'parkway', 'pkwy', 'highway', 'hwy', 'square',
  'sq', 'crescent', 'alley', 'plaza',
]);
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/i;
const SCORE_WORDS = new Set(['win', 'victory', 'defeat', 'loss', 'lead', 'draw', 'tie', 'vote', 'decision', 'majority', 'scoreline', 'margin']);
/** Words after which a year-like number is still a year even before a plural ("the 2022 elections"). */
const YEAR_CONTEXT = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'in', 'since', 'of', 'by', 'until', 'from', 'before', 'after', 'during', 'till', 'to', 'for', 'between', 'and', 'late', 'early', 'mid']);
/** Words before "one" that make it a pronoun ("no one", "the one", "each one"). */
const ONE_PRONOUN_BEFORE = new Set(['no', 'the', 'every', 'any', 'each', 'this', 'that', 'which', 'another', 'such', 'someone', 'little']);
const ONE_PRONOUN_AFTER = new Set(['of', 'another', 'by', 'after', 'hand', 'who', 'that', 'which']);
const PLURAL_IRREGULAR = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'crew', 'cattle', 'feet', 'others', 'youths', 'troops']);
const NOUN_PREMODIFIER_SKIP = new Set(['more', 'other', 'additional', 'further', 'extra', 'fellow', 'separate', 'different', 'new']);
const DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my']);
const PRONOUNS = new Set(['them', 'us', 'you', 'those', 'these', 'which', 'whom', 'it']);
/** Words that end a noun phrase after a figure ("two months ago", "three days later"). */
const NOUN_STOP = new Set([
  'ago', 'later', 'earlier', 'old', 'long', 'away', 'apart', 'each', 'apiece', 'total', 'overall',
  'alone', 'early', 'late', 'last', 'next', 'today', 'yesterday', 'tonight', 'tomorrow', 'overnight',
  'instead', 'worth',
  // "12 km north of the port": a bearing says where, not what is counted.
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
  'north-east', 'north-west', 'south-east', 'south-west', 'northward', 'southward', 'eastward', 'westward',
  'offshore', 'inland', 'upstream', 'downstream', 'above', 'below', 'deep', 'high', 'wide', 'tall',
]);
const TALLY_NOUNS = new Set(['toll', 'tally', 'count']);
const CLAUSE_WORDS = new Set(['and', 'but', 'while', 'whereas', 'or']);

// ---------------------------------------------------------------------------------------------
// Scanning

interface Draft {
  /** Token indexes covered by hedge + figure + unit (inclusive). */
  first: number;
  last: number;
  start: number;
  end: number;
  value: number;
  low: number;
  high: number;
  hedge: Hedge;
  unit: string | null;
  noun: string | null;
  role: string | null;
}

interface Core {
  first: number;
  last: number;
  start: number;
  end: number;
  low: number;
  high: number;
  /** Hedge carried by the words themselves ("dozens", "half a dozen"), if any. */
  hedge: Hedge | null;
  unit: UnitDef | null;
  /** Scale or unit already applied (so a range partner can borrow it). */
  scale: number;
  isDigits: boolean;
  /** A bare 4-digit integer without separators that may be a calendar year. */
  yearLike: boolean;
  /** Written as "10-15" with no spaces: also how scores and records are written. */
  gluedRange?: boolean;
  currency: boolean;
}

type Read = { core: Core } | { skipTo: number } | null;

// Bounded local part: an unbounded one backtracks quadratically over long runs without "@".
const URL_RE = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+/g;

class Scanner {
  readonly tokens: Token[];
  private readonly urls: Array<[number, number]> = [];
  constructor(readonly text: string) {
    this.tokens = joinSpacedThousands(tokenize(text), text);
    URL_RE.lastIndex = 0;
    for (let m = URL_RE.exec(text); m !== null; m = URL_RE.exec(text)) this.urls.push([m.index, m.index + m[0].length]);
  }

  /** Inside a web or mail address, where digits and words are not prose. */
  inUrl(pos: number): boolean {
    return this.urls.some(([a, b]) => pos >= a && pos < b);
  }

  tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** Text between token i-1 and token i (from the start of the text for i = 0). */
  gapBefore(i: number): string {
    const t = this.tokens[i];
    if (t === undefined) return '';
    const prev = this.tokens[i - 1];
    return this.text.slice(prev === undefined ? 0 : prev.end, t.start);
  }

  /** Text after token i up to the next token (or the end). */
  gapAfter(i: number): string {
    const t = this.tokens[i];
    if (t === undefined) return '';
    const next = this.tokens[i + 1];
    return this.text.slice(t.end, next === undefined ? this.text.length : next.start);
  }

  lower(i: number): string {
    return this.tokens[i]?.lower ?? '';
  }

  /** Index of the first token starting at or after offset `pos`. */
  indexAt(pos: number, from: number): number {
    let k = from;
    while (k < this.tokens.length && (this.tokens[k]?.start ?? 0) < pos) k++;
    return k;
  }

  isSentenceInitial(i: number): boolean {
    return i === 0 || /[.!?:;"“(—–]\s*$/.test(this.gapBefore(i));
  }
}

/**
 * Text copied with a space after a thousands comma ("2, 000ft") reads as one number when the group
 * after the comma could never stand alone: it starts with a zero, or a unit is glued to it. A
 * list ("1, 250 metres") stays two numbers.
 */
function joinSpacedThousands(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const group = tokens[i + 1];
    const prev = out[out.length - 1];
    const inList = prev !== undefined && /^\d/.test(prev.text) && /^\s*,\s*$/.test(text.slice(prev.end, t.start));
    if (group && !inList && /^\d{1,3}$/.test(t.text) && text.slice(t.end, group.start) === ', ' && /^\d{3}$/.test(group.text)) {
      const after = tokens[i + 2];
      const gluedUnit = after !== undefined && after.start === group.end && /^\p{L}/u.test(after.text);
      if (group.text.startsWith('0') || gluedUnit) {
        const joined = `${t.text},${group.text}`;
        out.push({ text: joined, lower: joined, lemma: joined, start: t.start, end: group.end });
        i++;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

export function extractQuantities(sentence: string): QuantitySlot[] {
  const sc = new Scanner(sentence);
  const drafts: Draft[] = [];
  let i = 0;
  while (i < sc.tokens.length) {
    const read = readQuantity(sc, i);
    if (read === null) {
      i++;
    } else if ('skipTo' in read) {
      i = Math.max(i + 1, read.skipTo);
    } else {
      drafts.push(read.draft);
      i = read.draft.last + 1;
    }
  }
  const segments = clauseBoundaries(sc);
  for (const d of drafts) d.noun = nounAfter(sc, d) ?? nounBefore(sc, d, segments.minor);
  for (const d of drafts) d.role = roleOf(sc, d, segments);
  inheritElidedNouns(sc, drafts);
  return drafts.map((d) => ({
    raw: sentence.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    value: d.value,
    low: d.low,
    high: d.high,
    hedge: d.hedge,
    unit: d.unit,
    noun: d.noun,
    role: d.role,
  }));
}

function readQuantity(sc: Scanner, i: number): { draft: Draft } | { skipTo: number } | null {
  const first = readCore(sc, i, false);
  if (first === null || 'skipTo' in first) return first;
  let core = first.core;

  // Units written before the figure: "magnitude 6.1", "a magnitude of 6.1", "aged 16".
  let start = core.start;
  let firstTok = core.first;
  if (core.unit === null) {
    const prefix = unitBefore(sc, core);
    if (prefix !== null) {
      core = { ...core, unit: prefix.unit };
      start = prefix.start;
      firstTok = prefix.first;
    }
  }

  const betweenRange = sc.lower(firstTok - 1) === 'between';
  const range = readRangeTail(sc, core, betweenRange);
  if (range !== null) core = range;

  if (core.unit === null && !core.currency) {
    const suffix = readUnitAfter(sc, core);
    if (suffix !== null) core = suffix;
  }

  core = ageAfterName(sc, core) ?? yearOld(sc, core) ?? core;

  if (isNotAnAmount(sc, core, firstTok)) return core.isDigits ? { skipTo: core.last + 1 } : null;

  // Hedge words before the figure (or before "between").
  let hedge: Hedge | null = null;
  if (range !== null && betweenRange) {
    const between = sc.tok(firstTok - 1);
    if (between !== undefined) {
      start = between.start;
      firstTok -= 1;
    }
  }
  const pre = hedgeBefore(sc, firstTok, start);
  if (pre !== null) {
    hedge = pre.hedge;
    start = pre.start;
    firstTok = pre.first;
  }
  let end = core.end;
  let last = core.last;
  if (hedge === null) {
    const post = hedgeAfter(sc, last, end);
    if (post !== null) {
      hedge = post.hedge;
      end = post.end;
      last = post.last;
    }
  }

  let low = core.low;
  let high = core.high;
  const isRange = range !== null || (core.low !== core.high && core.hedge === null);
  const ownHedge = core.hedge;
  let finalHedge: Hedge;
  if (hedge === null) {
    finalHedge = ownHedge ?? (isRange ? 'about' : 'exact');
    if (finalHedge !== 'vague' && !isRange) [low, high] = hedgeBounds(finalHedge, low, high);
  } else {
    finalHedge = hedge;
    [low, high] = hedgeBounds(hedge, low, high);
    if (hedge === 'about' && (isRange || ownHedge === 'vague')) [low, high] = [core.low, core.high];
  }
  const mid = isOpenHigh(core.high) ? core.low : (core.low + core.high) / 2;
  const value = ownHedge === 'vague' ? Math.round(mid) : roundSignificant(mid);
  return {
    draft: {
      first: firstTok,
      last,
      start,
      end,
      value,
      low: roundSignificant(low),
      high: isOpenHigh(high) ? OPEN_HIGH : roundSignificant(high),
      hedge: finalHedge,
      unit: core.unit?.unit ?? null,
      noun: null,
      role: null,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Figures

const DIGITS_RE = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/;

function parseDigits(s: string): number | null {
  if (!DIGITS_RE.test(s)) return null;
  return Number.parseFloat(s.replace(/,/g, ''));
}

/** The figure starting at token i (no hedge, no range), a region to skip, or null. */
function readCore(sc: Scanner, i: number, inRange: boolean): Read {
  const t = sc.tok(i);
  if (t === undefined) return null;
  if (sc.inUrl(t.start)) return { skipTo: i + 1 };
  if (/^\d/.test(t.text)) return readDigitCore(sc, i, inRange);
  if (t.lower.startsWith('magnitude-')) {
    const v = parseDigits(t.text.slice('magnitude-'.length));
    if (v === null) return null;
    return { core: simpleCore(i, i, t.start, t.end, v, unitOfWord('magnitude'), true) };
  }
  return readWordCore(sc, i);
}

function simpleCore(first: number, last: number, start: number, end: number, v: number, unit: UnitDef | null, isDigits: boolean): Core {
  return { first, last, start, end, low: v, high: v, hedge: null, unit, scale: 1, isDigits, yearLike: false, currency: false };
}

function readDigitCore(sc: Scanner, i: number, inRange: boolean): Read {
  const t = sc.tok(i);
  if (t === undefined) return null;
  const text = sc.text;
  const before = text[t.start - 1] ?? ' ';
  // Part of an id, a calibre, a fraction or a contraction: "#10", ".38", "'04", "24/7".
  if (/[#.,'’/\\_@\p{L}]/u.test(before) || sc.inUrl(t.start)) return { skipTo: i + 1 };
  const parts = t.text.split(/[-‐‑]/);
  const head = parts[0] ?? '';
  const v = parseDigits(head);
  if (v === null) return { skipTo: i + 1 };
  const after = sc.gapAfter(i);
  const next = sc.tok(i + 1);
  // Zero-padded digits belong to times and codes ("02:03", "007"); "2, 000" is a broken figure.
  if (/^0\d/.test(head)) return { skipTo: i + 1 };
  if (after === ', ' && next !== undefined && /^0\d\d/.test(next.text)) return { skipTo: i + 2 };

  // Clock times, ratios, fractions and numeric dates: "7:37", "3:1", "24/7", "12/25".
  if (/^[:/×x]$/.test(after) && next !== undefined && /^\d/.test(next.text)) return { skipTo: i + 2 };
  // Phone numbers and other digit groups: "(212) 555-1234", "020 7946 0958".
  if (next !== undefined && /^\d/.test(next.text) && /^[\s().]+$/.test(after) && !inRange) {
    let k = i + 1;
    while (/^\d/.test(sc.tok(k + 1)?.text ?? '') && /^[\s().:\/-]+$/.test(sc.gapAfter(k))) k++;
    return { skipTo: k + 1 };
  }
  // Letters glued to the digits: ordinals, decades, ids ("52nd", "1990s", "9mm", "4G").
  if (next !== undefined && after === '' && !isGluedScaleOrUnit(next.lower)) return { skipTo: i + 2 };

  let core = simpleCore(i, i, t.start, t.end, v, null, true);
  core.yearLike = /^\d{4}$/.test(head) && v >= 1000 && v <= 2100;

  if (parts.length > 1) {
    const hyphenated = readHyphenTail(core, parts.slice(1), v);
    if (hyphenated === null) return { skipTo: i + 1 };
    core = hyphenated;
    if (sc.tok(i + 1) !== undefined && SCORE_WORDS.has(sc.lower(i + 1)) && core.high !== core.low) return { skipTo: i + 2 };
  }

  // Currency before: "$136m", "US$5", "€103m".
  const cur = matchCurrencyBefore(text, t.start);
  if (cur !== null && (core.unit === null || core.scale > 1)) {
    core.start = cur.start;
    core.first = sc.indexAt(cur.start, Math.max(0, i - 3));
    core.currency = true;
    core.unit = { unit: cur.code, factor: 1, kind: 'currency' };
    core.yearLike = false;
  }
  // Scale: "1.5 million", "$136m", "2.5bn".
  const mult = parts.length > 1 ? null : matchMultiplierAt(text, t.end);
  if (mult !== null && acceptsMultiplier(sc, mult, core.currency, t.end, i)) {
    core.low *= mult.factor;
    core.high *= mult.factor;
    core.scale = mult.factor;
    core.end = mult.end;
    core.last = sc.indexAt(mult.end, i) - 1;
    core.yearLike = false;
    // "2 million-euro heist": a currency joined to the scale.
    const joined = /^-(\p{L}+)/u.exec(text.slice(mult.end));
    const money = joined && !core.currency ? scaledCurrencyTail([mult.word, joined[1]!]) : null;
    if (money !== null) {
      core.unit = money.unit;
      core.currency = true;
      core.end = mult.end + joined![0].length;
      core.last = sc.indexAt(core.end, i) - 1;
    }
  }
  // "100+ people"
  if (core.end === t.end && /^\+(?!\d)/.test(after)) {
    core.hedge = 'at-least';
    core.end += 1;
    core.yearLike = false;
  }
  // Letters still glued to the figure must be a unit ("10km"), else it is an id ("5k", "3b").
  if (core.end === t.end && after === '' && next !== undefined && matchUnitAt(text, t.end) === null) return { skipTo: i + 2 };
  return { core };
}

function isGluedScaleOrUnit(lower: string): boolean {
  if (ORDINAL_SUFFIX.test(lower)) return false;
  return /^(?:m|mn|bn|b|k|tn|km|kms|kg|kgs|ft|mph|kph|kmh|mi|cm|ha|lbs?|m2|km2)$/.test(lower);
}

function acceptsMultiplier(sc: Scanner, mult: { word: string; abbreviated: boolean; start: number; end: number }, currency: boolean, numberEnd: number, numberIndex: number): boolean {
  if (!mult.abbreviated) return true;
  if (currency) return true;
  const glued = mult.start === numberEnd;
  if (!glued) return false;
  if (mult.word === 'bn' || mult.word === 'mn' || mult.word === 'mln' || mult.word === 'tn') return true;
  if (mult.word === 'm') {
    // "5m people" is five million; "a 10m wall" is ten metres.
    const k = sc.indexAt(mult.end, numberIndex);
    const next = sc.tok(k);
    return next !== undefined && /^\s+$/.test(sc.text.slice(mult.end, next.start)) && looksPlural(next);
  }
  return false;
}

/** Hyphen parts after a figure: "10-15", "6.1-magnitude", "16-year-old", "10-km", "100-plus". */
function readHyphenTail(core: Core, rest: string[], v: number): Core | null {
  const [a, b] = rest;
  if (a === undefined) return core;
  const second = parseDigits(a);
  if (second !== null) {
    if (rest.length > 1) return null; // dates, phone numbers, product codes
    if (core.yearLike && /^\d{4}$/.test(a)) return null; // "2009-2012" is a period
    const phoneLike = /^\d{3}$/.test(String(v)) && /^\d{4}$/.test(a);
    if (second <= v || phoneLike) return null; // scores such as "3-1"
    return { ...core, low: v, high: second, hedge: null, yearLike: false, scale: 1, gluedRange: true };
  }
  const word = a.toLowerCase();
  if ((word === 'year' || word === 'yr') && b?.toLowerCase() === 'old') return { ...core, unit: unitOfWord('years old'), yearLike: false };
  const money = scaledCurrencyTail(rest);
  if (money) return { ...core, low: v * money.scale, high: v * money.scale, scale: money.scale, unit: money.unit, currency: true, yearLike: false };
  if (b !== undefined) return null;
  if (word === 'plus') return { ...core, hedge: 'at-least', yearLike: false };
  if (word === 'odd') return { ...core, hedge: 'about', yearLike: false };
  if (word === 'strong') return { ...core, yearLike: false };
  const scale = SCALE[word];
  if (scale !== undefined) return { ...core, low: v * scale, high: v * scale, scale, yearLike: false };
  const unit = unitOfWord(word);
  if (unit === null || unit.kind === 'currency') return null;
  return { ...core, low: toNormalUnit(v, unit), high: toNormalUnit(v, unit), unit, yearLike: false };
}

/** Number words: "three", "twenty-one", "a dozen", "two dozen", "half a dozen", "hundreds", "tens of thousands". */
function readWordCore(sc: Scanner, i: number): Read {
  const t = sc.tok(i);
  if (t === undefined) return null;
  const w = t.lower;
  const w1 = sc.lower(i + 1);
  const w2 = sc.lower(i + 2);
  const vague = (last: number, low: number, high: number): Read => {
    const end = sc.tok(last)?.end ?? t.end;
    return { core: { ...simpleCore(i, last, t.start, end, low, null, false), high, hedge: 'vague' } };
  };
  const plainGaps = (from: number, to: number): boolean => {
    for (let k = from + 1; k <= to; k++) if (!/^\s+$/.test(sc.gapBefore(k))) return false;
    return true;
  };

  // Proper names such as "Formula One" or "Channel Four".
  if (/^\p{Lu}/u.test(t.text) && !sc.isSentenceInitial(i) && (SMALL[w] !== undefined || w.includes('-'))) return null;

  if (w === 'tens' && w1 === 'of' && PLURAL_SCALE[w2] !== undefined && plainGaps(i, i + 2)) {
    const s = PLURAL_SCALE[w2] ?? 1;
    return vague(i + 2, 20 * s, 100 * s - 1);
  }
  if (w === 'hundreds' && w1 === 'of' && (w2 === 'thousands' || w2 === 'millions' || w2 === 'billions') && plainGaps(i, i + 2)) {
    const s = PLURAL_SCALE[w2] ?? 1;
    return vague(i + 2, 200 * s, 1000 * s - 1);
  }
  if (PLURAL_SCALE[w] !== undefined) {
    const s = PLURAL_SCALE[w] ?? 1;
    return vague(i, 2 * s, 10 * s - 1);
  }
  if (w === 'dozens') return vague(i, 24, 99);
  if (w === 'scores' && w1 === 'of') return vague(i, 40, 99);
  if (w === 'numerous') return vague(i, 3, OPEN_HIGH);
  if (w === 'several' || (w === 'a' && w1 === 'few')) {
    const last = w === 'several' ? i : i + 1;
    const [lo, hi] = w === 'several' ? [3, 9] : [2, 5];
    const scaleWord = sc.lower(last + 1);
    const s = scaleWord === 'dozen' ? 12 : SCALE[scaleWord];
    if (s !== undefined && plainGaps(last, last + 1)) return vague(last + 1, lo * s, hi * s);
    return vague(last, lo, hi);
  }
  if (w === 'a' && !plainGaps(i, i + 1)) return null;
  if (w === 'a' && w1 === 'couple' && w2 === 'of') return vague(i + 1, 2, 3);
  if (w === 'a' && w1 === 'handful') return vague(i + 1, 2, 5);
  if (w === 'a' && w1 === 'number' && w2 === 'of') return vague(i + 1, 2, OPEN_HIGH);

  if (w === 'half' && w1 === 'a' && (w2 === 'dozen' || SCALE[w2] !== undefined) && plainGaps(i, i + 2)) {
    const v = w2 === 'dozen' ? 6 : (SCALE[w2] ?? 1) / 2;
    const core = simpleCore(i, i + 2, t.start, sc.tok(i + 2)?.end ?? t.end, v, null, false);
    return { core: { ...core, hedge: w2 === 'dozen' ? 'about' : null } };
  }
  if (w === 'a' && (w1 === 'dozen' || SCALE[w1] !== undefined) && plainGaps(i, i + 1)) {
    return readNumberWords(sc, i + 1, t.start, 1);
  }
  if (SMALL[w] === undefined && SCALE[w] === undefined && !isHyphenNumberWord(w)) return null;
  if (SCALE[w] !== undefined) return null; // a bare "hundred" without a count before it
  return readNumberWords(sc, i, t.start, null);
}

function isHyphenNumberWord(w: string): boolean {
  const head = w.split('-')[0] ?? '';
  return w.includes('-') && SMALL[head] !== undefined;
}

/**
 * A run of number words from token i: "one hundred and twenty", "twenty-one", "two dozen",
 * "three million", "two and a half". `seed` is 1 after a leading "a" ("a hundred").
 */
function readNumberWords(sc: Scanner, i: number, start: number, seed: number | null): Read {
  let total = 0;
  let current = seed ?? 0;
  let seen = seed !== null;
  let last = i - 1;
  let hedge: Hedge | null = null;
  let unit: UnitDef | null = null;
  let k = i;
  for (; k < sc.tokens.length; k++) {
    const t = sc.tok(k);
    if (t === undefined) break;
    if (k > i && !/^\s+$/.test(sc.gapBefore(k))) break;
    const w = t.lower;
    if (w === 'and' && seen) {
      // "one hundred and twenty", "two and a half"
      const n1 = sc.lower(k + 1);
      if (SMALL[n1] !== undefined && total + current >= 100 && current % 100 === 0) continue;
      if (n1 === 'a' && sc.lower(k + 2) === 'half') {
        current += 0.5;
        last = k + 2;
        k += 2;
        continue;
      }
      break;
    }
    const parts = w.split('-');
    const headWord = parts[0] ?? '';
    if (SMALL[headWord] !== undefined) {
      if (seen && current % 100 !== 0 && current >= 1 && (SMALL[headWord] ?? 0) < 100) {
        // "twenty one" written without a hyphen
        if (!(current % 10 === 0 && current >= 20 && (SMALL[headWord] ?? 0) < 10)) break;
      }
      let v = SMALL[headWord] ?? 0;
      let p = 1;
      const second = parts[1];
      if (second !== undefined && SMALL[second] !== undefined && v >= 20 && v % 10 === 0) {
        v += SMALL[second] ?? 0;
        p = 2;
      }
      current += v;
      seen = true;
      last = k;
      if (p < parts.length) {
        const tail = readWordHyphenTail(parts.slice(p));
        if (tail === 'skip') return null;
        hedge = tail.hedge;
        unit = tail.unit;
        if (tail.scale !== undefined) current *= tail.scale;
        break;
      }
      continue;
    }
    if (w === 'dozen' && seen) {
      current *= 12;
      hedge = 'about';
      last = k;
      continue;
    }
    // "two million-euro heist": the scale and the currency joined by a hyphen.
    const money = seen ? scaledCurrencyTail(w.split('-')) : null;
    if (money !== null) {
      total += current * money.scale;
      current = 0;
      unit = money.unit;
      last = k;
      break;
    }
    const scale = SCALE[w];
    if (scale !== undefined && seen) {
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
      last = k;
      continue;
    }
    break;
  }
  if (!seen || last < i) return null;
  const value = total + current;
  const endTok = sc.tok(last);
  if (endTok === undefined) return null;
  const core = simpleCore(i, last, start, endTok.end, value, null, false);
  core.hedge = hedge;
  if (unit !== null) {
    core.unit = unit;
    core.low = core.high = toNormalUnit(value, unit);
    core.currency = unit.kind === 'currency';
  }
  if (!isCountingOne(sc, i, last, value, seed)) return null;
  if (seed !== null) core.first = i - 1;
  return { core };
}

/** "million-euro" in "a two-million-euro booty": a scale and a currency joined to the figure. */
function scaledCurrencyTail(rest: string[]): { scale: number; unit: UnitDef } | null {
  const [a, b] = rest;
  if (rest.length !== 2 || a === undefined || b === undefined) return null;
  const scale = SCALE[a.toLowerCase()];
  let unit = unitOfWord(b.toLowerCase());
  // "pound" after a scale is money, not weight ("a two-million-pound house").
  if (unit?.unit === 'kg' && /^pounds?$/i.test(b)) unit = { unit: 'GBP', factor: 1, kind: 'currency' };
  return scale !== undefined && scale >= 1000 && unit?.kind === 'currency' ? { scale, unit } : null;
}

/** Hyphen tail after a number word: "two-day", "three-year-old", "five-plus"; anything else is not a count ("one-way"). */
function readWordHyphenTail(rest: string[]): { hedge: Hedge | null; unit: UnitDef | null; scale?: number } | 'skip' {
  const money = scaledCurrencyTail(rest);
  if (money) return { hedge: null, unit: money.unit, scale: money.scale };
  const [a, b] = rest;
  if ((a === 'year' || a === 'yr') && b === 'old' && rest.length === 2) return { hedge: null, unit: unitOfWord('years old') };
  if (rest.length !== 1 || a === undefined) return 'skip';
  if (a === 'plus') return { hedge: 'at-least', unit: null };
  const unit = unitOfWord(a);
  if (unit === null || unit.kind === 'currency') return 'skip';
  return { hedge: null, unit };
}

/** "one" is a count only where it is not a pronoun: not "no one", "one of", "one another". */
function isCountingOne(sc: Scanner, first: number, last: number, value: number, seed: number | null): boolean {
  if (value !== 1 || seed !== null || first !== last) return true;
  if (sc.lower(first) !== 'one') return true;
  const prev = sc.lower(first - 1);
  const next = sc.lower(first + 1);
  if (ONE_PRONOUN_BEFORE.has(prev)) return false;
  if (prev === 'only' && sc.lower(first - 2) === 'the') return false;
  if (ONE_PRONOUN_AFTER.has(next)) return false;
  if (prev === 'at' && (next === 'point' || next === 'time' || next === 'stage')) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Around the figure: ranges, units, hedges

/** "Robert Smith, 32, said": a bare integer set off by commas right after a name is an age. */
function ageAfterName(sc: Scanner, core: Core): Core | null {
  if (!core.isDigits || core.unit !== null || core.scale > 1 || core.low !== core.high) return null;
  if (!Number.isInteger(core.low) || core.low < 1 || core.low > 120) return null;
  const prev = sc.tok(core.first - 1);
  if (prev === undefined || !/^\p{Lu}/u.test(prev.text) || STOPWORDS.has(prev.lower) || MONTHS.has(prev.lower.replace(/\.$/, ''))) return null;
  if (!/^,\s+$/.test(sc.gapBefore(core.first))) return null;
  if (!/^\s*(?:,|$|\.\s|\.$)/.test(sc.text.slice(core.end, core.end + 3))) return null;
  return { ...core, unit: unitOfWord('years old') };
}

/** "16-year old" written with one hyphen. */
function yearOld(sc: Scanner, core: Core): Core | null {
  if (core.unit?.unit !== 'year' || core.scale !== 1) return null;
  const next = sc.tok(core.last + 1);
  if (next?.lower !== 'old' || !/^\s+$/.test(sc.text.slice(core.end, next.start))) return null;
  return { ...core, unit: unitOfWord('years old'), end: next.end, last: core.last + 1 };
}

function unitBefore(sc: Scanner, core: Core): { unit: UnitDef; start: number; first: number } | null {
  const p1 = sc.lower(core.first - 1);
  const p2 = sc.lower(core.first - 2);
  const plain = /^\s+$/.test(sc.gapBefore(core.first));
  if (!plain) return null;
  const magnitude = unitOfWord('magnitude');
  if (p1 === 'magnitude' && magnitude !== null) return { unit: magnitude, start: sc.tok(core.first - 1)?.start ?? core.start, first: core.first - 1 };
  if (p1 === 'of' && p2 === 'magnitude' && magnitude !== null && /^\s+$/.test(sc.gapBefore(core.first - 1)))
    return { unit: magnitude, start: sc.tok(core.first - 2)?.start ?? core.start, first: core.first - 2 };
  const age = unitOfWord('years old');
  if ((p1 === 'aged' || p1 === 'age') && age !== null && core.low <= 130 && Number.isInteger(core.low))
    return { unit: age, start: sc.tok(core.first - 1)?.start ?? core.start, first: core.first - 1 };
  return null;
}

/** "10 to 15", "10 - 15", "between 10 and 15", "two or three" after a first figure. */
function readRangeTail(sc: Scanner, core: Core, between: boolean): Core | null {
  if (core.hedge === 'vague' || core.low !== core.high) return null;
  let k = core.last + 1;
  const gap = sc.text.slice(core.end, sc.tok(k)?.start ?? core.end);
  let unit1: UnitDef | null = core.unit;
  let unitEnd = core.end;
  if (unit1 === null) {
    const u = matchUnitAt(sc.text, core.end);
    if (u !== null && u.kind !== 'currency') {
      unit1 = u;
      unitEnd = u.end;
      k = sc.indexAt(u.end, k);
    }
  }
  const conn = sc.lower(k);
  const gapToConn = sc.text.slice(unitEnd, sc.tok(k)?.start ?? unitEnd);
  let next: number;
  if (between) {
    if (conn !== 'and' || !/^\s+$/.test(gapToConn)) return null;
    next = k + 1;
  } else if ((conn === 'to' || conn === 'or') && /^\s+$/.test(gapToConn)) {
    if (sc.lower(core.first - 1) === 'from') return null; // "from 10 to 15" is a change, not a range
    next = k + 1;
  } else if (/^\s*[-–]\s*$/.test(unit1 === core.unit ? gap : gapToConn) && /^\d/.test(sc.tok(k)?.text ?? '') && core.isDigits) {
    next = k;
  } else return null;
  if (!/^\s+$/.test(sc.gapBefore(next)) && next !== k) return null;
  const second = readCore(sc, next, true);
  if (second === null || 'skipTo' in second) return null;
  let c2 = second.core;
  if (c2.hedge === 'vague' || c2.low !== c2.high || c2.isDigits !== core.isDigits) return null;
  if (core.yearLike && c2.yearLike) return null; // "2009 to 2012" is a period
  if (c2.unit === null && !c2.currency) {
    const withUnit = readUnitAfter(sc, c2);
    if (withUnit !== null) c2 = withUnit;
  }
  const u2 = c2.unit;
  if (unit1 !== null && u2 !== null && unit1.unit !== u2.unit) return null;
  const unit = u2 ?? unit1;
  let low = core.low;
  if (unit1 === null && unit !== null && unit.kind !== 'currency') low = toNormalUnit(low, unit);
  if (unit1 === null && unit !== null && unit.kind === 'currency') low *= c2.scale;
  else if (core.scale === 1 && c2.scale > 1 && core.low < c2.low / c2.scale) low *= c2.scale;
  if (low >= c2.low) return null;
  if (conn === 'or' && c2.low > low * 10) return null;
  return { ...core, last: c2.last, end: c2.end, low, high: c2.low, unit, hedge: null, yearLike: false, currency: core.currency || c2.currency };
}

function readUnitAfter(sc: Scanner, core: Core): Core | null {
  const u = matchUnitAt(sc.text, core.end);
  if (u === null) return null;
  const k = sc.indexAt(u.end, core.last + 1);
  let unit: UnitDef = u;
  if (u.unit === 'kg' && /pound/i.test(sc.text.slice(u.start, u.end)) && core.scale > 1) unit = { unit: 'GBP', factor: 1, kind: 'currency' };
  if (unit.kind === 'currency') {
    return { ...core, unit, currency: true, end: u.end, last: k - 1, yearLike: false };
  }
  if (unit.kind === 'age' && !(Number.isInteger(core.low) && core.low <= 130)) return null;
  // "two decades" is a round span, about twenty years, not exactly twenty.
  const rounded = core.hedge === null && /^decades?$/i.test(sc.text.slice(u.start, u.end));
  return {
    ...core,
    ...(rounded ? { hedge: 'about' as const } : {}),
    unit,
    low: toNormalUnit(core.low, unit),
    high: toNormalUnit(core.high, unit),
    end: u.end,
    last: k - 1,
    yearLike: false,
  };
}

function hedgeBefore(sc: Scanner, first: number, start: number): { hedge: Hedge; start: number; first: number } | null {
  for (const [words, hedge] of HEDGE_PHRASES) {
    const from = first - words.length;
    if (from < 0) continue;
    let ok = true;
    for (let j = 0; j < words.length && ok; j++) ok = sc.lower(from + j) === words[j];
    if (!ok) continue;
    for (let j = from + 1; j < first && ok; j++) ok = /^\s+$/.test(sc.gapBefore(j));
    const lastWord = sc.tok(first - 1);
    if (!ok || lastWord === undefined || !/^\s+$/.test(sc.text.slice(lastWord.end, start))) continue;
    return { hedge, start: sc.tok(from)?.start ?? start, first: from };
  }
  return null;
}

function hedgeAfter(sc: Scanner, last: number, end: number): { hedge: Hedge; end: number; last: number } | null {
  const w1 = sc.lower(last + 1);
  const w2 = sc.lower(last + 2);
  const plain = /^\s+$/.test(sc.text.slice(end, sc.tok(last + 1)?.start ?? end)) && /^\s+$/.test(sc.gapBefore(last + 2));
  if (!plain || w1 !== 'or') return null;
  const hedge: Hedge | null = w2 === 'more' ? 'at-least' : w2 === 'so' ? 'about' : w2 === 'fewer' || w2 === 'less' ? 'up-to' : null;
  if (hedge === null) return null;
  return { hedge, end: sc.tok(last + 2)?.end ?? end, last: last + 2 };
}

/** Dates, years, labels, addresses: digits that are not amounts. */
function isNotAnAmount(sc: Scanner, core: Core, firstTok: number): boolean {
  if (!core.isDigits) return false;
  const hasMeasure = core.unit !== null || core.scale > 1 || core.currency;
  const prevIdx = firstTok - 1;
  const prev = sc.tok(prevIdx);
  const prevLower = sc.lower(prevIdx).replace(/\.$/, '');
  const next = sc.tok(core.last + 1);
  const nextLower = next?.lower ?? '';
  const v = core.low;
  const hedged = hedgeBefore(sc, firstTok, core.start) !== null;
  const dayLike = Number.isInteger(v) && v >= 1 && v <= 31 && core.low === core.high;

  if (!hasMeasure && dayLike && MONTHS.has(prevLower) && /^\.?\s+$/.test(sc.gapBefore(firstTok))) return true;
  if (!hasMeasure && dayLike && (MONTHS.has(nextLower) || (nextLower === 'of' && MONTHS.has(sc.lower(core.last + 2))))) return true;
  if (/^\s?(?:[ap]\.?m\.?|o['’]clock)(?![\p{L}])/iu.test(sc.text.slice(core.end, core.end + 8))) return true;
  if (core.yearLike && !hasMeasure && !hedged) {
    const countable = next !== undefined && looksPlural(next) && /^\s+$/.test(sc.gapAfter(core.last));
    if (!countable || YEAR_CONTEXT.has(prevLower) || MONTHS.has(prevLower)) return true;
  }
  if (hasMeasure || hedged) return false;
  // "10-15 people" is a range; "a 2-13 season" is a record.
  if (core.gluedRange === true && !(next !== undefined && looksPlural(next)) && sc.lower(firstTok - 1) !== 'between') return true;
  if (prev !== undefined && /^\s*$|^\.\s+$/.test(sc.gapBefore(firstTok))) {
    if (ID_WORDS.has(prevLower)) return true;
    const capitalised = /^\p{Lu}/u.test(prev.text) && !STOPWORDS.has(prev.lower);
    if (capitalised && !(next !== undefined && looksPlural(next))) return true;
  }
  if (isStreetNumber(sc, core.last + 1)) return true;
  if (/^(?:caliber|calibre)$/.test(nextLower)) return true;
  // "(1)" or "1." opening a list item.
  if (/\($/.test(sc.gapBefore(firstTok)) && /^\)/.test(sc.gapAfter(core.last)) && next !== undefined && !looksPlural(next)) return true;
  return false;
}

function isStreetNumber(sc: Scanner, k: number): boolean {
  for (let n = 0; n < 6; n++, k++) {
    const t = sc.tok(k);
    if (t === undefined) return false;
    if (n > 0 && STREET_WORDS.has(t.lower) && /^\p{Lu}/u.test(t.text)) return true;
    if (/^\d+$/.test(t.text) && ORDINAL_SUFFIX.test(sc.lower(k + 1)) && sc.gapAfter(k) === '') {
      k++;
      continue;
    }
    if (!/^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// What is counted, and what governs it

function looksPlural(t: Token): boolean {
  if (PLURAL_IRREGULAR.has(t.lower)) return true;
  if (t.lower.endsWith('men') && t.lemma.endsWith('man')) return true;
  if (t.text !== t.lower && !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false; // acronyms: "US", "UN"
  if (t.lower.length <= 3 || !t.lower.endsWith('s')) return false;
  if (/(?:ss|us|is)$/.test(t.lower)) return false;
  return t.lemma !== t.lower;
}

function isAcronym(t: Token): boolean {
  return t.text.length >= 2 && /^\p{Lu}+$/u.test(t.text);
}

function isVerbForm(t: Token): boolean {
  if (PLURAL_IRREGULAR.has(t.lower)) return false;
  return (/(?:ed|ing)$/.test(t.lower) && t.lemma !== t.lower) || isIrregularVerbForm(t.lower);
}

const LY_NOUNS = new Set(['family', 'rally', 'ally', 'assembly', 'supply', 'reply', 'anomaly', 'monopoly', 'belly', 'bully']);

function isAdverb(t: Token): boolean {
  return t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lemma);
}

function nounLemma(t: Token): string {
  if (/^\p{Lu}/u.test(t.text) && !looksPlural(t)) return t.lower.replace(/['’]s$/, '');
  return t.lemma;
}

function nounAfter(sc: Scanner, d: Draft): string | null {
  let k = d.last + 1;
  const first = sc.tok(k);
  if (first === undefined || !/^\s+$/.test(sc.text.slice(d.end, first.start))) return null;
  if (sc.lower(k) === 'of') {
    k++;
    if (PRONOUNS.has(sc.lower(k))) return null;
    if (DETERMINERS.has(sc.lower(k))) k++;
  }
  if (sc.lower(k) === 'worth' && sc.lower(k + 1) === 'of') k += 2; // "$2m worth of jewellery"
  while (NOUN_PREMODIFIER_SKIP.has(sc.lower(k)) && sc.tok(k + 1) !== undefined && /^\s+$/.test(sc.gapAfter(k))) k++;
  if (sc.lower(k) === 'others') return 'other';
  const run: Token[] = [];
  for (; k < sc.tokens.length && run.length < 5; k++) {
    const t = sc.tok(k);
    if (t === undefined) break;
    if (run.length > 0 && !/^\s+$/.test(sc.gapBefore(k))) break;
    if (/^\d/.test(t.text) || SMALL[t.lower] !== undefined) break;
    if (STOPWORDS.has(t.lower) && t.lower !== 'others' && !isAcronym(t)) break;
    if (NOUN_STOP.has(t.lower) || isAdverb(t)) break;
    if (run.length > 0 && isVerbForm(t)) break;
    run.push(t);
  }
  while (run.length > 0 && isVerbForm(run[run.length - 1] as Token)) run.pop();
  const plural = d.value !== 1 || d.hedge === 'vague';
  // The last plural is the head: "two off-duty police officers" → officer.
  const pluralHead = plural ? [...run].reverse().find(looksPlural) : undefined;
  if (pluralHead !== undefined) return withCompound(run, pluralHead);
  // A singular head is the last common noun; capitalised words there are names ("Darnell Bramwell").
  const common = run.filter((t) => !/^\p{Lu}/u.test(t.text) || (t === run[0] && sc.isSentenceInitial(k - run.length)));
  const head = common[common.length - 1];
  return head === undefined ? null : withCompound(run, head);
}

/** Heads that name nothing without the noun before them: "service members", "crew member". */
const COMPOUND_HEADS = new Set(['member']);

/** The head's lemma, with the noun before it when the two make one noun ("service member"). */
function withCompound(run: Token[], head: Token): string {
  const lemma = nounLemma(head);
  const before = run[run.indexOf(head) - 1];
  if (!COMPOUND_HEADS.has(lemma) || before === undefined || /^\p{Lu}/u.test(before.text)) return lemma;
  return `${before.lower} ${lemma}`;
}

/** "the death toll rose to 24": a tally word shortly before the figure in the same clause. */
function nounBefore(sc: Scanner, d: Draft, boundary: boolean[]): string | null {
  if (boundary[d.first]) return null;
  for (let k = d.first - 1, n = 0; k >= 0 && n < 6; k--, n++) {
    const t = sc.tok(k);
    if (t === undefined || /^\d/.test(t.text)) return null;
    if (TALLY_NOUNS.has(t.lemma)) return t.lemma;
    if (boundary[k]) return null;
  }
  return null;
}

/** boundary[k]: a clause starts at token k. `minor` splits at commas and "and"; `major` at ; : ( ) and dashes. */
function clauseBoundaries(sc: Scanner): { minor: boolean[]; major: boolean[] } {
  const minor: boolean[] = [];
  const major: boolean[] = [];
  for (let k = 0; k < sc.tokens.length; k++) {
    const gap = sc.gapBefore(k);
    const big = /[;:()—–"“”]|\s-\s|[.!?]\s/.test(gap);
    major.push(big);
    minor.push(big || gap.includes(',') || CLAUSE_WORDS.has(sc.lower(k)));
  }
  return { minor, major };
}

function roleOf(sc: Scanner, d: Draft, seg: { minor: boolean[]; major: boolean[] }): string | null {
  if (d.noun !== null) {
    const own = predicateClassOf(d.noun);
    if (isEventClass(own)) return own;
  }
  const near = nearestEvent(sc, d, seg.minor, Infinity) ?? nearestEvent(sc, d, seg.major, MAJOR_REACH);
  if (near !== null || d.unit === null) return near;
  const ofUnit = predicateClassOf(d.unit); // "magnitude" implies a quake
  return isEventClass(ofUnit) ? ofUnit : null;
}

/** Outside its own clause a figure is governed only by a predicate this close (in tokens). */
const MAJOR_REACH = 8;

/** Weapons listed with their act ("gun" → shoot) name no event that a figure beside them counts ("his gun was loaded with four bullets"). */
const WEAPON_NOUNS: ReadonlySet<string> = new Set(['gun']);

function eventAt(sc: Scanner, k: number): string | null {
  return WEAPON_NOUNS.has(sc.tokens[k]!.lemma) ? null : predicateClassAt(sc.tokens, k);
}

function nearestEvent(sc: Scanner, d: Draft, boundary: boolean[], reach: number): string | null {
  let best: string | null = null;
  let bestDist = reach + 1;
  for (let k = d.first - 1, dist = 1; k >= 0 && dist <= reach; k--, dist++) {
    if (boundary[k + 1]) break;
    const cls = eventAt(sc, k);
    if (isEventClass(cls)) {
      best = cls;
      bestDist = dist;
      break;
    }
  }
  for (let k = d.last + 1, dist = 1; k < sc.tokens.length && dist < bestDist; k++, dist++) {
    if (boundary[k]) break;
    const cls = eventAt(sc, k);
    if (isEventClass(cls)) return cls;
  }
  return best;
}

/** "1,800 soldiers in Mali and 600 in Niger": the second figure counts the same thing. */
function inheritElidedNouns(sc: Scanner, drafts: Draft[]): void {
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const p = drafts[n - 1] as Draft;
    if (d.noun !== null || p.noun === null || d.unit !== p.unit || d.role !== p.role) continue;
    const between = sc.text.slice(p.end, d.start);
    if (between.length > 60 || /[.;:!?]\s/.test(between)) continue;
    if (/\b(?:and|or|while|but|whereas)\b/.test(between)) d.noun = p.noun;
  }
}

/** Value of a phrase of number words ("twenty-one", "two dozen", "a hundred"), or null. */
export function numberFromWords(phrase: string): number | null {
  const q = extractQuantities(phrase)[0];
  return q !== undefined && q.start === 0 && q.end === phrase.trim().length && q.unit === null ? q.value : null;
}

