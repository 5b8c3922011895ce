import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../../src/core/compare';
import { qualitiesOf } from '../../../src/core/compare/qualities';
import { makeClaim, ref } from './factory';

describe('qualitiesOf', () => {
  it.each([
    ['He was well equipped at the time.', true, 'equip'],
    ['The group was "insufficiently" equipped for the climb.', false, 'equip'],
    ['an ill-equipped climber', false, 'equip'],
    ['The team was not well prepared.', false, 'prepare'],
    ['The ward was under-staffed.', false, 'staff'],
  ])('%s → good=%s %s', (text, good, participle) => {
    expect(qualitiesOf(text).map((q) => [q.good, q.participle])).toEqual([[good, participle]]);
  });

  it('gives the phrase without the quotation marks around its degree word', () => {
    expect(qualitiesOf('The group was "insufficiently" equipped.')[0]?.raw).toBe('insufficiently equipped');
  });

  it('ignores compounds that are not a degree of a participle', () => {
    expect(qualitiesOf('It was a well-known spot; he was well aware of it.')).toEqual([]);
  });
});

describe('one person said to be well and badly equipped', () => {
  const x = ref('x', '2013-09-16');
  const y = ref('y', '2013-09-16');
  const named = (text: string) => makeClaim({ text, names: [{ raw: 'Ada Vole', kind: 'person' }], lemmas: ['ada', 'vole', 'equip', 'climb'] });

  it('differ, with the two phrases as evidence', () => {
    const r = compareClaims(named('Police said Ada Vole was well equipped for the climb.'), x, named('Ada Vole was poorly equipped for the climb, rescuers said.'), y);
    expect(r?.verdict).toBe('differ');
    expect(r?.evidence.find((e) => e.status === 'differ')).toMatchObject({ here: 'well equipped', there: 'poorly equipped' });
  });

  it('agree or stay related when both say the same, or the participles differ', () => {
    const r = compareClaims(named('Ada Vole was well equipped for the climb.'), x, named('Ada Vole was well equipped, said rescuers.'), y);
    expect(r?.verdict ?? 'none').not.toBe('differ');
    const other = compareClaims(named('Ada Vole was well equipped for the climb.'), x, named('Ada Vole was poorly trained for the climb.'), y);
    expect(other?.verdict ?? 'none').not.toBe('differ');
  });
});

describe('one person said to be badly equipped in two wordings', () => {
  it('agree, the two phrases the evidence, without an event verb', () => {
    const x = ref('x', '2013-09-16');
    const y = ref('y', '2013-09-16');
    const a = makeClaim({ text: 'Police said Ada Vole\'s group appeared to be "insufficiently" equipped for the climb.', names: [{ raw: 'Ada Vole', kind: 'person' }], lemmas: ['police', 'ada', 'vole', 'group', 'appear', 'equip', 'climb'] });
    const b = makeClaim({ text: 'An inexperienced and ill-equipped climber with rental gear, Ada Vole, slipped on ice.', names: [{ raw: 'Ada Vole', kind: 'person' }], lemmas: ['inexperienced', 'equip', 'climber', 'rental', 'gear', 'ada', 'vole', 'slip', 'ice'] });
    const r = compareClaims(a, x, b, y);
    expect(r?.verdict).toBe('agree');
    expect(r?.evidence.find((e) => e.status === 'agree')).toMatchObject({ here: 'insufficiently equipped', there: 'ill-equipped' });
  });
});
