import { describe, expect, it } from 'vitest';
import { countedNounsOf, predicateClassesOf } from '../../../src/core/compare/features';
import { makeClaim } from './factory';

describe('predicateClassesOf', () => {
  it('reads a phrasal verb whose words alone name no event', () => {
    expect(predicateClassesOf(makeClaim({ text: 'The gang made off with jewels and watches.' })).has('steal')).toBe(true);
    expect(predicateClassesOf(makeClaim({ text: 'The gang made a run for the car.' })).has('steal')).toBe(false);
  });
});

describe('countedNounsOf', () => {
  it('does not count the holder of an age', () => {
    const claim = makeClaim({
      text: 'A 36-year-old climber fell 150 metres; 3 rescuers reached him.',
      quantities: [{ raw: '36-year-old', value: 36, unit: 'age', noun: 'climber' }, { raw: '3 rescuers', value: 3, noun: 'rescuer' }],
    });
    expect([...countedNounsOf(claim)]).toEqual(['rescuer']);
  });
});
