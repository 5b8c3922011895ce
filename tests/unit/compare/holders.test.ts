import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../../src/core/compare';
import { ageHolder } from '../../../src/core/compare/holders';
import { makeClaim, ref } from './factory';

const age = (text: string, raw: string, value: number, names: string[]) =>
  makeClaim({
    text,
    quantities: [{ raw, value, unit: 'age', role: 'die' }],
    names: names.map((n) => ({ raw: n, kind: 'person' as const })),
    predicates: ['die'],
  });

describe('ageHolder', () => {
  it('reads the person after "N-year-old" and before ", N,"', () => {
    const a = age('A day after Bo Kestrel died, 36-year-old teacher Ada Vole died.', '36-year-old', 36, ['Bo Kestrel', 'Ada Vole']);
    expect(ageHolder(a, a.slots.quantities[0]!)).toBe('ada vole');
    const b = age('Bo Kestrel, 32, died while climbing; Ada Vole had died a day earlier.', '32', 32, ['Bo Kestrel', 'Ada Vole']);
    expect(ageHolder(b, b.slots.quantities[0]!)).toBe('bo kestrel');
    const c = age('A 36-year-old man died on Friday.', '36-year-old', 36, []);
    expect(ageHolder(c, c.slots.quantities[0]!)).toBeNull();
  });

  it('ages of two different people are not compared', () => {
    const a = age('A day after Bo Kestrel died, 36-year-old teacher Ada Vole died.', '36-year-old', 36, ['Bo Kestrel', 'Ada Vole']);
    const b = age('Bo Kestrel, 32, died while climbing; Ada Vole had died a day earlier.', '32', 32, ['Bo Kestrel', 'Ada Vole']);
    expect(compareClaims(a, ref('x', '2013-09-16'), b, ref('y', '2013-09-16'))?.verdict).not.toBe('differ');
    const c = age('Bo Kestrel, 31, died while climbing.', '31', 31, ['Bo Kestrel']);
    expect(compareClaims(b, ref('x', '2013-09-16'), c, ref('y', '2013-09-16'))?.verdict).toBe('differ');
  });
});

describe('differentSubjects', () => {
  it('figures of claims about two different people are not compared', () => {
    const a = makeClaim({
      text: 'Before Bo Kestrel died, 36-year-old Ada Vole fell 200 feet.',
      quantities: [{ raw: '36-year-old', value: 36, unit: 'age' }, { raw: '200 feet', value: 60.96, unit: 'm', role: 'fall' }],
      names: [{ raw: 'Bo Kestrel', kind: 'person' }, { raw: 'Ada Vole', kind: 'person' }],
      predicates: ['fall'],
    });
    const b = makeClaim({
      text: 'After Ada Vole died, 31-year-old Bo Kestrel fell 700 meters.',
      quantities: [{ raw: '31-year-old', value: 31, unit: 'age' }, { raw: '700 meters', value: 700, unit: 'm', role: 'fall' }],
      names: [{ raw: 'Ada Vole', kind: 'person' }, { raw: 'Bo Kestrel', kind: 'person' }],
      predicates: ['fall'],
    });
    expect(compareClaims(a, ref('x', '2013-09-16'), b, ref('y', '2013-09-16'))?.verdict).not.toBe('differ');
    // The same person in both: her age agrees, her fall differs.
    const c = makeClaim({
      text: 'After Bo Kestrel died, 36-year-old Ada Vole fell 700 meters.',
      quantities: [{ raw: '36-year-old', value: 36, unit: 'age' }, { raw: '700 meters', value: 700, unit: 'm', role: 'fall' }],
      names: [{ raw: 'Bo Kestrel', kind: 'person' }, { raw: 'Ada Vole', kind: 'person' }],
      predicates: ['fall'],
    });
    expect(compareClaims(a, ref('x', '2013-09-16'), c, ref('y', '2013-09-16'))?.verdict).toBe('differ');
  });
});
