import { describe, expect, it } from 'vitest';
import { ClaimIndex, compareClaims } from '../../../src/core/compare';
import { badlyHurtOf, compareConditions } from '../../../src/core/compare/condition';
import { makeClaim, ref } from './factory';

const count = (text: string) => badlyHurtOf(text)?.count ?? null;

describe('badlyHurtOf', () => {
  it('reads how many are badly hurt, however it is worded', () => {
    expect(count('One is in critical condition, he said.')).toBe(1);
    expect(count('A spokesman said one of the guards sustained severe injuries.')).toBe(1);
    expect(count('A drone hit the base, injuring three soldiers—one of them critically.')).toBe(1);
    expect(count('Three people suffered serious injuries in the crash.')).toBe(3);
    expect(count('Two hikers were seriously injured.')).toBe(2);
    expect(badlyHurtOf('One is in critical condition, he said.')?.raw).toBe('One is in critical condition');
  });

  it('reads nothing from criticism, ages, other senses of "serious", or a count it cannot see', () => {
    expect(count('The minister was critical of the strikes.')).toBeNull();
    expect(count('Two warnings were taken seriously by police.')).toBeNull();
    expect(count('The 30 year old man is in critical condition.')).toBeNull();
    expect(count('A man is in critical condition.')).toBeNull();
    // two counts of the badly hurt in one sentence: neither is the sentence's
    expect(count('One is in critical condition and two are seriously injured.')).toBeNull();
  });
});

describe('compareConditions', () => {
  const claim = (text: string) => makeClaim({ text });

  it('agrees on the same count, says nothing of different ones', () => {
    const one = claim('One is in critical condition, he said.');
    expect(compareConditions(one, claim('Three soldiers were hurt, one of them critically.'))?.status).toBe('agree');
    expect(compareConditions(one, claim('Two soldiers were seriously injured.'))).toBeNull();
  });

  it('ties two claims of one story on the count alone, never across stories', () => {
    const a = makeClaim({ text: 'One is in critical condition, he said.' });
    const b = makeClaim({ text: 'A drone hit the base, injuring three soldiers—one of them critically.', quantities: [{ raw: 'three', value: 3, noun: 'soldier', role: 'wound' }] });
    expect(compareClaims(a, ref('x', '2023-12-26'), b, ref('y', '2023-12-26'), { sameStory: true })?.verdict).toBe('agree');
    expect(compareClaims(a, ref('x', '2023-12-26'), b, ref('y', '2023-12-26'))).toBeNull();
  });

  it('claims counting the badly hurt alike find each other within the story', () => {
    const index = new ClaimIndex();
    index.add(makeClaim({ id: 'b', articleId: 'y', text: 'Three were hurt, one of them critically.', lemmas: ['hurt'] }), ref('y', '2023-12-26'));
    const a = makeClaim({ id: 'a', articleId: 'x', text: 'One is in critical condition.', lemmas: ['condition'] });
    expect(index.candidates(a, { storyArticleIds: new Set(['y']) }).map((c) => [c.claim.id, c.sharedKeys])).toEqual([['b', ['x:badly-hurt:1']]]);
  });
});
