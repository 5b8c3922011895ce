import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../../src/core/compare';
import { onceOnlyEvents } from '../../../src/core/compare/once-only';
import { inMonth, inYear, makeClaim, on, ref } from './factory';

const person = (raw: string) => ({ raw, kind: 'person' as const });

describe('onceOnlyEvents', () => {
  it('reads whose death a sentence dates, before the verb or after "death of"', () => {
    const a = makeClaim({ text: 'General Anton Brekk, who was killed in an airstrike in January 2020, led the unit.', names: [person('Anton Brekk')], dates: [inMonth('January 2020', '2020-01')] });
    expect(onceOnlyEvents(a).map((e) => [e.subject, e.date.raw])).toEqual([['anton brekk', 'January 2020']]);
    const b = makeClaim({ text: 'He was named after the death of Ivo Marten in 1972.', names: [person('Ivo Marten')], dates: [inYear('1972', 1972)] });
    expect(onceOnlyEvents(b).map((e) => e.subject)).toEqual(['ivo marten']);
  });

  it('does not take a charge, a trial or an attempt for the event, nor a date far from the verb', () => {
    const charged = makeClaim({ text: 'Ivo Marten was charged with the murder of Lena Dahl on Monday.', names: [person('Ivo Marten'), person('Lena Dahl')], dates: [on('Monday', '2013-06-10', true)] });
    expect(onceOnlyEvents(charged)).toEqual([]);
    const attempt = makeClaim({ text: 'In 1957, Ivo Marten took part in a botched attempt to assassinate Lena Dahl.', names: [person('Ivo Marten'), person('Lena Dahl')], dates: [inYear('1957', 1957)] });
    expect(onceOnlyEvents(attempt)).toEqual([]);
    const far = makeClaim({ text: 'On Monday a preliminary hearing was held for Ivo Marten, who is accused over the killing.', names: [person('Ivo Marten')], dates: [on('Monday', '2013-06-10', true)] });
    expect(onceOnlyEvents(far)).toEqual([]);
    // the date of the conviction, not of the murder
    const convicted = makeClaim({ text: 'Ivo Marten was convicted March 20 of first-degree murder for the slaying of Lena Dahl.', names: [person('Ivo Marten'), person('Lena Dahl')], dates: [on('March 20', '2007-03-20')] });
    expect(onceOnlyEvents(convicted)).toEqual([]);
  });
});

describe('a once-only date conflict', () => {
  const x = ref('x', '2024-01-24');
  const y = ref('y', '2024-01-25');
  it('is a differ only for the same person\u2019s event dated on both sides', () => {
    const a = makeClaim({ text: 'Ivo Marten, who died in 2022, led the group.', names: [person('Ivo Marten')], predicates: ['die'], dates: [inYear('2022', 2022)] });
    const b = makeClaim({ text: 'Ivo Marten died in January 2020 in Vardo.', names: [person('Ivo Marten')], predicates: ['die'], dates: [inMonth('January 2020', '2020-01')] });
    expect(compareClaims(a, x, b, y)?.verdict).toBe('differ');
    // The same name beside another person's death is no conflict.
    const c = makeClaim({ text: 'Ivo Marten spoke after Lena Dahl died in January 2020.', names: [person('Ivo Marten'), person('Lena Dahl')], predicates: ['die'], dates: [inMonth('January 2020', '2020-01')] });
    expect(compareClaims(a, x, c, y)?.verdict ?? 'none').not.toBe('differ');
  });
});
