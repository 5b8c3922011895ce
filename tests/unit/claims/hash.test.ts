import { describe, expect, it } from 'vitest';
import { hash53, hashHex } from '../../../src/core/hash';

describe('hash', () => {
  it('is deterministic, fixed-width hex, and seed-sensitive', () => {
    expect(hashHex('hello')).toBe(hashHex('hello'));
    expect(hashHex('hello')).toMatch(/^[0-9a-f]{14}$/);
    expect(hashHex('hello')).not.toBe(hashHex('hello', 1));
    expect(hash53('')).toBeLessThan(2 ** 53);
  });
  it('separates close strings', () => {
    const seen = new Set(Array.from({ length: 2000 }, (_, i) => hashHex(`doc-${i}`)));
    expect(seen.size).toBe(2000);
  });
});
