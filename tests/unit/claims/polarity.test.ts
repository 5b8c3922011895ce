import { describe, expect, it } from 'vitest';
import { negationCues, polarityOf } from '../../../src/core/claims/polarity';

describe('polarityOf', () => {
  it.each([
    'There are no indications that any residents were harmed.',
    'None of the passengers were hurt.',
    'The ministry did not confirm the figure.',
    "The ministry didn't confirm the figure.",
    'The company has not paid the fine.',
    'The suspect was never charged.',
    'No civilians were killed in the raid, the army said.',
    'Police could not say how the fire started.',
    'The strikes will not likely deter the rebels.',
  ])('negative: %j', (s) => {
    expect(polarityOf(s)).toBe('negative');
  });

  it.each([
    'The army denied that civilians were killed.',
    'Housing has no higher priority than schools in the budget.',
    'The storm hit not only the coast but also the hills.',
    'Applications must arrive no later than Friday.',
    'Nonetheless, the vote went ahead on Monday.',
    'No fewer than 40 people were rescued.',
    'While we do not seek a wider war, we are ready to defend our troops.',
    'Although nobody was arrested, police searched three homes.',
    'The agreement is due to be signed by No. 10 officials next week.',
    'The notice was posted on Monday.',
  ])('positive: %j', (s) => {
    expect(polarityOf(s)).toBe('positive');
  });

  it('reports the offset of the negation that counts', () => {
    const s = 'While we do not seek a war, the army did not retreat.';
    expect(negationCues(s)).toEqual([s.lastIndexOf('not')]);
  });
});

describe('polarityOf with quotation marks', () => {
  it('sees a fronted subordinate clause after an opening quote', () => {
    expect(polarityOf('“While we do not seek a wider war, we are ready to act,” the minister said.')).toBe('positive');
  });
});
