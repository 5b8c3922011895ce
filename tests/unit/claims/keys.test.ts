import { describe, expect, it } from 'vitest';
import { claimKeys, isInformativeLemma, MAX_KEYS } from '../../../src/core/claims/keys';

const base = {
  nameKeys: ['acme corp', 'springfield'],
  lemmas: ['flood', 'say', 'people', 'kill', 'river', 'flood', 'year', 'bank'],
  countedNouns: ['people', null],
  predicates: ['kill'],
  dates: [
    { from: '2023-12-25', granularity: 'day' as const },
    { from: '2022-01-01', granularity: 'year' as const },
  ],
};

describe('claimKeys', () => {
  it('builds prefixed keys in a fixed order', () => {
    expect(claimKeys(base)).toEqual([
      'n:acme corp',
      'n:springfield',
      'p:kill',
      'u:people',
      'd:2023-12',
      'y:2023',
      'y:2022',
      'l:flood',
      'l:kill',
      'l:river',
      'l:bank',
    ]);
  });

  it('keeps people out of lemma keys but in counted-noun keys', () => {
    const keys = claimKeys(base);
    expect(keys).toContain('u:people');
    expect(keys).not.toContain('l:people');
    expect(keys).not.toContain('l:say');
  });

  it('emits d: only for month granularity or finer', () => {
    const keys = claimKeys({ ...base, dates: [{ from: '2021-01-01', granularity: 'year' }] });
    expect(keys.filter((k) => k.startsWith('d:'))).toEqual([]);
    expect(keys).toContain('y:2021');
  });

  it('caps the number of keys and is deterministic', () => {
    const many = { ...base, lemmas: Array.from({ length: 60 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`) };
    const a = claimKeys(many);
    expect(a.length).toBe(MAX_KEYS);
    expect(claimKeys(many)).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
  });
});

describe('isInformativeLemma', () => {
  it('drops numbers, short words and news filler', () => {
    expect(isInformativeLemma('earthquake')).toBe(true);
    expect(isInformativeLemma('2013')).toBe(false);
    expect(isInformativeLemma('go')).toBe(false);
    expect(isInformativeLemma('say')).toBe(false);
  });
});
