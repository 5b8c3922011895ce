/**
 * Who is said to have said it: "X said (that) …", "…, X said", "said X", "according to X",
 * "X told Y", "officials say", "X reported / confirmed". Finds the phrase naming the source;
 * the caller turns it into a canonical name when it holds one.
 */
import { findQuoteSpans, type QuoteSpan } from './quotes';

export interface AttributionMatch {
  /** The source as written: "Defense Secretary Martin Aldous", "officials", "he". */
  phrase: string;
  /** Offsets of the phrase in the scanned text. */
  start: number;
  end: number;
  /** The reporting cue: "said", "according to"… */
  cue: string;
}

interface Token {
  text: string;
  /** Lower case, a trailing full stop removed. */
  norm: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]|\.(?=[\p{L}\p{N}]))*\.?|[,;:()“”"«»—–]|\s-{1,2}\s/gu;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0].trim();
    const norm = raw.toLowerCase().replace(/(?<=[a-z]{2})\.$/, '');
    out.push({ text: raw, norm, start: m.index + m[0].indexOf(raw), end: m.index + m[0].indexOf(raw) + raw.length });
  }
  return out;
}

/** Verbs that report speech or writing. */
const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'wrote', 'writes', 'stated', 'states',
  'noted', 'notes', 'explained', 'explains', 'insisted', 'insists', 'warned', 'warns', 'continued',
  'declared', 'declares', 'announced', 'announces', 'reported', 'reports', 'confirmed', 'confirms',
  'tweeted', 'posted', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'asserted', 'argued',
  'recalled', 'disclosed', 'revealed', 'estimated', 'estimates', 'alleged', 'alleges', 'claimed', 'claims',
]);
/** Verbs that only report speech with "that" after them ("claimed credit" is an act). */
const NEEDS_THAT = new Set(['claimed', 'claims', 'alleged', 'alleges', 'estimated', 'estimates', 'revealed', 'disclosed', 'posted', 'continued']);

/** Words that open a clause: the subject phrase before a verb cannot reach past them. */
const CLAUSE_BOUNDARY = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'where', 'because', 'after', 'before',
  'and', 'but', 'as', 'if', 'since', 'though', 'although', 'what', 'than', 'so', 'or', 'until', 'unless',
  'whether', 'also', 'then', 'meanwhile', 'however',
]);
/** Time words that trail a subject phrase ("The Gazette last month reported"). */
const TIME_WORDS = new Set([
  'last', 'this', 'next', 'earlier', 'later', 'previously', 'today', 'yesterday', 'tonight', 'now',
  'week', 'month', 'year', 'night', 'morning', 'evening', 'afternoon', 'on', 'in', 'early', 'late',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'also', 'had', 'has',
  'have', 'would', 'will', 'could', 'may', 'might', 'did', 'does', 'do', 'reportedly',
  'initially', 'first', 'once', 'again', 'repeatedly', 'publicly', 'officially', 'separately',
]);
/** Words that end a source phrase after "said" / "according to". */
const AFTER_STOP = new Set([
  'in', 'on', 'at', 'that', 'who', 'which', 'when', 'after', 'before', 'because', 'while', 'during',
  'as', 'and', 'but', 'with', 'without', 'late', 'early', 'earlier', 'later', 'today', 'yesterday', 'tonight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'this',
]);
const PUNCT_STOP = new Set([',', ';', ':', '(', ')', '“', '”', '"', '«', '»', '—', '–', '-', '--']);
/** "a statement by", "reports from": the source is what follows. */
const CARRIER = /^(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:statement|statements|report|reports|release|post|posts|tweet|message|figures?|data|count|tally|estimates?|sources?\s+close|letter)\s+(?:released\s+|issued\s+|posted\s+|published\s+)?(?:by|from|of)\s+/i;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** Be-forms before a reporting verb make it passive ("were reported", "is said to"): no source. */
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "it's"]);
/** Verbs and auxiliaries that show a phrase is a clause, not a source ("the weather was severe"). */
const FINITE = new Set([
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could',
  'can', 'should', 'may', 'might', 'must', 'did', 'does', 'do', "it's", "there's",
]);
/** Words that cannot be a source on their own. */
const NOT_A_SOURCE = new Set(['there', 'it', 'this', 'that', 'these', 'those', 'what', 'which', 'who', 'the', 'a', 'an', 'also', 'then']);
/** Verbs that may come before their subject: ",” said the minister", "…, added Lee." */
const INVERTIBLE = new Set(['said', 'says', 'added', 'adds', 'continued', 'explained', 'noted', 'insisted', 'warned', 'asked', 'recalled', 'declared', 'stated']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'this', 'that']);
const MAX_PHRASE = 10;

/** The source a sentence reports, or null. Reporting cues inside quotations are ignored. */
export function findAttribution(sentence: string, quotes?: readonly QuoteSpan[]): AttributionMatch | null {
  const spans = quotes ?? findQuoteSpans(sentence);
  const inQuote = (t: Token) => spans.some((q) => t.start >= q.innerStart && t.start < q.innerEnd);
  const tokens = tokenize(sentence);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (inQuote(t)) continue;
    if (t.norm === 'according' && tokens[i + 1]?.norm === 'to') {
      const found = phraseAfter(sentence, tokens, i + 2);
      if (found) return { ...found, cue: 'according to' };
      continue;
    }
    if (!SPEECH_VERBS.has(t.norm)) continue;
    // A capitalised "States" or "Reports" is part of a name or a heading, not a reporting verb.
    if (/^\p{Lu}/u.test(t.text)) continue;
    if (NEEDS_THAT.has(t.norm) && tokens[i + 1]?.norm !== 'that') continue;
    if (i > 0 && /^(?:the|a|an|its|their|his|her|these|those|such|widely|previously|newly|not|by|of|from|in|on|with|for|to|media|news|press)$/.test(tokens[i - 1]!.norm)) continue;
    if (isPassive(tokens, i)) continue;
    const found = subjectOrInverted(sentence, tokens, i);
    if (found) return { ...found, cue: t.norm };
  }
  return null;
}

/** "were reported", "is said to", "had been reported": a passive verb names no source. */
function isPassive(tokens: Token[], verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(0, verb - 3); k--) {
    const w = tokens[k]!.norm;
    if (PASSIVE_AUX.has(w)) return true;
    if (!/^(?:not|also|widely|previously|reportedly|later|earlier|first|initially|never)$/.test(w)) return false;
  }
  return false;
}

/** "X said" (walk back to X) or, right after a comma or a closing quote, "said X". */
function subjectOrInverted(text: string, tokens: Token[], verb: number): Omit<AttributionMatch, 'cue'> | null {
  const prev = tokens[verb - 1];
  const afterQuote = prev !== undefined && (prev.norm === '”' || prev.norm === '"');
  const afterComma = prev !== undefined && prev.norm === ',' && !closesRelativeClause(tokens, verb - 1);
  if (!prev || afterQuote || (afterComma && INVERTIBLE.has(tokens[verb]!.norm))) {
    const after = invertedSubject(text, tokens, verb);
    if (after) return after;
  }
  return sourcePhrase(phraseBefore(text, tokens, verb));
}

/** "said Karl Berg, the minister." — a short phrase that ends the clause, not a complement clause. */
function invertedSubject(text: string, tokens: Token[], verb: number): Omit<AttributionMatch, 'cue'> | null {
  const first = tokens[verb + 1];
  if (!first || SUBJECT_PRONOUNS.has(first.norm) && tokens[verb + 2] && !PUNCT_STOP.has(tokens[verb + 2]!.norm)) return null;
  const after = phraseAfter(text, tokens, verb + 1, true);
  if (!after) return null;
  const words = tokens.filter((t) => t.start >= after.start && t.end <= after.end + 1);
  if (words.length > 8 || words.some((t) => FINITE.has(t.norm))) return null;
  const next = tokens.find((t) => t.start >= after.end);
  if (next && !PUNCT_STOP.has(next.norm) && !AFTER_STOP.has(next.norm)) return null;
  return sourcePhrase(after);
}

/** Rejects phrases that are clauses or function words rather than a source. */
function sourcePhrase(found: Omit<AttributionMatch, 'cue'> | null): Omit<AttributionMatch, 'cue'> | null {
  if (!found) return null;
  const words = found.phrase.toLowerCase().split(/\s+/);
  if (words.every((w) => NOT_A_SOURCE.has(w) || FINITE.has(w))) return null;
  if (words.some((w) => FINITE.has(w))) return null;
  return found;
}

/** True when the comma at tokens[comma] closes ", who/which …," (the subject comes before it). */
function closesRelativeClause(tokens: Token[], comma: number): boolean {
  let k = comma - 1;
  while (k >= 0 && !PUNCT_STOP.has(tokens[k]!.norm)) k--;
  const first = tokens[k + 1];
  return k >= 0 && tokens[k]!.norm === ',' && first !== undefined && /^(?:who|which|whose|whom|where)$/.test(first.norm);
}

/** The source phrase just before tokens[verb], skipping an appositive or relative clause in commas. */
function phraseBefore(text: string, tokens: Token[], verb: number): Omit<AttributionMatch, 'cue'> | null {
  let end = verb; // exclusive token index
  while (end > 0 && TIME_WORDS.has(tokens[end - 1]!.norm)) end--;
  let appositive: Omit<AttributionMatch, 'cue'> | null = null;
  if (end > 0 && tokens[end - 1]!.norm === ',') {
    // ", who spoke on condition of anonymity," / ", head of the command," / ", 33," → the phrase before.
    let k = end - 2;
    while (k >= 0 && tokens[k]!.norm !== ',' && !PUNCT_STOP.has(tokens[k]!.norm)) k--;
    if (k < 0 || tokens[k]!.norm !== ',' || end - 1 - k > 16) return null;
    appositive = spanOf(text, tokens, k + 1, end - 1);
    end = k;
  }
  let begin = end;
  while (begin > 0 && end - begin < 2 * MAX_PHRASE) {
    const tok = tokens[begin - 1]!;
    const speechVerb = SPEECH_VERBS.has(tok.norm) && !/^\p{Lu}/u.test(tok.text);
    if (PUNCT_STOP.has(tok.norm) || CLAUSE_BOUNDARY.has(tok.norm) || speechVerb) break;
    begin--;
  }
  // "A man who lives next door told …": the source is the phrase before "who".
  if (begin > 0 && /^(?:who|whose)$/.test(tokens[begin - 1]!.norm) && !appositive) {
    return phraseBefore(text, tokens, begin - 1);
  }
  if (end - begin > MAX_PHRASE) return null;
  const subject = spanOf(text, tokens, begin, end);
  // "His sister, Shanice Bramwell, told …": the appositive names the source the subject only describes.
  if (appositive && subject && !hasInnerCapital(subject.phrase) && hasInnerCapital(` ${appositive.phrase}`)) return appositive;
  return subject;
}

/** A capitalised word after the first: a name inside the phrase. */
function hasInnerCapital(phrase: string): boolean {
  return /\s\p{Lu}/u.test(phrase);
}

/** The source phrase starting at tokens[from]: up to punctuation or a preposition of time/place. */
function phraseAfter(text: string, tokens: Token[], from: number, inverted = false): Omit<AttributionMatch, 'cue'> | null {
  let end = from;
  while (end < tokens.length && end - from < MAX_PHRASE) {
    const tok = tokens[end]!;
    if (PUNCT_STOP.has(tok.norm) || AFTER_STOP.has(tok.norm)) break;
    if (inverted && SPEECH_VERBS.has(tok.norm)) break;
    end++;
    if (/[^.]\.$/.test(tok.text) && !/^(?:[A-Z]\.)+$|^[A-Z][a-z]{0,3}\.$/.test(tok.text)) break;
  }
  const span = spanOf(text, tokens, from, end);
  if (!span) return null;
  const carrier = CARRIER.exec(span.phrase);
  if (carrier && carrier[0].length < span.phrase.length) {
    const cut = carrier[0].length;
    return { phrase: span.phrase.slice(cut), start: span.start + cut, end: span.end };
  }
  return span;
}

function spanOf(text: string, tokens: Token[], begin: number, end: number): Omit<AttributionMatch, 'cue'> | null {
  if (end <= begin) return null;
  const start = tokens[begin]!.start;
  let stop = tokens[end - 1]!.end;
  // A sentence-final full stop is not part of the name ("Aldous." → "Aldous", but "U.S." stays).
  if (text[stop - 1] === '.' && /[a-z]{2}\.$/.test(text.slice(start, stop))) stop--;
  const phrase = text.slice(start, stop);
  if (!/\p{L}/u.test(phrase)) return null;
  return { phrase, start, end: stop };
}

/** True for "he", "she", "they"…: a source that needs resolving against earlier sentences. */
export function isPronoun(phrase: string): boolean {
  return PRONOUNS.has(phrase.toLowerCase());
}

/**
 * The speaker of a quotation: ",” X said" / ",” said X" after it (up to `sentenceEnd`), else
 * "X said: “" / "X told Y that the group will “…" before it (from `sentenceStart`).
 */
export function quoteSpeaker(
  text: string,
  quote: QuoteSpan,
  sentenceStart: number,
  sentenceEnd: number,
): AttributionMatch | null {
  if (quote.closed && quote.close < sentenceEnd) {
    const after = text.slice(quote.close, sentenceEnd);
    const nextQuote = after.search(/[“"«]/);
    const scope = nextQuote >= 0 ? after.slice(0, nextQuote) : after;
    const found = speakerAfter(scope);
    if (found) return { ...found, start: found.start + quote.close, end: found.end + quote.close };
  }
  if (quote.open > sentenceStart) {
    const before = text.slice(sentenceStart, quote.open);
    const found = findAttribution(before, []);
    if (found) return { ...found, start: found.start + sentenceStart, end: found.end + sentenceStart };
  }
  return null;
}

/** Reporting clause right after a closing quote: a speech verb within the first words. */
function speakerAfter(after: string): AttributionMatch | null {
  const tokens = tokenize(after);
  let i = 0;
  if (tokens[i]?.norm === ',') i++;
  for (let j = i; j < Math.min(tokens.length, i + MAX_PHRASE + 6); j++) {
    const t = tokens[j]!;
    if (!SPEECH_VERBS.has(t.norm) && !(t.norm === 'according' && tokens[j + 1]?.norm === 'to')) continue;
    if (t.norm === 'according') {
      const found = phraseAfter(after, tokens, j + 2);
      return found ? { ...found, cue: 'according to' } : null;
    }
    const found = j === i ? phraseAfter(after, tokens, j + 1, true) : phraseBefore(after, tokens, j);
    return found ? { ...found, cue: t.norm } : null;
  }
  return null;
}
