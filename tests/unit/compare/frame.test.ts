import { describe, expect, it } from 'vitest';
import { sameFrame } from '../../../src/core/compare';
import { quoteOverlap } from '../../../src/core/compare/frame';
import { makeClaim, on, ref } from './factory';

const wounded = (text: string, raw: string, noun: string, extra: Partial<Parameters<typeof makeClaim>[0]> = {}) =>
  makeClaim({
    text,
    quantities: [{ raw, value: 3, noun, role: 'wound' }],
    names: [{ raw: 'Erbil', canonical: 'erbil', kind: 'place' }, ...(extra.names ?? [])],
    predicates: ['wound'],
    ...extra,
  });

describe('sameFrame', () => {
  it('lines up spelling variants, predicate synonyms and noun synonyms', () => {
    const a = wounded('A drone attack on Erbil wounded three soldiers.', 'three', 'soldier');
    const b = makeClaim({
      text: 'The attack on Irbil injured three service members.',
      quantities: [{ raw: 'three', value: 3, noun: 'service member', role: 'injure' }],
      names: [{ raw: 'Irbil', canonical: 'irbil', kind: 'place' }],
      predicates: ['injure'],
    });
    const f = sameFrame(a, ref('x', '2023-12-26'), b, ref('y', '2023-12-26'));
    expect(f).not.toBeNull();
    expect(f!.strong).toBe(true);
    expect(f!.predicates).toContain('wound');
    expect(f!.nouns).toBe('same');
    expect(f!.time).toBe('same');
  });

  it('anchors on own dates before publication dates', () => {
    const a = wounded('An attack on Erbil on Monday wounded three soldiers.', 'three', 'soldier', { dates: [on('Monday', '2023-12-25', true)] });
    const b = wounded('An attack on Erbil on January 20 wounded three soldiers.', 'three', 'soldier', { dates: [on('January 20', '2024-01-20')] });
    // Published the same day, but the dates name two events a month apart.
    expect(sameFrame(a, ref('x', '2024-01-24'), b, ref('y', '2024-01-24'))).toBeNull();
    // An undated claim from December does not meet a claim about January 20.
    const c = wounded('An attack on Erbil wounded three soldiers.', 'three', 'soldier');
    expect(sameFrame(c, ref('x', '2023-12-26'), b, ref('y', '2024-01-24'))).toBeNull();
    expect(sameFrame(c, ref('x', '2024-01-21'), b, ref('y', '2024-01-24'))).not.toBeNull();
  });

  it('is weak when the counted nouns differ, or when time is unknown', () => {
    const a = wounded('A drone attack on Erbil wounded three soldiers.', 'three', 'soldier');
    const b = wounded('A drone attack on Erbil wounded three civilians.', 'three', 'civilian');
    expect(sameFrame(a, ref('x', '2023-12-26'), b, ref('y', '2023-12-26'))?.strong).toBe(false);
    expect(sameFrame(a, ref('x', null), a, ref('y', '2023-12-26'))?.strong).toBe(false);
  });

  it('keeps apart events dated by different weekdays, even in an undated article', () => {
    const thursday = wounded('An attack on Erbil on Thursday wounded three soldiers.', 'three', 'soldier');
    const monday = wounded('An attack on Erbil on Monday wounded three soldiers.', 'three', 'soldier');
    expect(sameFrame(thursday, ref('x', null), monday, ref('y', '2023-12-26'))).toBeNull();
    expect(sameFrame(thursday, ref('x', null), thursday, ref('y', '2023-12-26'))).not.toBeNull();
    // A weekday bounding a period dates nothing.
    const since = wounded('Attacks on Erbil since Monday wounded three soldiers.', 'three', 'soldier');
    expect(sameFrame(thursday, ref('x', null), since, ref('y', '2023-12-26'))).not.toBeNull();
  });

  it('keeps apart two people of ages years apart, unless one named person ties them', () => {
    const fell = (text: string, age: string, value: number, names: { raw: string; kind: 'person' | 'place' }[]) =>
      makeClaim({ text, quantities: [{ raw: age, value, unit: 'age' }], names, predicates: ['fall'] });
    const a = fell('A 36-year-old climber fell on Mount Kestrel.', '36-year-old', 36, [{ raw: 'Mount Kestrel', kind: 'place' }]);
    const b = fell('Ada Vole, 32, fell on Mount Kestrel.', '32', 32, [{ raw: 'Ada Vole', kind: 'person' }, { raw: 'Mount Kestrel', kind: 'place' }]);
    const c = fell('Ada Vole, 31, fell on Mount Kestrel.', '31', 31, [{ raw: 'Ada Vole', kind: 'person' }, { raw: 'Mount Kestrel', kind: 'place' }]);
    const d = fell('A 33-year-old climber fell on Mount Kestrel.', '33-year-old', 33, [{ raw: 'Mount Kestrel', kind: 'place' }]);
    expect(sameFrame(a, ref('x', '2013-09-15'), b, ref('y', '2013-09-15'))).toBeNull();
    expect(sameFrame(b, ref('x', '2013-09-15'), c, ref('y', '2013-09-15'))).not.toBeNull();
    expect(sameFrame(d, ref('x', '2013-09-15'), b, ref('y', '2013-09-15'))).not.toBeNull();
    // Two ages in one sentence are two people, one of whom may be the other claim's.
    const two = makeClaim({
      text: 'A 36-year-old and a 26-year-old fell on Mount Kestrel.',
      quantities: [{ raw: '36-year-old', value: 36, unit: 'age' }, { raw: '26-year-old', value: 26, unit: 'age' }],
      names: [{ raw: 'Mount Kestrel', kind: 'place' }],
      predicates: ['fall'],
    });
    expect(sameFrame(two, ref('x', '2013-09-15'), b, ref('y', '2013-09-15'))).not.toBeNull();
  });

  it('flags different scopes', () => {
    const a = makeClaim({ text: 'The wave killed 170,000 people in the province of Aceh.', names: [{ raw: 'Aceh', kind: 'place' }], predicates: ['kill'] });
    const b = makeClaim({ text: 'The wave killed 230,000 people in Aceh and across Asia.', names: [{ raw: 'Aceh', kind: 'place' }], predicates: ['kill'] });
    const f = sameFrame(a, ref('x', '2023-12-26'), b, ref('y', '2023-12-26'));
    expect(f?.scopeConflict).toBe(true);
    expect(f?.strong).toBe(false);
  });
});

describe('story frames without a shared name', () => {
  const x = ref('x', '2013-09-15T09:00:00Z');
  const y = ref('y', '2013-09-16T09:00:00Z');
  const friday = on('Friday', '2013-09-13', true);
  const fridayMorning = { ...on('Friday morning', '2013-09-13', true), granularity: 'part-of-day' as const };
  const fell = makeClaim({ text: 'On Friday, a 41-year-old guide died after slipping and falling from a ridge.', dates: [friday], predicates: ['kill', 'fall'] });

  it('the same two kinds of event on the same day, each side dating it, are one frame', () => {
    const first = makeClaim({ text: 'The first of the weekend deaths was that of a local climber who fell on Friday morning.', dates: [fridayMorning], predicates: ['kill', 'fall'] });
    expect(sameFrame(fell, x, first, y, { sameStory: true })).not.toBeNull();
    expect(sameFrame(fell, x, first, y)).toBeNull();
  });

  it('one kind of event on the same day is not: a story has many deaths, strikes, rescues in a day', () => {
    const mourned = makeClaim({ text: 'On Friday morning a crowd gathered to mourn his death.', dates: [fridayMorning], predicates: ['kill'] });
    expect(sameFrame(fell, x, mourned, y, { sameStory: true })).toBeNull();
  });
});

describe('counted nouns', () => {
  it('"attacked 151 times" counts attacks like "100 attacks"', () => {
    const a = makeClaim({ text: 'Over a hundred attacks hit US bases in Iraq.', quantities: [{ raw: 'Over a hundred', value: 100, hedge: 'more-than', noun: 'attack', role: 'strike' }], names: [{ raw: 'Iraq', kind: 'place' }], predicates: ['strike'] });
    const b = makeClaim({ text: 'US bases in Iraq came under attack 151 times.', quantities: [{ raw: '151', value: 151, noun: 'time', role: 'strike' }], names: [{ raw: 'Iraq', kind: 'place' }], predicates: ['strike'] });
    expect(sameFrame(a, ref('x', '2023-12-26'), b, ref('y', '2023-12-27'))?.nouns).toBe('same');
  });

  it('a vague figure ("numerous shops") counts nothing another report could contradict', () => {
    const scene = makeClaim({ text: 'Thieves robbed the Velmar store, on a street with numerous shops.', quantities: [{ raw: 'numerous', value: 3, hedge: 'vague', noun: 'shop' }], names: [{ raw: 'Velmar', kind: 'org' }], predicates: ['steal'] });
    const gang = makeClaim({ text: 'Three men robbed the Velmar store.', quantities: [{ raw: 'Three', value: 3, noun: 'man' }], names: [{ raw: 'Velmar', kind: 'org' }], predicates: ['steal'] });
    const shops = makeClaim({ text: 'The Velmar robbers hit three shops.', quantities: [{ raw: 'three', value: 3, noun: 'shop' }], names: [{ raw: 'Velmar', kind: 'org' }], predicates: ['steal'] });
    expect(sameFrame(scene, ref('x', '2023-12-26'), gang, ref('y', '2023-12-26'))?.nouns).toBe('none');
    expect(sameFrame(shops, ref('x', '2023-12-26'), gang, ref('y', '2023-12-26'))?.nouns).toBe('different');
  });
});

describe('quoteOverlap', () => {
  it('finds a short quotation word for word inside a longer one', () => {
    expect(quoteOverlap('clear act of defiance', 'This is a clear act of defiance. We will answer it.')).toBe(1);
    expect(quoteOverlap('a grave mistake', 'It was a grave mistake, and they know it.')).toBe(1);
  });
  it('not a title in capitals, nor two or fewer words, nor the words out of order', () => {
    expect(quoteOverlap('The Golden Hour', 'We loved The Golden Hour and its sequel.')).toBe(0);
    expect(quoteOverlap('grave mistake', 'It was a grave mistake, and they know it.')).toBe(0);
    expect(quoteOverlap('a mistake grave', 'It was a grave mistake, and they know it.')).toBe(0);
  });
});
