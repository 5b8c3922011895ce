import { describe, expect, it } from 'vitest';
import { STOPWORDS, contentLemmas, isIrregularVerbForm, lemma, tokenize } from '../../../src/core/text/tokens';

describe('tokenize', () => {
  it('keeps numbers with separators, hyphenated words and initialisms whole, with offsets', () => {
    const text = 'About 2,500 U.S. troops, a 6.1-magnitude one-way drone.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['About', '2,500', 'U.S.', 'troops', 'a', '6.1-magnitude', 'one-way', 'drone']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[0]?.lower).toBe('about');
    expect(tokens[3]?.lemma).toBe('troop');
  });

  it('skips punctuation and splits clock times', () => {
    expect(tokenize('At 7:37, (hello)!').map((t) => t.text)).toEqual(['At', '7', '37', 'hello']);
  });

  it('keeps a possessive on its word but drops it from the lemma', () => {
    const [t] = tokenize("Iran's");
    expect(t?.text).toBe("Iran's");
    expect(t?.lemma).toBe('iran');
  });
});

describe('lemma', () => {
  const cases: Array<[string, string]> = [
    ['killed', 'kill'], ['injuring', 'injure'], ['wounded', 'wound'], ['died', 'die'], ['struck', 'strike'],
    ['hit', 'hit'], ['troops', 'troop'], ['people', 'people'], ['casualties', 'casualty'], ['strikes', 'strike'],
    ['bases', 'base'], ['were', 'be'], ['said', 'say'], ['evacuated', 'evacuate'], ['assassinated', 'assassinate'],
    ['targeted', 'target'], ['stopped', 'stop'], ['shelled', 'shell'], ['hitting', 'hit'], ['firing', 'fire'],
    ['bombings', 'bomb'], ['dying', 'die'], ['carried', 'carry'], ['churches', 'church'], ['men', 'man'],
    ['others', 'other'], ['detained', 'detain'], ['fatalities', 'fatality'], ['shot', 'shoot'], ['fled', 'flee'],
    ['treated', 'treat'], ['joined', 'join'], ['decided', 'decide'], ['charged', 'charge'], ['news', 'news'],
  ];
  it.each(cases)('%s → %s', (word, expected) => {
    expect(lemma(word)).toBe(expected);
  });

  it('inflects the last part of a hyphenated compound', () => {
    expect(lemma('air-strikes')).toBe('air-strike');
  });
});

describe('contentLemmas', () => {
  it('drops stopwords and numbers, keeps acronyms', () => {
    expect(contentLemmas('The US military struck three sites on Monday, killing 18 people.')).toEqual([
      'us', 'military', 'strike', 'site', 'monday', 'kill', 'people',
    ]);
  });

  it('has the usual function words as stopwords', () => {
    for (const w of ['the', 'of', 'and', 'was', 'they']) expect(STOPWORDS.has(w)).toBe(true);
    expect(STOPWORDS.has('soldier')).toBe(false);
  });
});

describe('shots', () => {
  it('is the plural noun shot, not a verb form of shoot', () => {
    expect(lemma('shots')).toBe('shot');
    expect(isIrregularVerbForm('shots')).toBe(false);
    expect(isIrregularVerbForm('shot')).toBe(true);
  });
});
