/**
 * Proper names: runs of capitalised words, acronyms and demonyms, as canonical keys that collapse
 * spelling variants by general rules (case, diacritics, dots, possessives, titles, abbreviations
 * defined in the article, country demonyms), plus a looser key and a matcher for transliterations.
 */
import type { NameKind, NameSlot } from '../model';
import { countryOf, isBodyCanonical } from './demonyms';
import { editDistance, foldName, nameKey } from './names-fold';
import {
  MONTHS_AND_DAYS, ORG_SUFFIXES, PARTICLES, PLACE_PREPOSITIONS, PLACE_SUFFIXES, SPEECH_VERBS, STOP_WORDS, TITLES,
} from './names-words';
import { splitSentences } from './segment';

export { nameKey } from './names-fold';

export interface NameContext {
  /** Folded abbreviation ("lht", "africom") → canonical long form ("lindau harbour trust"). */
  abbreviations: Map<string, string>;
  /** Folded words seen capitalised in mid-sentence: a sentence-initial one is then a name too. */
  midSentence: Set<string>;
  /** Canonicals (and their last tokens) known to name people in this article. */
  persons: Set<string>;
}

export function emptyNameContext(): NameContext {
  return { abbreviations: new Map(), midSentence: new Set(), persons: new Set() };
}

/**
 * A headline or a shouted line, where capitals say little about names: no sentence-final
 * punctuation and no lower-case word of four letters or more, or nearly all letters upper case.
 */
function isTitleCase(s: string, tokens: Token[]): boolean {
  const caps = tokens.filter((t) => t.cap).length;
  if (caps < 3) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 12 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.8) return true;
  if (/[.!?…]["”’)]?\s*$/u.test(s)) return false;
  return !tokens.some((t) => !t.cap && t.text.length >= 4 && /^\p{Ll}/u.test(t.text));
}

interface Token {
  text: string;
  start: number;
  end: number;
  folded: string; // lower case, no dots
  cap: boolean;
  acronym: boolean;
  initial: boolean; // sentence-initial or right after an opening quote / colon
  breakAfter: boolean; // a possessive or a hyphen ends the run here
}

const TOKEN = /[\p{L}\p{N}]+(?:[.'’&][\p{L}\p{N}]+)*(?:-[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*)*\.?/gu;
const DOTTED = /^(?:\p{L}\.)+\p{L}?\.?$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.){2,}\p{L}?$/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{N}&]+s?$/u;
const ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|an|ul)-\p{Lu}/iu;
/** Gaps after which a capital says nothing: an opening quote, a colon, a dash, an inner sentence end. */
const INITIAL_GAP = /(?:[“:(—]|^\s*")\s*["“]?\s*$|[.!?…]["”’]?\s+$/u;
const CAPITAL = /^\p{Lu}/u;

/** Splits a sentence into word tokens with offsets; hyphenated words are split unless an Arabic article leads. */
function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of s.matchAll(TOKEN)) {
    let text = m[0];
    let start = m.index;
    const atEnd = /^["”’)\s]*$/u.test(s.slice(start + text.length));
    if (text.endsWith('.') && (!keepsDot(text) || (atEnd && text.length === 2))) text = text.slice(0, -1);
    const parts = text.includes('-') && !ARTICLE_PREFIX.test(text) ? splitHyphen(text, start) : [{ text, start }];
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      start = p.start;
      let word = p.text;
      let breakAfter = i < parts.length - 1;
      const poss = /['’]s?$/u.exec(word);
      if (poss && word.length > poss[0].length) {
        word = word.slice(0, -poss[0].length);
        breakAfter = true;
      }
      const gap = s.slice(prevEnd, start);
      const initial = out.length === 0 ? /^[\s"“'‘(\[—–-]*$/u.test(gap) : INITIAL_GAP.test(gap);
      out.push({
        text: word, start, end: start + word.length, folded: foldName(word),
        cap: CAPITAL.test(word) || ARTICLE_PREFIX.test(word) && /-\p{Lu}/u.test(word),
        acronym: DOTTED_ACRONYM.test(word) && /\p{Lu}/u.test(word) || ALL_CAPS.test(word),
        initial, breakAfter,
      });
      prevEnd = start + p.text.length;
    }
    prevEnd = m.index + m[0].length;
  }
  return out;
}

function keepsDot(text: string): boolean {
  const bare = text.slice(0, -1);
  const lastPart = bare.slice(bare.lastIndexOf('-') + 1); // "Pukehau-Mt." ends in a prefix
  return PLACE_PREFIXES.has(lastPart) || DOTTED.test(text) || bare.length === 1 || TITLES.has(bare.toLowerCase());
}

/** Abbreviated place prefixes that keep their dot inside a name ("Mt. Kestrel", "St. Louis"). */
const PLACE_PREFIXES = new Set(['St', 'Mt', 'Mts', 'Ft']);
/** First words that make a name a place ("Mount Arden", "Lake Tekapo", "Cape Reinga", "Fort Hood"). */
const PLACE_LEADS = new Set(['mount', 'mounts', 'fort', 'lake', 'cape']);
/** Their long forms, so "Mt Kestrel" and "Mount Kestrel" get one key. ("St" may be Saint or Street.) */
const PREFIX_LONG_FORM = new Map([['mt', 'mount'], ['mts', 'mounts'], ['ft', 'fort']]);

function splitHyphen(text: string, start: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let offset = 0;
  for (const piece of text.split('-')) {
    if (piece) out.push({ text: piece, start: start + offset });
    offset += piece.length + 1;
  }
  return out;
}

/** Can a word start a name? Months, weekdays and the pronoun "I" cannot. */
function nameWord(t: Token): boolean {
  return t.cap && !MONTHS_AND_DAYS.has(t.folded) && t.text !== 'I';
}

/** Maximal runs of name words joined by single spaces, with lower-case particles inside. */
function runs(s: string, tokens: Token[], accept: (t: Token) => boolean = nameWord): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  const flush = (): void => {
    while (cur.length && !accept(cur[cur.length - 1]!)) cur.pop();
    if (cur.length) out.push(cur);
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = cur[cur.length - 1];
    const joined = prev !== undefined && !prev.breakAfter && /^ +$/.test(s.slice(prev.end, t.start));
    if (accept(t)) {
      if (!joined) flush();
      cur.push(t);
    } else if (joined && PARTICLES.has(t.text) && !t.breakAfter) {
      cur.push(t);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

interface Candidate {
  tokens: Token[];
  titled: boolean;
}

/** Removes sentence-initial non-names, titles and a leading country; may yield several names. */
function shapeRun(run: Token[], ctx: NameContext): Candidate[] {
  let tokens = run;
  const first = tokens[0]!;
  const stop = STOP_WORDS.has(first.folded) && !first.acronym;
  if (first.initial && (stop || (!isKnownName(first, ctx) && (/ly$/.test(first.folded) || tokens.length === 1)))) {
    tokens = dropLeadingParticles(tokens.slice(1));
  }
  if (!tokens.length || (tokens.length === 1 && STOP_WORDS.has(tokens[0]!.folded) && !tokens[0]!.acronym)) return [];
  const out: Candidate[] = [];
  let titled = false;
  const lastTitle = findLastTitle(tokens);
  if (lastTitle >= 0) {
    const prefix = tokens.slice(0, lastTitle).filter((t) => !TITLES.has(t.folded));
    const rest = afterTitle(tokens, lastTitle);
    const prefixCountry = prefix.length && countryOf(foldName(join(prefix))) ? prefix : null;
    if (prefixCountry) out.push({ tokens: prefixCountry, titled: false });
    else if (prefix.length === 1 && prefix[0]!.acronym) out.push({ tokens: prefix, titled: false });
    tokens = rest;
    titled = true;
  }
  while (tokens.length > 1 && TITLES.has(tokens[tokens.length - 1]!.folded)) tokens = tokens.slice(0, -1);
  if (!tokens.length || tokens.every((t) => TITLES.has(t.folded))) return out;
  if (!titled) {
    const split = countryPrefixLength(tokens);
    if (split > 0 && split < tokens.length) {
      const rest = tokens.slice(split);
      const restIsName = rest.length >= 2 || rest[0]!.acronym || ctx.abbreviations.has(rest[0]!.folded);
      if (restIsName) {
        out.push({ tokens: tokens.slice(0, split), titled: false });
        tokens = rest;
      }
    }
  }
  if (tokens.length === 1 && tokens[0]!.text.length === 1) return out;
  const of = personOfSplit(tokens);
  if (of > 0) {
    // "Owen Hartley of the U.K.": the person, then where (or whom) they are from.
    out.push({ tokens: tokens.slice(0, of), titled });
    const rest = dropLeadingParticles(tokens.slice(of + 1));
    if (rest.length) out.push({ tokens: rest, titled: false });
    return out;
  }
  out.push({ tokens, titled });
  return out;
}

/**
 * Index of "of" after a two- or three-word personal name ("Jane Doe of Ohio"), else -1. Names of
 * bodies and places ("Bank of England", "Gulf of Mexico") have one word or a suffix before "of".
 */
function personOfSplit(tokens: Token[]): number {
  const at = tokens.findIndex((t) => t.text === 'of');
  if (at < 2 || at > 3 || at === tokens.length - 1) return -1;
  const before = tokens.slice(0, at);
  if (!before.every((t) => t.cap && !t.acronym && !TITLES.has(t.folded) && !ORG_SUFFIXES.has(t.folded) && !PLACE_SUFFIXES.has(t.folded))) return -1;
  if (countryOf(before[0]!.folded) || countryOf(foldName(join(tokens)))) return -1;
  return at;
}

function isKnownName(t: Token, ctx: NameContext): boolean {
  return ctx.midSentence.has(t.folded) || countryOf(t.folded) !== null || t.acronym ||
    ctx.abbreviations.has(t.folded) || ctx.persons.has(t.folded);
}

function isKnownInHeadline(t: Token, ctx: NameContext): boolean {
  return ctx.midSentence.has(t.folded) || countryOf(t.folded) !== null || ctx.abbreviations.has(t.folded);
}

function dropLeadingParticles(tokens: Token[]): Token[] {
  let i = 0;
  while (i < tokens.length && !tokens[i]!.cap) i++;
  return tokens.slice(i);
}

/** The name after a title, skipping "of X" ("Secretary of State Antony Blinken"). */
function afterTitle(tokens: Token[], titleAt: number): Token[] {
  let rest = tokens.slice(titleAt + 1);
  if (rest[0]?.folded === 'of' && rest.length > 2) rest = rest.slice(2);
  return dropLeadingParticles(rest);
}

/** Index of the last title word that still has a name after it, or -1. */
function findLastTitle(tokens: Token[]): number {
  for (let i = tokens.length - 2; i >= 0; i--) {
    if (!TITLES.has(tokens[i]!.folded)) continue;
    const rest = tokens.slice(i + 1).filter((t) => t.cap);
    const last = rest[rest.length - 1]!;
    if (!rest.length || rest.length > 5) return -1;
    if (ORG_SUFFIXES.has(last.folded) || PLACE_SUFFIXES.has(last.folded)) return -1; // "General Assembly"
    if (TITLES.has(last.folded) && rest.length === 1) continue;
    return i;
  }
  return -1;
}

/** Tokens at the start that spell a country ("United States", "U.S.", "Iraqi"), longest first. */
function countryPrefixLength(tokens: Token[]): number {
  for (let n = Math.min(4, tokens.length); n >= 1; n--) {
    if (countryOf(foldName(join(tokens.slice(0, n))))) return n;
  }
  return 0;
}

function join(tokens: Token[]): string {
  return tokens.map((t) => t.text).join(' ');
}

/** A lower-case word after a name that makes it a group of people: "the Genovese family". */
const GROUP_AFTER = /^\s+(family|clan|dynasty)\b/;
/** A country's governing body after its name: "the Iraqi government", "Iraq's cabinet" are one actor, not a place. */
const GOVERNMENT_AFTER = /^(?:['’]s)?\s+(government|cabinet|parliament)\b/;

/**
 * A nickname quoted between a first and a last name ("Joaquín 'El Chapo' Guzmán", "Dwayne (The
 * Rock) Johnson"): one or two capitalised words in quotes or brackets between two capitalised words.
 */
const NICKNAME = /(?<=\p{Lu}\p{Ll}+) (['‘"“(]\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?['’"”)]) (?=\p{Lu}\p{Ll})/gu;

/** The sentence with such nicknames blanked out (same length, so offsets hold): the name reads whole. */
function withoutNicknames(s: string): string {
  return s.replace(NICKNAME, (m) => ' '.repeat(m.length));
}

/** Extracts names from one sentence; offsets index `sentence`. */
export function extractNames(sentence: string, ctx: NameContext): NameSlot[] {
  const plain = withoutNicknames(sentence);
  const tokens = tokenize(plain);
  const out: NameSlot[] = [];
  const headline = isTitleCase(sentence, tokens);
  const accept = headline ? (t: Token) => nameWord(t) && isKnownInHeadline(t, ctx) : nameWord;
  for (const run of runs(plain, tokens, accept)) {
    for (const c of shapeRun(run, ctx)) {
      const first = c.tokens[0]!;
      const last = c.tokens[c.tokens.length - 1]!;
      const raw = sentence.slice(first.start, last.end);
      const canonical = canonicalName(plain.slice(first.start, last.end), ctx);
      if (!canonical) continue;
      // "the Genovese family" is a group (a crime family, a dynasty), not the person Genovese.
      const group = GROUP_AFTER.exec(sentence.slice(last.end));
      if (group) {
        const end = last.end + group[0].length;
        out.push({ raw: sentence.slice(first.start, end), start: first.start, end, canonical: `${canonical} ${group[1]!.toLowerCase()}`, kind: 'org' });
        continue;
      }
      const kind = kindOf(c, canonical, sentence, ctx);
      out.push({ raw, start: first.start, end: last.end, canonical, kind });
      const body = kind === 'place' && countryOf(canonical) ? GOVERNMENT_AFTER.exec(sentence.slice(last.end)) : null;
      if (body) {
        const end = last.end + body[0].length;
        out.push({ raw: sentence.slice(first.start, end), start: first.start, end, canonical: `${canonical} ${body[1]}`, kind: 'org' });
      }
    }
  }
  return out;
}

function isLongForm(canonical: string, ctx: NameContext): boolean {
  for (const v of ctx.abbreviations.values()) if (v === canonical) return true;
  return false;
}

function kindOf(c: Candidate, canonical: string, s: string, ctx: NameContext): NameKind {
  const last = c.tokens[c.tokens.length - 1]!;
  const country = countryOf(canonical);
  if (country) return isBodyCanonical(country) ? 'org' : 'place';
  const lastWord = canonical.split(' ').pop() ?? '';
  if (ORG_SUFFIXES.has(lastWord) || ORG_SUFFIXES.has(last.folded)) return 'org';
  if (c.tokens.length === 1 && last.acronym) return 'org';
  if (PLACE_SUFFIXES.has(last.folded)) return 'place';
  if (c.tokens.length >= 2 && PLACE_LEADS.has(canonical.split(' ')[0]!)) return 'place';
  if (c.titled) return 'person';
  if (isLongForm(canonical, ctx)) return 'org';
  if (ctx.persons.has(canonical) || ctx.persons.has(lastWord)) return 'person';
  const after = /^,?\s+([a-z]+)/.exec(s.slice(last.end))?.[1];
  if (after && SPEECH_VERBS.has(after) && c.tokens.length >= 2 && c.tokens.length <= 3) return 'person';
  const before = /([A-Za-z]+)\s+(?:the\s+)?$/.exec(s.slice(Math.max(0, c.tokens[0]!.start - 16), c.tokens[0]!.start))?.[1];
  if (before && PLACE_PREPOSITIONS.has(before.toLowerCase())) return 'place';
  return 'other';
}

/**
 * Canonical key of a name: folded (case, diacritics, dots, possessive, punctuation, leading "the"),
 * titles removed, a defined abbreviation replaced by its long form, a demonym or country variant
 * replaced by the country ("American" → "united states"), a leading country normalised
 * ("U.S. Army" → "united states army").
 */
export function canonicalName(raw: string, ctx?: NameContext): string {
  let words = foldName(raw).split(' ').filter(Boolean);
  while (words.length > 1 && TITLES.has(words[0]!)) words = words.slice(1);
  while (words.length > 1 && TITLES.has(words[words.length - 1]!)) words = words.slice(0, -1);
  const long0 = words.length > 1 ? PREFIX_LONG_FORM.get(words[0]!) : undefined;
  if (long0) words = [long0, ...words.slice(1)];
  const folded = words.join(' ');
  const whole = countryOf(folded);
  if (whole) return whole;
  const long = ctx?.abbreviations.get(folded);
  if (long) return long;
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const country = countryOf(words.slice(0, n).join(' '));
    if (country) {
      const rest = words.slice(n).join(' ');
      return `${country} ${ctx?.abbreviations.get(rest) ?? rest}`;
    }
  }
  return folded;
}

/** A name that may be a person's: a person's, or one of no known kind (places and bodies are not). */
export function mayNamePerson(n: Pick<NameSlot, 'kind'>): boolean {
  return n.kind === 'person' || n.kind === 'other';
}

/** The people a sentence names, other than the one who says it ("…, Inspector Ruth Kavanagh said"). */
export function peopleSpokenOf(names: readonly NameSlot[], speaker: string | null): NameSlot[] {
  // An attribution is a canonical name, or a phrase as written ("Police Inspector Ruth Kavanagh").
  const said = speaker ? canonicalName(speaker) : null;
  return names.filter((n) => mayNamePerson(n) && !(said && (namesMatch(said, n.canonical) || namesMatch(speaker!, n.canonical))));
}

/**
 * Do two canonical names denote the same entity? Same key; or a person's surname alone against
 * the full name (Lerato Mokoena ~ Mokoena); or one edit apart with the same first letter on names of
 * five letters or more (Marsh ~ Marshe). False merges: see nameKey; Jones ~ Jonas also meet.
 */
export function namesMatch(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === kb) return true;
  if (ka.startsWith('c:') || kb.startsWith('c:')) return false;
  const ta = a.split(' ');
  const tb = b.split(' ');
  if (ta.length === 1 !== (tb.length === 1)) {
    const [single, multi] = ta.length === 1 ? [ka, tb] : [kb, ta];
    const lastWord = multi[multi.length - 1]!;
    const singleRaw = ta.length === 1 ? a : b;
    const surnameFits = nameKey(lastWord) === single || closeSpelling(lastWord, singleRaw);
    if (multi.length <= 3 && !ORG_SUFFIXES.has(lastWord) && !PLACE_SUFFIXES.has(lastWord) && surnameFits) {
      return true;
    }
  }
  return closeSpelling(a, b) || closeSpelling(ka, kb) || middleNameAdded(ta, tb);
}

/** "Jane Ann Doe" ~ "Jane Doe": a person's name with a middle name, same first and last names. */
function middleNameAdded(ta: string[], tb: string[]): boolean {
  const [short, long] = ta.length < tb.length ? [ta, tb] : [tb, ta];
  if (short.length !== 2 || long.length !== 3) return false;
  const last = long[2]!;
  if (ORG_SUFFIXES.has(last) || PLACE_SUFFIXES.has(last) || countryOf(long[0]!)) return false;
  return nameKey(short[0]!) === nameKey(long[0]!) && (nameKey(short[1]!) === nameKey(last) || closeSpelling(short[1]!, last));
}

function closeSpelling(a: string, b: string): boolean {
  if (a[0] !== b[0]) return false;
  if (Math.min(a.length, b.length) < 4 || Math.max(a.length, b.length) < 5) return false;
  return editDistance(a, b, 1) <= 1;
}

/** Scans a whole article once: abbreviations it defines, capitalised words seen mid-sentence, people. */
export function buildNameContext(body: string): NameContext {
  const ctx = emptyNameContext();
  const allRuns: Token[][] = [];
  const acronyms = new Set<string>();
  const pending: { before: Token[]; acronym: string; sentence: string }[] = [];
  for (const span of splitSentences(body)) {
    const s = withoutNicknames(span.text);
    const tokens = tokenize(s);
    if (isTitleCase(s, tokens)) continue;
    for (const t of tokens) {
      if (!t.initial && t.cap) ctx.midSentence.add(t.folded);
      if (t.acronym || (t.cap && t.text.length >= 4 && !t.initial)) acronyms.add(t.text);
    }
    for (const run of runs(s, tokens)) {
      allRuns.push(run);
      notePerson(s, run, ctx);
    }
    for (const m of s.matchAll(DEFINITION)) {
      const acronym = m[1] ?? m[2]!;
      if ((acronym.match(/\p{Lu}/gu)?.length ?? 0) < 2) continue;
      const before = tokens.filter((t) => t.end <= m.index);
      if (before.length) pending.push({ before: before.slice(-8), acronym, sentence: s });
    }
  }
  for (const p of pending) defineAbbreviation(ctx, p.acronym, p.before, p.sentence);
  inferAbbreviations(ctx, acronyms, allRuns);
  for (const long of ctx.abbreviations.values()) {
    ctx.persons.delete(long);
    ctx.persons.delete(long.split(' ').pop()!);
  }
  return ctx;
}

/** "Lindau Harbour Trust (LHT)", "the Norland Coast Guard, or NCG", "… known as NRT". */
const DEFINITION = /\s*(?:\(\s*(?:the\s+)?([\p{Lu}][\p{L}.&]{1,11})\s*\)|,?\s+(?:or|known as|also called)\s+(?:the\s+)?([\p{Lu}][\p{Lu}.&]{1,11})\b)/gu;

/**
 * The long form an acronym defines: the shortest run of words right before it, starting and
 * ending with a capital, whose capitalised words' starts spell the acronym (lower-case words may
 * count or not: "Coastal Rescue in Norland (CRN)").
 */
function defineAbbreviation(ctx: NameContext, acronym: string, before: Token[], s: string): void {
  const key = foldName(acronym);
  if (ctx.abbreviations.has(key) || countryOf(key)) return;
  const letters = acronym.replace(/[.&]/g, '');
  const last = before[before.length - 1]!;
  if (!last.cap) return;
  for (let i = before.length - 2; i >= 0; i--) {
    const sub = before.slice(i);
    if (!contiguous(s, sub)) break;
    if (!sub[0]!.cap) continue;
    if (abbreviates(letters, sub, 1)) {
      ctx.abbreviations.set(key, canonicalName(s.slice(sub[0]!.start, last.end)));
      return;
    }
  }
}

/** Tokens separated by single spaces only (no punctuation in between). */
function contiguous(s: string, tokens: Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) {
    if (!/^ +$/.test(s.slice(tokens[i - 1]!.end, tokens[i]!.start))) return false;
  }
  return true;
}

/** Acronyms used without a definition ("AFRICOM", "Africom") that spell the starts of a multi-word name in the article. */
function inferAbbreviations(ctx: NameContext, acronyms: Set<string>, allRuns: Token[][]): void {
  // Long forms indexed by their first letter: an acronym starts with its long form's initial.
  const longForms = new Map<string, Map<string, Token[]>>();
  for (const run of allRuns) {
    const words = run.filter((t) => !TITLES.has(t.folded));
    for (let i = 0; i < words.length - 1; i++) {
      const sub = words.slice(i);
      if (sub.filter((t) => t.cap).length < 2) continue;
      const initial = sub[0]!.folded[0] ?? '';
      let bucket = longForms.get(initial);
      if (!bucket) longForms.set(initial, (bucket = new Map()));
      bucket.set(join(sub), sub);
    }
  }
  for (const acr of acronyms) {
    const key = foldName(acr);
    if (ctx.abbreviations.has(key) || countryOf(key)) continue;
    const letters = acr.replace(/[.&]/g, '');
    const allCaps = ALL_CAPS.test(letters);
    const minPart = allCaps ? 1 : 2;
    const found = new Set<string>();
    for (const [text, sub] of longForms.get(key[0] ?? '') ?? []) {
      if (text.length <= acr.length + 2) continue;
      if (abbreviates(letters, sub, minPart)) found.add(canonicalName(text));
    }
    // Two-letter acronyms match too much: accept only a unique candidate.
    if (found.size === 1 || (found.size > 1 && letters.length >= 3)) {
      const best = [...found].sort((x, y) => x.length - y.length)[0]!;
      if (found.size === 1 || letters.length >= 3) ctx.abbreviations.set(key, best);
    }
  }
}

/** Longest start of one word an acronym takes ("AFRICOM": afri + com). */
const MAX_PART = 4;

/** Does `acr` spell prefixes of every capitalised word of `words`, in order (particles optional)? */
function abbreviates(acr: string, words: Token[], minPart: number): boolean {
  const a = acr.toLowerCase();
  const ws = words.map((t) => ({ w: t.folded.replace(/ /g, ''), optional: !t.cap }));
  const go = (i: number, j: number): boolean => {
    if (j === ws.length) return i === a.length;
    const { w, optional } = ws[j]!;
    if (optional && go(i, j + 1)) return true;
    for (let n = Math.min(w.length, a.length - i, MAX_PART); n >= minPart; n--) {
      if (a.startsWith(w.slice(0, n), i) && go(i + n, j + 1)) return true;
    }
    return false;
  };
  return go(0, 0);
}

/** People: a name after a title, or two or three capitalised words before "said". */
function notePerson(s: string, whole: Token[], ctx: NameContext): void {
  let from = 0;
  while (from < whole.length && STOP_WORDS.has(whole[from]!.folded)) from++;
  const run = whole.slice(from);
  if (!run.length) return;
  const titleAt = findLastTitle(run);
  let person: Token[] | null = null;
  if (titleAt >= 0) person = afterTitle(run, titleAt);
  else {
    const after = /^,?\s+([a-z]+)/.exec(s.slice(run[run.length - 1]!.end))?.[1];
    if (after && SPEECH_VERBS.has(after) && run.length >= 2 && run.length <= 3 && !run.some((t) => t.acronym)) person = run;
  }
  if (!person?.length) return;
  const last = person[person.length - 1]!;
  if (ORG_SUFFIXES.has(last.folded) || countryOf(last.folded)) return;
  ctx.persons.add(canonicalName(join(person)));
  ctx.persons.add(last.folded);
}
