import { describe, expect, it } from 'vitest';
import { namesMatch } from '../../../src/core/compare';

describe('namesMatch', () => {
  it.each([
    ['Erbil', 'Irbil'],
    ['al-Asad', 'Al-Assad'],
    ['Duncan Rait', 'Duncan Raite'],
    ['Joe Biden', 'Biden'],
    ['Gen. Qassem Soleimani', 'Qassem Soleimani'],
    ['Bireun', 'Bireuen'],
  ])('%s = %s', (a, b) => expect(namesMatch(a, b)).toBe(true));

  it.each([
    ['Iran', 'Iraq'],
    ['Joe Biden', 'Hunter Biden'],
    ['US', 'United Kingdom'],
    ['Gaza', 'Gray'],
  ])('%s ≠ %s', (a, b) => expect(namesMatch(a, b)).toBe(false));
});
