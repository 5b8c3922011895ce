import { describe, expect, it } from 'vitest';
import { matchCurrencyBefore, matchMultiplierAt, matchUnitAt, toNormalUnit, unitOfWord } from '../../../src/core/text/units';

describe('matchUnitAt', () => {
  const unitAfter = (text: string) => {
    const m = matchUnitAt(text, text.indexOf(' '));
    return m === null ? null : { unit: m.unit, factor: m.factor, words: text.slice(m.start, m.end) };
  };
  it('reads lengths, masses, speeds, percentages', () => {
    expect(unitAfter('10 kilometres away')).toEqual({ unit: 'km', factor: 1, words: 'kilometres' });
    expect(unitAfter('940 miles')?.factor).toBeCloseTo(1.609344);
    expect(unitAfter('2,000 ft')).toMatchObject({ unit: 'm', factor: 0.3048 });
    expect(unitAfter('5 lb')?.unit).toBe('kg');
    expect(unitAfter('60 mph')?.unit).toBe('km/h');
    expect(unitAfter('40 per cent')).toMatchObject({ unit: 'percent', words: 'per cent' });
    expect(unitAfter('3 tonnes')?.unit).toBe('tonne');
    expect(unitAfter('6.1 on the Richter scale')?.unit).toBe('magnitude');
    expect(unitAfter('16 years old')?.unit).toBe('age');
    expect(unitAfter('three days')?.unit).toBe('day');
  });
  it('needs a word boundary', () => {
    expect(unitAfter('5 minibuses')).toBeNull();
    expect(unitAfter('5 mountains')).toBeNull();
  });
  it('matches a glued percent sign', () => {
    expect(matchUnitAt('40%', 2)?.unit).toBe('percent');
  });
});

describe('unitOfWord', () => {
  it('names units from one word', () => {
    expect(unitOfWord('magnitude')?.unit).toBe('magnitude');
    expect(unitOfWord('km')?.unit).toBe('km');
    expect(unitOfWord('way')).toBeNull();
  });
});

describe('currencies and scales', () => {
  it('finds a currency sign or code before a figure', () => {
    expect(matchCurrencyBefore('cost $136m', 6)).toEqual({ code: 'USD', start: 5 });
    expect(matchCurrencyBefore('cost US$5', 8)).toEqual({ code: 'USD', start: 5 });
    expect(matchCurrencyBefore('€103m', 1)?.code).toBe('EUR');
    expect(matchCurrencyBefore('£88 million', 1)?.code).toBe('GBP');
    expect(matchCurrencyBefore('USD 5', 4)?.code).toBe('USD');
    expect(matchCurrencyBefore('about 5', 6)).toBeNull();
  });
  it('reads scale words', () => {
    expect(matchMultiplierAt('1.5 million', 3)?.factor).toBe(1e6);
    expect(matchMultiplierAt('$2bn', 2)).toMatchObject({ factor: 1e9, abbreviated: true });
    expect(matchMultiplierAt('5 people', 1)).toBeNull();
  });
  it('converts without floating-point noise', () => {
    expect(toNormalUnit(2000, { unit: 'm', factor: 0.3048, kind: 'length' })).toBe(609.6);
  });
});
