/**
 * Sentence segmentation: paragraphs (newlines) → Intl.Segmenter → repairs.
 * Intl.Segmenter ships with browsers and Node and is fast, but splits after abbreviations
 * ("U.S.", "Gen.", "Oct.") and inside quotations; the repairs below re-join those pieces.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Titles and honorifics: never the last word of a sentence. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'maj', 'lt', 'col', 'sgt', 'capt', 'cpl', 'pvt', 'adm', 'cmdr',
  'rep', 'sen', 'gov', 'pres', 'st', 'rev', 'prof', 'hon', 'fr', 'supt', 'insp', 'det', 'brig',
  // Place prefixes: "Mt. Kestrel", "Pukehau-Mt. Kestrel".
  'mt', 'mts',
]);
/** Month abbreviations: join when a number or a lower-case word follows ("Oct. 17"). */
const MONTH_ABBR = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/**
 * Company suffixes and street types: join unless a capitalised function word follows
 * ("Acme Inc. The …", "on Elm Ave. near Harlow Ave.").
 */
const COMPANY = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'ave', 'blvd', 'rd', 'hwy']);
/** Abbreviations that are practically never sentence-final. */
const ALWAYS_JOIN = new Set(['vs', 'approx', 'e.g', 'i.e', 'cf', 'fig', 'vol', 'pp']);
/** "No. 3": only before a number ("He said no. Then …" ends a sentence). */
const BEFORE_NUMBER = new Set(['no', 'nos']);

/** Capitalised words that typically start a new sentence after an ambiguous abbreviation. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'there', 'here', 'his', 'her', 'its', 'their', 'our', 'my', 'but', 'and', 'or', 'so', 'yet',
  'however', 'meanwhile', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'if', 'as', 'since',
  'although', 'though', 'then', 'also', 'what', 'who', 'why', 'how', 'where', 'officials', 'some',
  'many', 'most', 'no', 'none', 'one', 'both', 'each', 'all', 'another', 'other', 'such', 'earlier',
  'later', 'still', 'now', 'today', 'for', 'from', 'with', 'by', 'to', 'of', 'not', 'to',
]);

const WEEKDAYS_AND_MONTHS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december',
]);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const LAST_TOKEN = /(\S+)$/;
const FIRST_TOKEN = /^[\s"“”'‘’([]*([^\s]+)/;
const INITIAL = /^(?:[A-Z]\.)+$/; // "J." or "U.S." or "U.N."
const AM_PM = /^[ap]\.m\.$/i;
const TIME_ZONE = /^(?:[A-Z]{2,4}T|UTC|GMT|ET|CT|PT|MT|local)\b/;

/** Splits text into trimmed sentence spans whose offsets index `text`. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const paragraph = /[^\r\n]+/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    splitParagraph(text, m.index, m.index + m[0].length, out);
  }
  return out;
}

function splitParagraph(text: string, pStart: number, pEnd: number, out: Span[]): void {
  const para = text.slice(pStart, pEnd);
  if (!para.trim()) return;
  const cuts = icuCuts(para);
  const quotes = new QuoteScanner(para);
  let pieceStart = 0;
  for (let i = 0; i < cuts.length; i++) {
    const cut = cuts[i]!;
    if (cut >= para.length) break;
    const left = para.slice(pieceStart, cut);
    const right = para.slice(cut);
    if (shouldJoin(left, right, quotes, cut)) continue;
    pushTrimmed(text, pStart + pieceStart, pStart + cut, out);
    pieceStart = cut;
  }
  pushTrimmed(text, pStart + pieceStart, pEnd, out);
}

function icuCuts(para: string): number[] {
  const cuts: number[] = [];
  for (const s of segmenter.segment(para)) if (s.index > 0) cuts.push(s.index);
  return cuts;
}

/** Longest sentence we build by re-joining pieces of one quotation. */
const MAX_QUOTE_JOIN = 320;

/** Words of a time phrase: "on Tuesday around 10:45 p.m.", "late Friday at about 2 a.m.". */
const TIME_PHRASE_WORD = /^(?:on|at|around|about|by|before|after|shortly|just|late|early|in|the|of|morning|afternoon|evening|night|[ap]\.m\.|\d{1,2}(?::\d{2})?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * "Police say that on Tuesday around 10:45 p.m." has opened a clause ("that …") and given it
 * only a time: its verb and subject are still to come ("… p.m. Darnell Bramwell was standing …").
 */
function clauseAwaitsVerb(left: string): boolean {
  const words = left.split(/\s+/);
  const at = words.map((w) => w.toLowerCase()).lastIndexOf('that');
  if (at < 0 || at === words.length - 1) return false;
  return words.slice(at + 1).every((w) => TIME_PHRASE_WORD.test(w.replace(/[,]$/, '')));
}

function shouldJoin(left: string, right: string, quotes: QuoteScanner, cut: number): boolean {
  const leftTrim = left.trimEnd();
  const last = LAST_TOKEN.exec(leftTrim)?.[1] ?? '';
  const nextMatch = FIRST_TOKEN.exec(right);
  const next = nextMatch?.[1] ?? '';
  if (!next) return true;
  const nextStartsLower = /^[a-z]/.test(next);
  const nextIsNumber = /^\d/.test(next);
  const nextWord = next.replace(/[^A-Za-z]/g, '').toLowerCase();
  const nextIsStarter = SENTENCE_STARTERS.has(nextWord);

  if (nextStartsLower) return true;
  if (last.endsWith('.') && !/[”"’')\]]$/.test(last)) {
    const bare = last.replace(/^[("“'‘[]+/, '');
    // A hyphenated compound ends in its last part ("Pukehau-Mt.").
    const word = bare.slice(bare.lastIndexOf('-') + 1, -1).toLowerCase();
    if (TITLES.has(word)) return true;
    if (ALWAYS_JOIN.has(word)) return true;
    if (BEFORE_NUMBER.has(word)) return nextIsNumber;
    if (MONTH_ABBR.has(word)) return nextIsNumber;
    if (AM_PM.test(bare)) {
      return nextIsNumber || WEEKDAYS_AND_MONTHS.has(nextWord) || TIME_ZONE.test(next) || (!nextIsStarter && clauseAwaitsVerb(leftTrim));
    }
    if (COMPANY.has(word)) return !nextIsStarter;
    if (INITIAL.test(bare)) {
      // "J. R. Tolkien", "U.S. Coast Guard" join; "… in the U.S. The next day" splits.
      return !nextIsStarter;
    }
  }
  return quotes.insideShortQuotation(cut, cut - left.length);
}

/** Tracks open quotation marks left to right; cuts are queried in increasing order (linear). */
class QuoteScanner {
  private pos = 0;
  private curlyOpen = -1;
  private straightOpen = -1;
  constructor(private readonly para: string) {}

  /** True when `cut` falls inside a quotation that closes later in the paragraph and re-joining keeps the sentence short. */
  insideShortQuotation(cut: number, pieceStart: number): boolean {
    for (; this.pos < cut; this.pos++) {
      const c = this.para.charCodeAt(this.pos);
      if (c === 0x201c) this.curlyOpen = this.pos; // “
      else if (c === 0x201d) this.curlyOpen = -1; // ”
      else if (c === 0x22) this.straightOpen = this.straightOpen < 0 ? this.pos : -1; // "
    }
    const start = this.curlyOpen >= 0 ? this.curlyOpen : this.straightOpen;
    if (start < 0) return false;
    const close = this.para.indexOf(this.curlyOpen >= 0 ? '”' : '"', cut);
    if (close < 0) return false;
    return close - Math.min(pieceStart, start) <= MAX_QUOTE_JOIN;
  }
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000;
}
