/**
 * Folding of proper names: the canonical spelling (case, diacritics, punctuation) and a looser
 * transliteration-tolerant key for retrieval.
 */
import { isCountryCanonical } from './demonyms';

const COMBINING = /\p{M}+/gu;
const DOTTED_ACRONYM = /\b(?:\p{L}\.){2,}/gu;
const POSSESSIVE = /['’]s?$/u;

/**
 * Case, diacritics (NFKD), dots in acronyms ("U.S." → "us"), possessive, punctuation and a
 * leading "the"; hyphens and other punctuation become single spaces.
 */
export function foldName(raw: string): string {
  let s = raw.normalize('NFKD').replace(COMBINING, '');
  s = s.replace(DOTTED_ACRONYM, (m) => m.replace(/\./g, ''));
  s = s.trim().replace(POSSESSIVE, '');
  s = s.toLowerCase().replace(/['’`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return s.replace(/^the\s+/, '');
}

/** Arabic article prefixes, written as separate tokens after folding ("al-Mukalla" → "al mukalla"). */
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ath', 'adh', 'ed', 'es', 'et', 'ul']);

/**
 * Transliteration-tolerant key: drops Arabic article tokens, then per token folds consonant
 * spellings (ph→f, c/q/ck→k, x→ks, a digraph's h: kh, th, dh, gh, sh, ch), collapses doubled
 * letters and turns every vowel run (y included) into one "a".
 * Hodeidah/Hudaydah, al-Mukalla/Al-Mukala, Bireun/Bireuen and Thessaloniki/Thessalonika share a key.
 *
 * False-merge risk: names differing only in vowels meet (Iran/Oran, Mali/Mole, Maria/Mario at
 * "mara"); so do sh/s, kh/k pairs. Countries from the table keep their exact canonical (prefixed
 * "c:") so Oman does not meet Amman. Use the key to retrieve candidates, then confirm with the
 * compared claims' other slots.
 */
export function nameKey(canonical: string): string {
  let key = keyCache.get(canonical);
  if (key === undefined) {
    // Name matching asks for the same few names' keys over and over: a small cache pays.
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
    keyCache.set(canonical, (key = computeNameKey(canonical)));
  }
  return key;
}

const KEY_CACHE_SIZE = 20_000;
const keyCache = new Map<string, string>();

function computeNameKey(canonical: string): string {
  if (isCountryCanonical(canonical)) return 'c:' + canonical;
  const tokens = canonical.split(' ').filter(Boolean);
  const kept = tokens.length > 1 ? tokens.filter((t, i) => !(ARTICLES.has(t) && i < tokens.length - 1)) : tokens;
  return kept.map(foldToken).join(' ');
}

function foldToken(t: string): string {
  let s = t
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/([kdtgsb])h/g, '$1')
    .replace(/y/g, 'i');
  s = s.replace(/(.)\1+/g, '$1');
  return s.replace(/[aeiou]+/g, 'a');
}

/** Levenshtein distance, early exit once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
