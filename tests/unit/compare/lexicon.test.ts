import { describe, expect, it } from 'vitest';
import { lemmaPredicateClass, nounsMatch } from '../../../src/core/compare/lexicon';

describe('nounsMatch across British and American spelling', () => {
  it('counts jewellery and jewelry, centres and center, programmes and program as one thing', () => {
    expect(nounsMatch('jewellery', 'jewelry')).toBe(true);
    expect(nounsMatch('centres', 'center')).toBe(true);
    expect(nounsMatch('programmes', 'program')).toBe(true);
    expect(nounsMatch('harbours', 'harbor')).toBe(true);
  });
  it('leaves other words apart', () => {
    expect(nounsMatch('hour', 'hor')).toBe(false);
    expect(nounsMatch('store', 'ster')).toBe(false);
    expect(nounsMatch('jewelry', 'jeweler')).toBe(false);
  });
});

describe('event kinds the extractor lexicon leaves out', () => {
  it('reads recovering a body and climbing as events, whatever the verb', () => {
    expect(lemmaPredicateClass('retrieve')).toBe('recover');
    expect(lemmaPredicateClass('recover')).toBe('recover');
    expect(lemmaPredicateClass('ascend')).toBe('climb');
    expect(lemmaPredicateClass('afternoon')).toBeNull();
  });
});
