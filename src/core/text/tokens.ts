/**
 * Word tokens with offsets, a small rule-based English lemmatiser and content-word lemmas.
 *
 * Token shapes: numbers with thousands separators and decimals ("2,500", "6.1") are one token;
 * hyphenated words stay whole ("one-way", "16-year-old", "6.1-magnitude", "F-16"); dotted
 * initialisms ("U.S.") are one token; possessive "'s" stays on its word. Punctuation is skipped:
 * callers that care look at the text between two tokens' offsets.
 */
import { wordTable } from './word-table';
import { americanSpelling } from './spelling';

export interface Token {
  text: string;
  lower: string;
  /** Offsets into the tokenised text, end exclusive. */
  start: number;
  end: number;
  lemma: string;
}

const HYPHEN_PART = String.raw`(?:[-‐‑][\p{L}\p{M}]+|[-‐‑]\d+(?:[.,]\d+)*)`;
const TOKEN_RE = new RegExp(
  [
    String.raw`(?:\p{Lu}\.){2,}`, // U.S., U.N.
    String.raw`\d+(?:[.,]\d+)*${HYPHEN_PART}*`, // 2,500 · 6.1 · 10-15 · 16-year-old
    String.raw`[\p{L}][\p{L}\p{M}\d]*(?:['’][\p{L}]+)*${HYPHEN_PART}*(?:['’][\p{L}]+)?`, // words
  ].join('|'),
  'gu',
);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, lemma: lemma(t) });
  }
  return out;
}

/** Irregular forms of common English verbs (general language, not corpus data). */
const IRREGULAR_VERBS = wordTable<string>({
  am: 'be', is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', being: 'be',
  has: 'have', had: 'have', having: 'have', does: 'do', did: 'do', done: 'do', doing: 'do',
  said: 'say', says: 'say', told: 'tell', struck: 'strike', stricken: 'strike', hit: 'hit', hits: 'hit',
  shot: 'shoot', fled: 'flee', took: 'take', taken: 'take', gave: 'give', given: 'give',
  went: 'go', gone: 'go', goes: 'go', made: 'make', came: 'come', saw: 'see', seen: 'see',
  found: 'find', held: 'hold', left: 'leave', led: 'lead', brought: 'bring', thought: 'think',
  fought: 'fight', caught: 'catch', sought: 'seek', built: 'build', sent: 'send', spent: 'spend',
  kept: 'keep', felt: 'feel', met: 'meet', won: 'win', lost: 'lose', began: 'begin', begun: 'begin',
  broke: 'break', broken: 'break', spoke: 'speak', spoken: 'speak', wrote: 'write', written: 'write',
  rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', drove: 'drive', driven: 'drive',
  knew: 'know', known: 'know', grew: 'grow', grown: 'grow', threw: 'throw', thrown: 'throw',
  blew: 'blow', blown: 'blow', flew: 'fly', flown: 'fly', chose: 'choose', chosen: 'choose',
  froze: 'freeze', frozen: 'freeze', hid: 'hide', hidden: 'hide', got: 'get', gotten: 'get',
  stood: 'stand', understood: 'understand', burnt: 'burn', slain: 'slay', slew: 'slay',
  shook: 'shake', shaken: 'shake', sank: 'sink', sunk: 'sink', swept: 'sweep', laid: 'lay',
  paid: 'pay', bled: 'bleed', fed: 'feed', heard: 'hear', meant: 'mean', became: 'become',
  dying: 'die', lying: 'lie', tying: 'tie', freed: 'free', agreed: 'agree', sped: 'speed',
  overran: 'overrun', withdrew: 'withdraw', withdrawn: 'withdraw', undertook: 'undertake',
  forbade: 'forbid', bore: 'bear', borne: 'bear', tore: 'tear', torn: 'tear', wore: 'wear', worn: 'wear',
  sold: 'sell', bought: 'buy', taught: 'teach', lent: 'lend', dealt: 'deal', wept: 'weep',
  stole: 'steal', stolen: 'steal', ran: 'run', sat: 'sit', set: 'set', put: 'put', cut: 'cut',
  ate: 'eat', eaten: 'eat', drew: 'draw', drawn: 'draw',
});

/** Irregular plurals and invariant nouns. */
const IRREGULAR_NOUNS = wordTable<string>({
  // "shots" is the plural noun (a verb form would read "shot"): "fired 11 shots" counts shots.
  shots: 'shot', people: 'people', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth',
  mice: 'mouse', geese: 'goose', police: 'police', personnel: 'personnel', news: 'news',
  crises: 'crisis', analyses: 'analysis', bases: 'base', others: 'other', lives: 'life',
  wives: 'wife', knives: 'knife', thieves: 'thief', series: 'series', species: 'species',
  media: 'media', data: 'data', heroes: 'hero', gunmen: 'gunman', servicemen: 'serviceman',
  according: 'according', during: 'during', morning: 'morning', evening: 'evening', nothing: 'nothing', something: 'something',
  anything: 'anything', everything: 'everything', hundred: 'hundred', this: 'this', thus: 'thus',
  its: 'its', his: 'his', us: 'us', as: 'as', yes: 'yes', gas: 'gas', bus: 'bus', clothes: 'clothes',
  plainclothes: 'plainclothes', whereabouts: 'whereabouts', headquarters: 'headquarters',
  barracks: 'barracks', means: 'means', politics: 'politics', economics: 'economics',
});

const VOWEL = /[aeiouy]/;
/** Doubled final consonants that belong to the stem ("killed", "passed", "added"). */
const KEEP_DOUBLE = new Set(['l', 's', 'z', 'f', 'd']);

/** Heuristics for restoring a dropped final "e" after stripping -ed/-ing ("injur" → "injure"). */
const RESTORE_E: RegExp[] = [
  /[bcdfgkpstz]l$/, // handle, settle
  /[^aeiou][aiou]r$/, // injure, declare, fire, ignore
  /(?:^|[^eo])at$/, // evacuate, retaliate (not treat, float)
  /[^aeiou]ut$/, // execute, dispute
  /[aeiouy]s$/, // use, cause, base, raise, release
  /[^aeiou]in$/, // decline, determine
  /[^aeiou][aiou]d$/, // decide, explode, invade, include
  /[^aeiou][aiou]k$/, // strike, make, provoke
  /[^aeiou][aiou]m$/, // blame, name
  /[^aeiou]ap$/, // escape
  /[rndau]g$/, // charge, damage, change
  /[^z]z$/, // seize
  /v$/, // arrive, survive
  /[^aeiou]c$/, // force, announce, place
  /[aeiou]c$/, // produce, reduce
];

function restoreStem(stem: string): string {
  const last = stem[stem.length - 1] ?? '';
  const prev = stem[stem.length - 2] ?? '';
  if (last === prev && !VOWEL.test(last) && !KEEP_DOUBLE.has(last)) return stem.slice(0, -1); // stopped → stop
  if (RESTORE_E.some((re) => re.test(stem))) return stem + 'e';
  return stem;
}

function hasVowel(s: string): boolean {
  return VOWEL.test(s);
}

/** Words of a page repeat: their lemmas are kept, up to this many, then the memo starts afresh. */
const LEMMA_MEMO_SIZE = 50_000;
const lemmaMemo = new Map<string, string>();

/** Lemma of one word: lower-case, inflection stripped by rule or irregular table. */
export function lemma(word: string): string {
  let out = lemmaMemo.get(word);
  if (out === undefined) {
    if (lemmaMemo.size >= LEMMA_MEMO_SIZE) lemmaMemo.clear();
    out = lemmaOf(word);
    lemmaMemo.set(word, out);
  }
  return out;
}

function lemmaOf(word: string): string {
  let w = word.toLowerCase().replace(/[’]/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("s'")) w = w.slice(0, -1);
  if (/^[\d.,]+$/.test(w) || w.includes('.')) return w;
  // A hyphenated compound inflects on its last part ("air-strikes" → "air-strike").
  const dash = w.lastIndexOf('-');
  if (dash > 0 && dash < w.length - 1) return w.slice(0, dash + 1) + americanSpelling(lemmaOfSimple(w.slice(dash + 1)));
  return americanSpelling(lemmaOfSimple(w));
}

/** True for an irregular verb form such as "threw", "stolen", "shot" (not its base form). */
export function isIrregularVerbForm(word: string): boolean {
  const w = word.toLowerCase();
  const base = IRREGULAR_VERBS[w];
  return base !== undefined && base !== w;
}

function lemmaOfSimple(w: string): string {
  const irregular = IRREGULAR_VERBS[w] ?? IRREGULAR_NOUNS[w];
  if (irregular !== undefined) return irregular;
  if (w.length <= 3) return w;
  if (w.endsWith('ings') && hasVowel(w.slice(0, -4)) && w.length > 6) return lemmaOfSimple(w.slice(0, -1));
  if (w.endsWith('ies')) return w.length <= 4 ? w.slice(0, -1) : w.slice(0, -3) + 'y';
  if (w.endsWith('ied')) return w.length <= 4 ? w.slice(0, -1) : w.slice(0, -3) + 'y';
  if (/(?:ch|sh|x|ss|zz)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    if (stem.length < 3 || !hasVowel(stem)) return w;
    if (stem.endsWith('y')) return stem; // carrying
    return restoreStem(stem);
  }
  if (w.endsWith('eed')) return w;
  if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    if (stem.length < 2 || !hasVowel(stem)) return w;
    if (w.endsWith('ued')) return w.slice(0, -1); // continued
    return restoreStem(stem);
  }
  if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Common English function words; reporting verbs and numbers are handled elsewhere. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor if then else than that this these those there here where when while ' +
    'which who whom whose what why how of in on at to from by for with without within into onto ' +
    'upon over under about above below after before between among through during since until till ' +
    'against along across around near off out up down as so such not no yes also too very just only ' +
    'even still yet ever never again already more most less least much many some any each every ' +
    'all both either neither other another own same few several i me my mine we us our ours you ' +
    'your yours he him his she her hers it its they them their theirs one ones be am is are was were ' +
    'been being have has had having do does did doing will would shall should can could may might ' +
    'must ought let lets s t don didn doesn isn aren wasn weren hasn haven hadn won wouldn shouldn ' +
    "can't won't don't didn't isn't wasn't aren't weren't couldn't wouldn't shouldn't hasn't " +
    'via per like unlike whether because though although however therefore thus hence meanwhile ' +
    'mr mrs ms dr'
  ).split(' '),
);

const NUMBER_WORD_RE =
  /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)(?:-\w+)?$/;

/** True for a digit token or a number word ("2,500", "three", "twenty-one"). */
export function isNumberToken(lower: string): boolean {
  return /^\d/.test(lower) || NUMBER_WORD_RE.test(lower);
}

/** Lemmas of content words: lower-case, without stopwords and numbers. */
export function contentLemmas(text: string): string[] {
  const out: string[] = [];
  const shouting = isMostlyUpperCase(text);
  for (const t of tokenize(text)) {
    if (isNumberToken(t.lower)) continue;
    // An acronym such as "US" or "WHO" is a name, not the function word it spells.
    const acronym = !shouting && t.text.length >= 2 && /^\p{Lu}+$/u.test(t.text);
    if (!acronym && (STOPWORDS.has(t.lower) || STOPWORDS.has(t.lemma))) continue;
    if (t.lemma.length < 2) continue;
    out.push(t.lemma);
  }
  return out;
}

function isMostlyUpperCase(text: string): boolean {
  let upper = 0;
  let letters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch === ch.toUpperCase()) upper++;
    }
  }
  return letters > 0 && upper / letters > 0.5;
}
