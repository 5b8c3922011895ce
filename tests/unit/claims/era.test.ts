import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/core/claims';

const claimsOf = (publishedAt: string | null, ...sentences: string[]) =>
  extractClaims({ id: 'e', text: sentences.join('\n\n'), publishedAt, title: null });
const eraOf = (claims: ReturnType<typeof claimsOf>, start: string) => claims.find((c) => c.text.startsWith(start))?.era;

describe('era: the past an undated background sentence tells of', () => {
  it('comes from a date well before publication in the sentences just before', () => {
    const claims = claimsOf(
      '2005-12-19',
      'Mr. Doe was acquitted in 1958 on charges of attempted murder.',
      'A year later, he was convicted on federal charges of smuggling.',
      'He was sentenced to seven years in prison.',
      'The trial lasted nine weeks and drew large crowds outside the courthouse every day.',
    );
    expect(eraOf(claims, 'A year later')).toMatchObject({ from: expect.stringMatching(/^1958-01-01/), to: expect.stringMatching(/^1961-01-01/) });
    expect(eraOf(claims, 'He was sentenced')).toMatchObject({ from: expect.stringMatching(/^1958/) });
    // Three sentences on, the date is too far back; a dated sentence has no era.
    expect(eraOf(claims, 'The trial lasted')).toBeUndefined();
    expect(eraOf(claims, 'Mr. Doe was acquitted')).toBeUndefined();
  });

  it('not for quoted words, the present tense, a recent date, or across a heading', () => {
    const claims = claimsOf(
      '2005-12-19',
      'The group was founded in 1999 by three former soldiers.',
      '“We rebuilt everything,” she said.',
      'The group is based in the capital.',
      'It was designated a terrorist organisation in 2009.',
      'Details of the attack',
      'Three soldiers were wounded in the drone strike.',
      'The clinic was destroyed by a storm on Monday.',
      'It was rebuilt by volunteers.',
    );
    expect(eraOf(claims, '“We rebuilt')).toBeUndefined();
    expect(eraOf(claims, 'The group is based')).toBeUndefined();
    expect(eraOf(claims, 'Three soldiers were wounded')).toBeUndefined();
    expect(eraOf(claims, 'It was rebuilt')).toBeUndefined();
  });

  it('none without a publication date to measure the past by', () => {
    const claims = claimsOf(null, 'Mr. Doe was acquitted in 1958.', 'He was sentenced to seven years in prison.');
    expect(eraOf(claims, 'He was sentenced')).toBeUndefined();
  });
});
