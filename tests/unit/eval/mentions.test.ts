import { describe, expect, it } from 'vitest';
import { locateQuote, matchMention, matchMentionIndex, overlap } from '../../../src/core/eval/mentions';

describe('locateQuote', () => {
  it('finds the first occurrence', () => {
    expect(locateQuote('ab cd ab cd', 'ab')).toEqual([0, 2]);
    expect(locateQuote('xx ab cd ab', 'cd ab')).toEqual([6, 11]);
  });
  it('returns null when absent', () => {
    expect(locateQuote('abc', 'abd')).toBeNull();
  });
});

describe('overlap', () => {
  it('counts shared characters of half-open spans', () => {
    expect(overlap([0, 10], [5, 20])).toBe(5);
    expect(overlap([0, 5], [5, 10])).toBe(0);
    expect(overlap([3, 4], [0, 10])).toBe(1);
  });
});

describe('matchMention', () => {
  it('picks the claim overlapping most', () => {
    const claims = [
      { id: 'a', start: 0, end: 12 },
      { id: 'b', start: 8, end: 40 },
    ];
    expect(matchMention(claims, [10, 30])).toBe('b');
  });
  it('requires an overlap of at least half the quote', () => {
    const claims = [{ id: 'a', start: 0, end: 5 }];
    expect(matchMention(claims, [0, 10])).toBe('a'); // 5 of 10: exactly half
    expect(matchMention(claims, [0, 11])).toBeNull(); // 5 of 11
  });
  it('breaks ties by the shorter claim', () => {
    const claims = [
      { id: 'long', start: 0, end: 50 },
      { id: 'short', start: 5, end: 20 },
    ];
    expect(matchMention(claims, [5, 20])).toBe('short');
  });
  it('then by the earlier claim in the list', () => {
    const claims = [
      { id: 'first', start: 0, end: 20 },
      { id: 'second', start: 10, end: 30 },
    ];
    expect(matchMention(claims, [10, 20])).toBe('first');
    expect(matchMentionIndex([...claims].reverse(), [10, 20])).toBe(0);
  });
  it('returns null with no claims or no overlap', () => {
    expect(matchMention([], [0, 4])).toBeNull();
    expect(matchMention([{ id: 'a', start: 10, end: 20 }], [0, 4])).toBeNull();
  });
});
