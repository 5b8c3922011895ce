import { describe, expect, it } from 'vitest';
import { compareDates, isHardDateConflict } from '../../../src/core/compare/dates';
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

  it('agrees on any overlap when one side only guesses its bounds from an offset ("a month after")', () => {
    const july = makeClaim({ text: 'At the end of July, a robber made off with jewels.', dates: [{ raw: 'July', from: '2013-07-01', to: '2013-08-01', granularity: 'month' }] });
    const offset = () => makeClaim({ text: 'The raid comes little over a month after a robbery.', dates: [{ raw: 'little over a month after', from: '2013-07-25', to: '2013-08-11', granularity: 'month' }] });
    expect(compareDates(offset(), july).agreements).toBe(0);
    const guessed = offset();
    guessed.slots.dates[0]!.approximate = true;
    expect(compareDates(guessed, july).agreements).toBe(1);
    expect(compareDates(july, guessed).agreements).toBe(1);
  });

  it('never counts a guessed date weeks away as a hard conflict', () => {
    const june = makeClaim({ text: 'He died in June.', dates: [{ raw: 'June', from: '2013-06-01', to: '2013-07-01', granularity: 'month' }] });
    const guessed = makeClaim({ text: 'It comes a month after his death.', dates: [{ raw: 'a month after', from: '2013-07-28', to: '2013-08-15', granularity: 'month' }] });
    const [exact] = compareDates(guessed, june).conflicts;
    expect(exact && isHardDateConflict(exact)).toBe(true);
    guessed.slots.dates[0]!.approximate = true;
    const [loose] = compareDates(guessed, june).conflicts;
    expect(loose).toBeDefined();
    expect(isHardDateConflict(loose!)).toBe(false);
  });
});
