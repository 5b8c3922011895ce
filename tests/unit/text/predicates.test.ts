import { describe, expect, it } from 'vitest';
import { EVENT_CLASSES, isEventClass, predicateClassAt, predicateClassOf, predicateClasses } from '../../../src/core/text/predicates';
import { tokenize } from '../../../src/core/text/tokens';

describe('predicateClassOf', () => {
  const cases: Array<[string, string | null]> = [
    ['kill', 'kill'], ['assassinate', 'kill'], ['dead', 'kill'], ['toll', 'kill'], ['fatality', 'kill'],
    ['wound', 'wound'], ['injure', 'wound'], ['injury', 'wound'], ['casualty', 'casualty'],
    ['strike', 'strike'], ['airstrike', 'strike'], ['attack', 'strike'], ['retaliate', 'strike'], ['target', 'strike'],
    ['shoot', 'shoot'], ['arrest', 'arrest'], ['detain', 'arrest'], ['earthquake', 'quake'], ['aftershock', 'quake'],
    ['blaze', 'fire'], ['evacuate', 'evacuate'], ['rescue', 'rescue'], ['missing', 'missing'],
    ['condemn', 'condemn'], ['criticize', 'condemn'], ['criticise', 'condemn'], ['deny', 'deny'],
    ['confirm', 'confirm'], ['say', 'say'], ['announce', 'say'], ['according', 'say'],
    ['table', null], ['soldier', null],
  ];
  it.each(cases)('%s → %s', (l, cls) => {
    expect(predicateClassOf(l)).toBe(cls);
  });
});

describe('event classes', () => {
  it('counts events but not speech acts', () => {
    expect(isEventClass('kill')).toBe(true);
    expect(isEventClass('quake')).toBe(true);
    expect(isEventClass('say')).toBe(false);
    expect(isEventClass('condemn')).toBe(false);
    expect(isEventClass(null)).toBe(false);
    expect(EVENT_CLASSES.has('deny')).toBe(false);
  });
});

describe('predicateClassAt', () => {
  const classAt = (text: string, word: string): string | null => {
    const tokens = tokenize(text);
    return predicateClassAt(tokens, tokens.findIndex((t) => t.lower === word));
  };
  it('tells gunfire from a blaze', () => {
    expect(classAt('Police opened fire on the crowd', 'fire')).toBe('shoot');
    expect(classAt('Gunmen fired at a bus', 'fired')).toBe('shoot');
    expect(classAt('The fire destroyed 20 homes', 'fire')).toBe('fire');
    expect(classAt('under rocket fire', 'fire')).toBe('strike');
  });
});

describe('predicateClasses', () => {
  it('lists classes in order of appearance, inflected forms included', () => {
    expect(predicateClasses('The strikes killed 18 people and injured 30, officials said.')).toEqual(['strike', 'kill', 'wound', 'say']);
    expect(predicateClasses('Police arrested two men after the blaze.')).toEqual(['arrest', 'fire']);
    expect(predicateClasses('The weather was nice.')).toEqual([]);
  });
});

describe('adjectival predicates', () => {
  it('finds "missing" although its lemma is "miss"', () => {
    expect(predicateClasses('Five people remain missing.')).toEqual(['missing']);
    expect(predicateClasses('He missed the train.')).toEqual(['miss']);
  });
});

describe('fire on', () => {
  it('reads a fire on a lake as a blaze, firing on a crowd as shooting', () => {
    expect(predicateClasses('The ferry fire on Lake Orvan spread.')).toEqual(['fire']);
    expect(predicateClasses('Troops fired on the crowd.')).toEqual(['shoot']);
    expect(predicateClasses('Police opened fire on the car.')).toContain('shoot');
  });
});

describe('fired with its rounds', () => {
  it('reads rounds fired, with a count between, as shooting', () => {
    expect(predicateClasses('Guards fired 14 shots.')).toEqual(['shoot']);
    expect(predicateClasses('Guards fired a total of twenty-two rounds.')).toEqual(['shoot']);
    expect(predicateClasses('Nine bullets fired by guards hit the van.')).toContain('shoot');
  });
  it('leaves fired workers, letters and rockets alone', () => {
    expect(predicateClasses('The mill fired 14 workers.')).toEqual([]);
    expect(predicateClasses('She fired off three letters.')).toEqual([]);
    expect(predicateClasses('Two rounds of talks were held after the minister was fired.')).toEqual([]);
  });
});

describe('hit by rounds', () => {
  it('reads a hit by bullets as shooting, a missile hit as a strike', () => {
    expect(predicateClasses('Four bullets hit the driver.')).toEqual(['shoot']);
    expect(predicateClasses('The driver was struck by two bullets.')).toEqual(['shoot']);
    expect(predicateClasses('A missile hit the depot.')).toEqual(['strike']);
  });
});
