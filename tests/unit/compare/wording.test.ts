import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../../src/core/compare';
import { bearingsOf, isSurnameMisspelling } from '../../../src/core/compare/wording';
import { makeClaim, ref } from './factory';

describe('isSurnameMisspelling', () => {
  it('same given name, surname one trailing letter longer', () => {
    expect(isSurnameMisspelling('duncan rait', 'duncan raite')).toBe(true);
    expect(isSurnameMisspelling('duncan raite', 'duncan rait')).toBe(true);
  });
  it('not transliterations, other people, single names or short surnames', () => {
    expect(isSurnameMisspelling('qassem soleimani', 'qassem suleimani')).toBe(false);
    expect(isSurnameMisspelling('duncan rait', 'robert rait')).toBe(false);
    expect(isSurnameMisspelling('rait', 'raite')).toBe(false);
    expect(isSurnameMisspelling('mo li', 'mo lin')).toBe(false);
    expect(isSurnameMisspelling('duncan rait', 'duncan rait')).toBe(false);
  });
  it('a lone surname against a full name of two or three words', () => {
    expect(isSurnameMisspelling('wendt', 'ilse wendte')).toBe(true);
    expect(isSurnameMisspelling('ilse maria wendte', 'wendt')).toBe(true);
    expect(isSurnameMisspelling('wendt', 'ilse wendt')).toBe(false);
    expect(isSurnameMisspelling('wendt', 'anna ilse maria wendte')).toBe(false);
    expect(isSurnameMisspelling('kol', 'ilse kole')).toBe(false);
  });
  it('a full name against the same with a middle name', () => {
    expect(isSurnameMisspelling('callum marshe', 'callum robert marsh')).toBe(true);
    expect(isSurnameMisspelling('callum robert marsh', 'callum marshe')).toBe(true);
    expect(isSurnameMisspelling('callum marshe', 'ewan robert marsh')).toBe(false);
  });
});

describe('a name spelled two ways', () => {
  it('is a differ when the rest is one statement', () => {
    const mk = (name: string) =>
      makeClaim({ text: `On Friday, 36-year-old ${name} died after falling.`, quantities: [{ raw: '36-year-old', value: 36, unit: 'age', role: 'kill' }], names: [{ raw: name, kind: 'person' }], predicates: ['kill'] });
    const r = compareClaims(mk('Duncan Rait'), ref('x', '2013-09-15'), mk('Duncan Raite'), ref('y', '2013-09-15'));
    expect(r?.verdict).toBe('differ');
    expect(r?.evidence.find((e) => e.kind === 'name')?.there).toBe('Duncan Raite');
    expect(compareClaims(mk('Duncan Rait'), ref('x', '2013-09-15'), mk('Duncan Rait'), ref('y', '2013-09-15'))?.verdict).toBe('agree');
  });
  it('a lone surname spelled one letter longer than the full name is a differ too', () => {
    const full = makeClaim({ text: 'Ilse Wendt died on Friday after the boat capsized.', names: [{ raw: 'Ilse Wendt', kind: 'person' }], predicates: ['kill'] });
    const lone = makeClaim({ text: 'Rescuers reached Wendte on Friday, but she died after the boat capsized.', names: [{ raw: 'Wendte', kind: 'person' }], predicates: ['kill'] });
    const r = compareClaims(full, ref('x', '2013-09-15'), lone, ref('y', '2013-09-15'));
    expect(r?.verdict).toBe('differ');
    expect(r?.evidence.find((e) => e.kind === 'name')?.there).toBe('Wendte');
  });
});

describe('bearingsOf', () => {
  it('reads where something is, not how far it reached', () => {
    expect(bearingsOf('The quake struck 73 miles west of Tarvik.').map((b) => b.raw)).toEqual(['west of Tarvik']);
    expect(bearingsOf('It shook homes from Kelby to north of Tarvik.')).toEqual([]);
    expect(bearingsOf('It was felt as far as south of Tarvik.')).toEqual([]);
  });
});
