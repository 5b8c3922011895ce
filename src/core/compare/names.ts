/**
 * Name matching used by the comparison. Spelling variants (Irbil/Erbil, Rait/Raite, al-Asad/Al-Assad)
 * and partial mentions ("Biden" for "Joe Biden") count as one name; short names must match exactly
 * because one letter separates different places (Iran/Iraq).
 */

const PARTICLES = new Set(['al', 'el', 'the', 'de', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'of', 'and', 'da', 'di', 'du']);
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'general', 'president', 'prime', 'minister', 'sen', 'senator', 'rep', 'gov', 'governor', 'sir', 'lt', 'col', 'maj', 'capt', 'sgt', 'inspector', 'officer']);

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Name tokens without particles and titles: "Gen. Qassem al-Soleimani" → [qassem, soleimani]. */
export function nameTokens(name: string): string[] {
  const tokens = fold(name).split(' ').filter((t) => t.length > 0);
  const kept = tokens.filter((t) => !PARTICLES.has(t) && !TITLES.has(t));
  return kept.length > 0 ? kept : tokens;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Transliteration-tolerant token equality: one edit allowed on long tokens, or a doubled letter. */
function tokensMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const squeeze = (t: string) => t.replace(/(.)\1+/g, '$1');
  if (squeeze(a) === squeeze(b)) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 5) return editDistanceAtMostOne(a, b);
  // Short surnames ("Rait"/"Raite"): only a trailing letter may differ.
  if (shorter >= 4 && (a.startsWith(b) || b.startsWith(a))) return true;
  return false;
}

/** Same entity? Every token of the shorter name must match a token of the longer one. */
export function namesMatch(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  if (ta.join('') === tb.join('')) return true;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const used = new Set<number>();
  for (const token of short) {
    const at = long.findIndex((other, k) => !used.has(k) && tokensMatch(token, other));
    if (at < 0) return false;
    used.add(at);
  }
  // A lone short token ("US") must equal the whole other name, not one of its parts.
  if (short.length === 1 && long.length > 1 && short[0]!.length < 4) return false;
  return true;
}
