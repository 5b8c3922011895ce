import { describe, expect, it } from 'vitest';
import { claimUnits } from '../../../src/core/claims/units';

const texts = (body: string) => claimUnits(body).map((u) => body.slice(u.start, u.end));

describe('claimUnits', () => {
  it('makes one unit per sentence, offsets into the body', () => {
    const body = 'Floods Hit Valley Towns\n\nThe river rose two metres overnight. Residents fled to higher ground.\n';
    const units = claimUnits(body);
    expect(texts(body)).toEqual([
      'Floods Hit Valley Towns',
      'The river rose two metres overnight.',
      'Residents fled to higher ground.',
    ]);
    expect(units[1]!.sentence).not.toBe(units[2]!.sentence);
  });

  it('strips a wire dateline but keeps the sentence', () => {
    const body = 'BAGHDAD, Dec 26 (Reuters) - Iraq condemned the strikes on Tuesday.';
    expect(texts(body)).toEqual(['Iraq condemned the strikes on Tuesday.']);
  });

  it('drops bylines, captions, widget help, share prompts and scraps', () => {
    const body = [
      'By Jane Doe and John Roe, CNN',
      'Floods Hit Valley Towns A rescue boat. (Photo: Reuters)',
      'Three bridges were closed on Monday, police said.',
      'Share this article',
      'form code',
      'Comments are moderated. Please read our commenting policy. Log in to comment on this story.',
    ].join('\n\n');
    expect(texts(body)).toEqual(['Three bridges were closed on Monday, police said.']);
  });

  it('keeps short sentences with a figure or date, drops short ones without', () => {
    expect(texts('Five dead.\n\nVery sad indeed.\n\nTwo still missing.')).toEqual(['Five dead.', 'Two still missing.']);
  });

  it('drops exact repeats of an earlier sentence', () => {
    expect(texts('The dam broke on Sunday night.\n\nThe dam broke on Sunday night.')).toEqual(['The dam broke on Sunday night.']);
  });

  it('splits a long sentence at semicolons into clause-sized units only', () => {
    const long =
      'The storm destroyed more than two hundred homes along the northern coast of the island; ' +
      'rescue teams from three neighbouring provinces arrived on Tuesday to search the rubble for survivors.';
    expect(texts(long)).toEqual([
      'The storm destroyed more than two hundred homes along the northern coast of the island;',
      'rescue teams from three neighbouring provinces arrived on Tuesday to search the rubble for survivors.',
    ]);
    const short = 'Police arrived; the crowd left quietly after the speeches by the mayor and the governor ended.';
    expect(texts(short)).toEqual([short]);
  });
});
