/**
 * Near-duplicate detection for syndicated copies: a 64-bit SimHash over word 3-shingles, written as
 * 16 hex digits. Reposts of one wire story with different boilerplate stay within a few bits; two
 * outlets' own articles on one story do not.
 */

/** Largest Hamming distance between fingerprints of copies of one text (tuned on the corpus). */
export const NEAR_DUPLICATE_BITS = 10;

function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Two independent 32-bit FNV-1a hashes make one 64-bit hash without BigInt. */
function hash64(s: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return [h1 >>> 0, (h2 ^ (h2 >>> 13)) >>> 0];
}

export function fingerprint(text: string): string {
  const tokens = words(text);
  const weights = new Array<number>(64).fill(0);
  const shingles = new Map<string, number>();
  if (tokens.length < 3) shingles.set(tokens.join(' '), 1);
  for (let i = 0; i + 3 <= tokens.length; i++) {
    const s = `${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`;
    shingles.set(s, (shingles.get(s) ?? 0) + 1);
  }
  for (const [shingle, count] of shingles) {
    const [hi, lo] = hash64(shingle);
    for (let bit = 0; bit < 32; bit++) {
      weights[bit]! += (hi >>> bit) & 1 ? count : -count;
      weights[32 + bit]! += (lo >>> bit) & 1 ? count : -count;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (weights[bit]! > 0) hi |= 1 << bit;
    if (weights[32 + bit]! > 0) lo |= 1 << bit;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/** Set bits in a 32-bit integer. */
export function popcount32(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Bits that differ between two fingerprints; 64 when either is malformed. */
export function hamming(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/i.test(a) || !/^[0-9a-f]{16}$/i.test(b)) return 64;
  const part = (s: string, k: number) => parseInt(s.slice(k * 8, k * 8 + 8), 16);
  return popcount32(part(a, 0) ^ part(b, 0)) + popcount32(part(a, 1) ^ part(b, 1));
}

export function isNearDuplicate(a: string, b: string, maxBits = NEAR_DUPLICATE_BITS): boolean {
  return hamming(a, b) <= maxBits;
}
