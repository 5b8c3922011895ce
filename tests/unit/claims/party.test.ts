import { describe, expect, it } from 'vitest';
import { partySize, samePartyPairs } from '../../../src/core/claims/party';
import { makeClaim } from '../compare/factory';

const claimWith = (text: string, raw: string, value: number, noun: string | null = null) =>
  makeClaim({ text, quantities: [{ raw, value, noun }] });
const sizeOf = (text: string, raw: string, value: number, noun: string | null = null) => {
  const c = claimWith(text, raw, value, noun);
  return partySize(c.text, c.slots.quantities[0]!);
};

describe('partySize', () => {
  it('reads the whole group: "one of four men", "four in the party"', () => {
    expect(sizeOf('Okafor was one of four men trying to reach the hut.', 'four', 4, 'man')).toBe(4);
    expect(sizeOf('There were four in the climbing party.', 'four', 4)).toBe(4);
  });
  it('adds the person to the companions named with them', () => {
    expect(sizeOf('Okafor set out with three companions on Saturday.', 'three', 3, 'companion')).toBe(4);
    expect(sizeOf('Rescuers could not reach his three companions.', 'three', 3, 'companion')).toBe(4);
    expect(sizeOf('Three climbers with Mr Okafor were rescued.', 'Three', 3, 'climber')).toBe(4);
  });
  it('reads no group in other counts', () => {
    expect(sizeOf('Three climbers were rescued on Sunday.', 'Three', 3, 'climber')).toBeNull();
    expect(sizeOf('He had three companies in the region.', 'three', 3, 'company')).toBeNull();
    expect(sizeOf('About four in ten voters agreed.', 'About four', 4)).toBeNull();
  });
});

describe('samePartyPairs', () => {
  it('pairs one party counted with and without its person, not two different sizes', () => {
    const whole = claimWith('There were four in the climbing party.', 'four', 4);
    const companions = claimWith('Okafor set out with three companions on Saturday.', 'three', 3, 'companion');
    expect(samePartyPairs(whole, companions)).toHaveLength(1);
    const five = claimWith('There were five in the climbing party.', 'five', 5);
    expect(samePartyPairs(five, companions)).toHaveLength(0);
  });
});
