import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/core/claims';
import { Claim } from '../../../src/core/model';
import { extractQuantities } from '../../../src/core/text/numbers';
import { lemma } from '../../../src/core/text/tokens';

// Words that name Object.prototype members must never be read as table entries.
const WORDS = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty', 'isPrototypeOf', 'prototype'];

describe('page words that are JavaScript property names', () => {
  it('yield no quantities and keep every slot finite', () => {
    for (const word of WORDS) {
      const found = extractQuantities(`Someone typed ${word} into the form, and ${word} hundreds appeared.`);
      for (const q of found) expect(Number.isFinite(q.value) && Number.isFinite(q.low) && Number.isFinite(q.high)).toBe(true);
      expect(found.filter((q) => q.raw.includes(word))).toEqual([]);
    }
  });

  it('lemmatise to themselves', () => {
    for (const word of WORDS) expect(typeof lemma(word)).toBe('string');
    expect(lemma('constructor')).toBe('constructor');
  });

  it('produce claims that pass the schema', () => {
    const text = WORDS.map((w) => `On Monday ${w} said ${w} {{${w}.${w}('x')()}} was killed by 3 ${w}s in ${w} morning.`).join('\n\n');
    const claims = extractClaims({ id: 'a', text, publishedAt: '2026-03-04', title: null });
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(Claim.safeParse(claim).success).toBe(true);
  });
});
