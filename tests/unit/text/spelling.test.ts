import { describe, expect, it } from 'vitest';
import { americanSpelling } from '../../../src/core/text/spelling';
import { contentLemmas, lemma } from '../../../src/core/text/tokens';

describe('americanSpelling', () => {
  it.each([
    ['jewellery', 'jewelry'],
    ['neighbourhood', 'neighborhood'],
    ['favourite', 'favorite'],
    ['criticise', 'criticize'],
    ['organisation', 'organization'],
    ['recognise', 'recognize'],
    ['analyse', 'analyze'],
    ['kilometre', 'kilometer'],
    ['calibre', 'caliber'],
    ['travell', 'travel'],
    ['counsellor', 'counselor'],
    ['defence', 'defense'],
  ])('%s → %s', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
  });

  it.each(['promise', 'surprise', 'exercise', 'advertise', 'arise', 'precise', 'premise', 'four', 'hour', 'tell', 'spell', 'metro'])(
    'leaves %s alone',
    (word) => {
      expect(americanSpelling(word)).toBe(word);
    },
  );

  it('makes a London and a New York sentence share their lemmas', () => {
    expect(lemma('criticised')).toBe(lemma('criticized'));
    expect(lemma('travelled')).toBe(lemma('traveled'));
    expect(lemma('air-defences')).toBe(lemma('air-defenses'));
    expect(contentLemmas('Robbers stole jewellery from the centre')).toEqual(contentLemmas('Robbers stole jewelry from the center'));
  });
});
