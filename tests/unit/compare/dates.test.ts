import { describe, expect, it } from 'vitest';
import { compareDates } from '../../../src/core/compare/dates';
import { makeClaim, on } from './factory';

const part = (raw: string, fromIso: string, toIso: string) => ({ raw, from: fromIso, to: toIso, granularity: 'part-of-day' as const });

describe('compareDates', () => {
  const sundayNight = makeClaim({ text: 'Thieves struck on Sunday night.', dates: [part('Sunday night', '2013-09-08T18:00:00.000Z', '2013-09-09T06:00:00.000Z')] });

  it('agrees when the periods share at least half of the shorter one', () => {
    const sunday = makeClaim({ text: 'It happened on Sunday.', dates: [on('Sunday', '2013-09-08')] });
    expect(compareDates(sundayNight, sunday).agreements).toBe(1);
  });

  it('does not agree on a night and the next morning that only touch', () => {
    const mondayMorning = makeClaim({ text: 'Thieves struck on Monday morning.', dates: [part('Monday morning', '2013-09-09T05:00:00.000Z', '2013-09-09T12:00:00.000Z')] });
    const c = compareDates(sundayNight, mondayMorning);
    expect(c.agreements).toBe(0);
    expect(c.conflicts).toHaveLength(1);
  });
});
