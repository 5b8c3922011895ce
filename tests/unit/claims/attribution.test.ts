import { describe, expect, it } from 'vitest';
import { findAttribution, isPronoun } from '../../../src/core/claims/attribution';

const source = (s: string) => findAttribution(s)?.phrase ?? null;

describe('findAttribution', () => {
  it.each([
    ['The bridge will reopen next week, Transport Minister Karl Berg said.', 'Transport Minister Karl Berg'],
    ['Transport Minister Karl Berg said that the bridge will reopen next week.', 'Transport Minister Karl Berg'],
    ['The bridge will reopen next week, said Karl Berg, the transport minister.', 'Karl Berg'],
    ['The bridge will reopen next week, according to the transport ministry.', 'the transport ministry'],
    ['Five people died, according to a statement from the Red Cross.', 'the Red Cross'],
    ['A senior police officer told local radio that five people died.', 'A senior police officer'],
    ['Officials say the bridge will reopen.', 'Officials'],
    ['The Daily Planet last month reported that the mayor resigned.', 'The Daily Planet'],
    ['The coroner confirmed the cause of death on Friday.', 'The coroner'],
    [
      'A rebel commander, who spoke on condition of anonymity, said the group would fight on.',
      'A rebel commander',
    ],
    ['The fire, which he said started in the kitchen, spread quickly.', 'he'],
    ['His sister, Mary Stone, told reporters she doubted the police account.', 'Mary Stone'],
    ['John Smith, the former fire chief, said many factors could explain the damage.', 'John Smith'],
    ['A neighbour who lives across the street from the house told the paper that she heard shots.', 'A neighbour'],
    ['A family friend, Kevin Hart, 33, said he was not surprised.', 'Kevin Hart'],
    ['The roads will reopen on Sunday, added Ann Lee, the mayor.', 'Ann Lee'],
  ])('%j → %j', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('ignores reporting verbs inside a quotation', () => {
    expect(source('The sign read “as the prophet said, be kind” and nothing else.')).toBeNull();
  });

  it.each([
    'No injuries were reported.',
    'Three climbers were said to have been rescued.',
    'It has been reported that the store was looted.',
    'This was confirmed by reports from local media.',
  ])('finds no source in the passive %j', (s) => {
    expect(source(s)).toBeNull();
  });

  it('does not take a complement clause after "…, said" for an inverted subject', () => {
    expect(source('Constable Jo Rush, of the local police, said the weather conditions were severe, with strong winds.')).toBe('Constable Jo Rush');
    expect(source('The head teacher, Mary Hill, wrote a long letter describing the boy as a hard worker.')).toBe('Mary Hill');
  });

  it('does not read a claim of responsibility as reported speech', () => {
    expect(source('The group claimed responsibility for the bombing.')).toBeNull();
  });

  it('does not read "the reported deaths" as a source', () => {
    expect(source('The reported deaths rose sharply in the north.')).toBeNull();
  });

  it('returns offsets of the phrase', () => {
    const s = 'Five died, police said.';
    const m = findAttribution(s)!;
    expect(s.slice(m.start, m.end)).toBe('police');
    expect(m.cue).toBe('said');
  });
});

describe('isPronoun', () => {
  it('tells pronouns from names', () => {
    expect(isPronoun('He')).toBe(true);
    expect(isPronoun('Helen')).toBe(false);
  });
});

describe('capitalised reporting words', () => {
  it('reads "United States" and "Reports" as names, not as reporting verbs', () => {
    expect(findAttribution('The United States carried out air strikes in the province on Monday.')).toBeNull();
    expect(findAttribution('Reports from the region remain scarce.')).toBeNull();
    expect(findAttribution('The United States says the strikes were necessary.')?.phrase).toBe('The United States');
  });
});
