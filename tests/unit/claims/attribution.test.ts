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
  ])('%j → %j', (sentence, expected) => {
    expect(source(sentence)).toBe(expected);
  });

  it('ignores reporting verbs inside a quotation', () => {
    expect(source('The sign read “as the prophet said, be kind” and nothing else.')).toBeNull();
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
