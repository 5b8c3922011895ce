import { describe, expect, it } from 'vitest';
import { fingerprint, hamming, isNearDuplicate } from '../../../src/core/dedup';

const story =
  'Rescue crews in the northern valley searched on Tuesday for four hikers missing since a storm swept the ridge on Sunday night. ' +
  'The regional police said two helicopters and a team of thirty volunteers had joined the search, which was paused overnight because of high winds. ' +
  'Relatives gathered at the community hall, where officials briefed them every three hours. The hikers, all in their twenties, had registered their route with the park office. ' +
  'A spokesman for the park said conditions on the upper slopes remained dangerous and that more snow was forecast for Wednesday. ' +
  'Local businesses donated food and blankets to the families, and a school gym was opened for volunteers who travelled from nearby towns.';
const other =
  'The city council voted on Monday to raise parking fees in the old town by a fifth, the first increase in nine years. ' +
  'Shop owners warned that visitors would stay away, while the mayor said the money would repair pavements and pay for a new bus line. ' +
  'The measure passed by eleven votes to seven after a debate that lasted more than four hours and drew a crowd of residents to the chamber.';

describe('dedup', () => {
  it('fingerprints are 16 hex digits and stable', () => {
    expect(fingerprint(story)).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint(story)).toBe(fingerprint(story));
    expect(hamming(fingerprint(story), fingerprint(story))).toBe(0);
  });

  it('a repost with different boilerplate is a near duplicate', () => {
    const repost = `Share this article. Advertisement.\n${story}\nComments are moderated. Sign up for our newsletter.`;
    expect(isNearDuplicate(fingerprint(story), fingerprint(repost))).toBe(true);
  });

  it('different articles are not', () => {
    expect(isNearDuplicate(fingerprint(story), fingerprint(other))).toBe(false);
    expect(hamming(fingerprint(story), fingerprint(other))).toBeGreaterThan(16);
  });

  it('hamming counts differing bits and rejects malformed input', () => {
    expect(hamming('0000000000000000', '000000000000000f')).toBe(4);
    expect(hamming('ffffffffffffffff', '0000000000000000')).toBe(64);
    expect(hamming('xyz', '0000000000000000')).toBe(64);
  });
});
