import { describe, expect, it } from 'vitest';
import { boundsOf, compareQuantities, fitQuantities, pairStrength } from '../../../src/core/compare/quantities';
import { makeClaim } from './factory';

const slot = (raw: string, value: number, extra: Parameters<typeof makeClaim>[0]['quantities'] extends (infer Q)[] | undefined ? Partial<Q> : never = {}) =>
  makeClaim({ text: raw, quantities: [{ raw, value, ...extra }] }).slots.quantities[0]!;

describe('boundsOf', () => {
  it('reads hedges as intervals', () => {
    expect(boundsOf(slot('at least 151', 151, { hedge: 'at-least' }))).toEqual([151, Infinity]);
    expect(boundsOf(slot('more than 100', 100, { hedge: 'more-than' }))[0]).toBe(101);
    expect(boundsOf(slot('12', 12))).toEqual([12, 12]);
    const [lo, hi] = boundsOf(slot('about 3,500', 3500, { hedge: 'about' }));
    expect(lo).toBeLessThan(3400);
    expect(hi).toBeGreaterThan(3600);
    expect(boundsOf(slot('nearly 100', 100, { hedge: 'nearly' }))[1]).toBe(100);
  });
});

describe('fitQuantities', () => {
  it('agrees within hedges and conflicts beyond them', () => {
    expect(fitQuantities(slot('about 130', 130, { hedge: 'about' }), slot('more than 100', 100, { hedge: 'more-than' })).kind).toBe('agree');
    expect(fitQuantities(slot('about 130', 130, { hedge: 'about' }), slot('nearly 100', 100, { hedge: 'nearly' })).kind).toBe('conflict');
    expect(fitQuantities(slot('about two dozen', 24, { hedge: 'about' }), slot('at least three dozen', 36, { hedge: 'at-least' })).kind).toBe('conflict');
    expect(fitQuantities(slot('some 700 m', 700, { hedge: 'about', unit: 'm' }), slot('about 600 m', 600, { hedge: 'about', unit: 'm' })).kind).toBe('conflict');
  });

  it('reads one figure hedged from either side as the same figure ("nearly 100" / "over 100")', () => {
    expect(fitQuantities(slot('nearly $100 billion', 1e11, { hedge: 'nearly', unit: 'USD' }), slot('over a hundred billion dollars', 1e11, { hedge: 'more-than', unit: 'USD' })).kind).toBe('agree');
    expect(fitQuantities(slot('almost 50', 50, { hedge: 'nearly' }), slot('at least 50', 50, { hedge: 'at-least' })).kind).toBe('agree');
    // An exact figure is not hedged: "more than 100" still excludes 100 itself.
    expect(fitQuantities(slot('100', 100), slot('more than 100', 100, { hedge: 'more-than' })).kind).toBe('conflict');
  });

  it('lets two currencies agree at a rough rate but never conflict; never compares two dimensions', () => {
    expect(fitQuantities(slot('€2m', 2e6, { unit: 'EUR' }), slot('$2.6m', 2.6e6, { unit: 'USD' })).kind).toBe('agree');
    expect(fitQuantities(slot('€2m', 2e6, { unit: 'EUR' }), slot('£1.7m', 1.7e6, { unit: 'GBP' })).kind).toBe('agree');
    expect(fitQuantities(slot('€2m', 2e6, { unit: 'EUR' }), slot('$9m', 9e6, { unit: 'USD' }))).toEqual({ kind: 'incomparable', reason: 'currency' });
    expect(fitQuantities(slot('€2m', 2e6, { unit: 'EUR' }), slot('2m units', 2e6, { unit: 'XYZ' }))).toEqual({ kind: 'incomparable', reason: 'currency' });
    expect(fitQuantities(slot('5 km', 5, { unit: 'km' }), slot('5 kg', 5, { unit: 'kg' })).kind).toBe('incomparable');
    expect(fitQuantities(slot('5 km', 5, { unit: 'km' }), slot('5', 5)).kind).toBe('incomparable');
  });

  it('converts lengths with a tolerance', () => {
    expect(fitQuantities(slot('2,000 ft', 2000, { unit: 'ft' }), slot('609 m', 609, { unit: 'm' })).kind).toBe('agree');
    expect(fitQuantities(slot('2,000 ft', 2000, { unit: 'ft' }), slot('700 m', 700, { unit: 'm' })).kind).toBe('conflict');
  });

  it('two approximate figures agree when close, not whenever their hedges and conversion slack touch', () => {
    const aboutFt = slot('around 3,000 ft', 3000, { hedge: 'about', unit: 'ft' });
    expect(fitQuantities(aboutFt, slot('some 1,050 m', 1050, { hedge: 'about', unit: 'm' })).kind).toBe('conflict');
    expect(fitQuantities(aboutFt, slot('about 900 m', 900, { hedge: 'about', unit: 'm' })).kind).toBe('agree');
    expect(fitQuantities(slot('about 95', 95, { hedge: 'about' }), slot('about 100', 100, { hedge: 'about' })).kind).toBe('agree');
    expect(fitQuantities(slot('about 85', 85, { hedge: 'about' }), slot('about 100', 100, { hedge: 'about' })).kind).toBe('conflict');
  });
});

describe('pairStrength', () => {
  it('ties figures by counted noun (with synonyms) and governing verb', () => {
    expect(pairStrength(slot('3', 3, { noun: 'soldier', role: 'wound' }), slot('3', 3, { noun: 'service member', role: 'injure' }))).toBe('strong');
    expect(pairStrength(slot('3', 3, { noun: 'soldier', role: 'wound' }), slot('3', 3, { noun: 'soldier', role: 'kill' }))).toBeNull();
    expect(pairStrength(slot('3', 3, { noun: 'soldier' }), slot('3', 3, { noun: 'civilian' }))).toBeNull();
    expect(pairStrength(slot('18', 18, { noun: null, role: 'wound' }), slot('18', 18, { noun: 'people', role: 'wound' }))).toBe('weak');
    expect(pairStrength(slot('18', 18), slot('18', 18))).toBeNull();
  });

  it('ties a death toll to people killed, but not to people missing', () => {
    expect(pairStrength(slot('six', 6, { noun: 'toll', role: 'kill' }), slot('Three', 3, { noun: 'people', role: 'kill' }))).toBe('strong');
    expect(pairStrength(slot('six', 6, { noun: 'toll', role: 'kill' }), slot('five', 5, { noun: 'people', role: 'missing' }))).toBeNull();
    expect(pairStrength(slot('six', 6, { noun: 'toll' }), slot('Three', 3, { noun: 'people' }))).toBeNull();
  });

  it('ties "four men" to "four robbers" weakly (they may agree, never differ), not to "four heists"', () => {
    expect(pairStrength(slot('Four', 4, { noun: 'man' }), slot('four', 4, { noun: 'robber' }))).toBe('weak');
    expect(pairStrength(slot('Four', 4, { noun: 'people' }), slot('four', 4, { noun: 'journalist' }))).toBe('weak');
    expect(pairStrength(slot('Four', 4, { noun: 'man' }), slot('four', 4, { noun: 'heist' }))).toBeNull();
    expect(pairStrength(slot('Four', 4, { noun: 'robber' }), slot('four', 4, { noun: 'climber' }))).toBeNull();
  });
});

describe('whole-number units', () => {
  it('ages one year apart do not agree by rounding slack', () => {
    const q = (raw: string, value: number) => ({ raw, start: 0, end: raw.length, value, low: value, high: value, hedge: 'exact' as const, unit: 'age', noun: null, role: null });
    expect(fitQuantities(q('31', 31), q('32', 32)).kind).toBe('conflict');
    expect(fitQuantities(q('32', 32), q('32', 32)).kind).toBe('agree');
  });
});

describe('open bounds far from the other figure', () => {
  const q = (raw: string, value: number, hedge: 'exact' | 'more-than' | 'at-least' | 'up-to') => ({ raw, start: 0, end: raw.length, value, low: value, high: value, hedge, unit: 'USD', noun: null, role: null });
  it('"over $2.6 million" is no match for "$137 million", but is for "$2.7 million"', () => {
    expect(fitQuantities(q('over $2.6 million', 2.6e6, 'more-than'), q('$137 million', 137e6, 'exact')).kind).toBe('incomparable');
    expect(fitQuantities(q('over $2.6 million', 2.6e6, 'more-than'), q('$2.7 million', 2.7e6, 'exact')).kind).toBe('agree');
    expect(fitQuantities(q('up to $90 million', 90e6, 'up-to'), q('$2 million', 2e6, 'exact')).kind).toBe('incomparable');
  });
});

describe('a figure with its conversion in brackets', () => {
  it('is one reading, not two parts: the conflict with the other outlet stays strong', () => {
    const a = makeClaim({ text: 'He died after falling about 150 metres.', quantities: [{ raw: 'about 150 metres', value: 150, hedge: 'about', unit: 'm', role: 'fall' }] });
    const b = makeClaim({
      text: 'He died after falling about 60 metres (200 feet).',
      quantities: [{ raw: 'about 60 metres', value: 60, hedge: 'about', unit: 'm', role: 'fall' }, { raw: '200 feet', value: 60.96, unit: 'm' }],
    });
    const conflicts = compareQuantities(a, b).conflicts;
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts.every((c) => c.strong)).toBe(true);
  });

  it('while two different figures of one kind are parts, and their conflicts stay weak', () => {
    const a = makeClaim({ text: 'One climber fell about 150 metres.', quantities: [{ raw: 'about 150 metres', value: 150, hedge: 'about', unit: 'm', role: 'fall' }] });
    const b = makeClaim({
      text: 'One fell 60 metres and another 300 metres.',
      quantities: [{ raw: '60 metres', value: 60, unit: 'm', role: 'fall' }, { raw: '300 metres', value: 300, unit: 'm' }],
    });
    expect(compareQuantities(a, b).conflicts.some((c) => c.strong)).toBe(false);
  });
});

describe('sums of money', () => {
  it('pair by their value, whatever thing they are the worth of', () => {
    const a = makeClaim({ text: 'A bandit made off with $136M worth of diamonds.', quantities: [{ raw: '$136M', value: 136e6, unit: 'USD', noun: 'diamond', role: 'steal' }] });
    const b = makeClaim({ text: 'He left with jewellery worth €103 million.', quantities: [{ raw: '€103 million', value: 103e6, unit: 'EUR' }] });
    const c = compareQuantities(a, b);
    expect(c.agreements).toBe(1);
    expect(c.evidence[0]?.note).toMatch(/exchange rate/);
  });
});

describe('sums of money worth different things', () => {
  it('do not pair when one claim gives two sums: which one matches is a guess', () => {
    const a = makeClaim({ text: 'Thieves stole almost $2 million of jewelry.', quantities: [{ raw: 'almost $2 million', value: 2e6, hedge: 'nearly', unit: 'USD', noun: 'jewelry', role: 'steal' }] });
    const b = makeClaim({
      text: 'Thieves stole £910,000 worth of jewellery and a necklace worth £1.2m.',
      quantities: [{ raw: '£910,000', value: 910000, unit: 'GBP', noun: 'jewellery', role: 'steal' }, { raw: '£1.2m', value: 1.2e6, unit: 'GBP', noun: 'necklace' }],
    });
    expect(compareQuantities(a, b).agreements).toBe(0);
  });
});

describe('spans of time', () => {
  const days = (text: string, raw: string, value: number) => makeClaim({ text, quantities: [{ raw, value, unit: 'day' }] });
  it('a gap between two events is not a window holding them', () => {
    const gap = days('One day after Ada Vole was hurt, the club placed Bo Tarn on the injured list.', 'One day', 1);
    const window = days('Bo Tarn is the second player in two days to be placed on the injured list.', 'two days', 2);
    expect(compareQuantities(gap, window).conflicts).toEqual([]);
  });
  it('two gaps, or two windows, still compare', () => {
    const gap = (raw: string, value: number) => days(`Bo Tarn died ${raw} after the attack.`, raw, value);
    expect(compareQuantities(gap('two days', 2), gap('three days', 3)).conflicts).toHaveLength(1);
    const window = (raw: string, value: number) => days(`The fire burned for ${raw} before it was contained.`, raw, value);
    expect(compareQuantities(window('three days', 3), window('four days', 4)).conflicts).toHaveLength(1);
  });
});

describe('"N others" after a count', () => {
  const parts = makeClaim({
    text: 'The rocket attack left one guard in critical condition and wounded two others.',
    quantities: [
      { raw: 'one', value: 1, noun: 'guard', role: 'strike' },
      { raw: 'two', value: 2, noun: 'other', role: 'wound' },
    ],
  });
  const whole = (raw: string, value: number) =>
    makeClaim({ text: `The rocket attack wounded ${raw} guards.`, quantities: [{ raw, value, noun: 'guard', role: 'wound' }] });
  it('adds up with the count before it: one and two others are three', () => {
    for (const r of [compareQuantities(parts, whole('three', 3)), compareQuantities(whole('three', 3), parts)]) {
      expect(r.conflicts).toEqual([]);
      expect(r.evidence.some((e) => e.status === 'agree' && e.note?.includes('add up'))).toBe(true);
    }
  });
  it('counts as an exact sum only when the whole and every part are exact', () => {
    expect(compareQuantities(parts, whole('three', 3)).exactSums).toBe(1);
    const atLeast = makeClaim({ text: 'The rocket attack wounded at least three guards.', quantities: [{ raw: 'at least three', value: 3, hedge: 'at-least', noun: 'guard', role: 'wound' }] });
    expect(compareQuantities(parts, atLeast).exactSums).toBe(0);
  });
  it('and still conflicts with another total', () => {
    expect(compareQuantities(parts, whole('five', 5)).conflicts.length).toBeGreaterThan(0);
  });
});

describe('a vague figure against a precise one', () => {
  it('is at most a weak conflict: "several years" is no difference with "15 years"', () => {
    const years = (raw: string, value: number, hedge: 'exact' | 'vague') =>
      makeClaim({ text: `The two had argued for ${raw}.`, quantities: [{ raw, value, hedge, unit: 'year' }] });
    const r = compareQuantities(years('several years', 5, 'vague'), years('15 years', 15, 'exact'));
    expect(r.conflicts.every((c) => !c.strong)).toBe(true);
    expect(compareQuantities(years('12 years', 12, 'exact'), years('15 years', 15, 'exact')).conflicts.some((c) => c.strong)).toBe(true);
  });
});
