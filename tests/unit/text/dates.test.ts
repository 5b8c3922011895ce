import { describe, expect, it } from 'vitest';
import { DateSlot } from '../../../src/core/model';
import { extractDates } from '../../../src/core/text/dates';

/** "raw→from..to granularity" for compact assertions. */
const brief = (sentence: string, published: string | null): string[] =>
  extractDates(sentence, published).map((d) => `${d.raw}→${d.from}..${d.to} ${d.granularity}`);

const one = (sentence: string, published: string | null): DateSlot => {
  const slots = extractDates(sentence, published);
  expect(slots).toHaveLength(1);
  return slots[0]!;
};

describe('weekdays and relative days (news refers backwards)', () => {
  // 2024-01-02 is a Tuesday.
  it('resolves a weekday to the most recent one on or before publication', () => {
    expect(brief('The strikes came on Monday.', '2024-01-02')).toEqual(['Monday→2024-01-01..2024-01-02 day']);
    expect(brief('They met on Tuesday.', '2024-01-02')).toEqual(['Tuesday→2024-01-02..2024-01-03 day']);
    expect(brief('Troops left on Sunday.', '2024-01-02')).toEqual(['Sunday→2023-12-31..2024-01-01 day']);
    expect(brief('It began on Wednesday.', '2024-01-02')).toEqual(['Wednesday→2023-12-27..2023-12-28 day']);
  });
  it('puts a clock time on the weekday given beside it, even with a hedge between', () => {
    expect(brief('Police say that on Monday around 11:30 p.m. a man was shot.', '2024-01-05')).toEqual(['Monday around 11:30 p.m.→2024-01-01T23:30..2024-01-01T23:31 minute']);
    expect(brief('It happened Monday at about 4 a.m.', '2024-01-05')).toEqual(['Monday at about 4 a.m.→2024-01-01T04:00..2024-01-01T05:00 minute']);
  });
  it('puts a clock time with no day beside it on the sentence\'s one day', () => {
    expect(brief('On Monday, about 200 people marched at 8 p.m.', '2024-01-05')).toEqual(['Monday→2024-01-01..2024-01-02 day', '8 p.m.→2024-01-01T20:00..2024-01-01T21:00 minute']);
    // Two days named: the time's day is not known, and publication day stands.
    expect(brief('On Monday and Tuesday they marched at 8 p.m.', '2024-01-05').at(-1)).toBe('8 p.m.→2024-01-05T20:00..2024-01-05T21:00 minute');
  });
  it('reads "in the early hours of Monday" as early Monday', () => {
    expect(brief('In the early hours of Monday, thieves rammed a car into the store.', '2024-01-02')).toEqual(['the early hours of Monday→2024-01-01T00:00..2024-01-01T12:00 part-of-day']);
  });
  it('"last Tuesday" is strictly before publication', () => {
    expect(brief('It happened last Tuesday.', '2024-01-02')).toEqual(['last Tuesday→2023-12-26..2023-12-27 day']);
  });
  it('handles yesterday across a leap day and today', () => {
    expect(brief('It happened yesterday.', '2024-03-01')).toEqual(['yesterday→2024-02-29..2024-03-01 day']);
    expect(brief('It happened yesterday.', '2023-03-01')).toEqual(['yesterday→2023-02-28..2023-03-01 day']);
    expect(one('Officials met today.', '2024-01-02T09:30:00+03:00').from).toBe('2024-01-02');
  });
  it('marks relative slots and leaves zone empty', () => {
    const s = one('It happened yesterday.', '2024-03-01');
    expect(s.relative).toBe(true);
    expect(s.zone).toBeNull();
    expect(DateSlot.parse(s)).toEqual(s);
  });
  it('gives part-of-day for nights and mornings', () => {
    expect(brief('Shots rang out Tuesday night.', '2024-01-05')).toEqual(['Tuesday night→2024-01-02T18:00..2024-01-03T06:00 part-of-day']);
    expect(brief('It rained last night.', '2024-01-05')).toEqual(['last night→2024-01-04T18:00..2024-01-05T06:00 part-of-day']);
    expect(one('Early Monday, rockets hit.', '2024-01-05').granularity).toBe('part-of-day');
  });
  it('yields nothing relative without a publication date', () => {
    expect(extractDates('It happened on Monday, yesterday, on January 24.', null)).toEqual([]);
  });
});

describe('periods', () => {
  it('resolves weeks, months and years around publication', () => {
    expect(brief('It rose last week.', '2024-01-05')).toEqual(['last week→2023-12-25..2024-01-01 week']);
    expect(brief('It rose earlier this month.', '2024-01-05')).toEqual(['earlier this month→2024-01-01..2024-01-06 month']);
    expect(brief('It rose this year.', '2024-01-05')).toEqual(['this year→2024-01-01..2025-01-01 year']);
    expect(brief('It rose last year.', '2024-01-05')).toEqual(['last year→2023-01-01..2024-01-01 year']);
    expect(brief('It fell last month.', '2024-01-05')).toEqual(['last month→2023-12-01..2024-01-01 month']);
    expect(brief('It fell three days ago.', '2024-01-05')).toEqual(['three days ago→2024-01-02..2024-01-03 day']);
  });

  it('dates the event an offset reaches back to ("comes little over a month after …") as a guess', () => {
    const slot = one('The raid comes little over a month after a bandit made off with jewels in Cannes.', '2013-09-09');
    expect(slot.raw).toBe('little over a month after');
    expect(slot.approximate).toBe(true);
    // At least a month back ("over"), within half a month more.
    expect([slot.from, slot.to]).toEqual(['2013-07-25', '2013-08-11']);
  });

  it('leaves a past-tense report some days before publication ("came a day after")', () => {
    const slot = one("Buckley's death came a day after another climber was killed.", '2013-09-16');
    expect(slot.from <= '2013-09-13' && slot.to > '2013-09-13').toBe(true);
    expect(slot.granularity).toBe('week');
  });

  it('reads no offset without the event that comes after it', () => {
    expect(brief('Two weeks after the vote, the party split.', '2024-01-05')).toEqual([]);
  });
});

describe('absolute dates', () => {
  it('bare years by context', () => {
    expect(brief('He was assassinated in 2022.', null)).toEqual(['2022→2022-01-01..2023-01-01 year']);
    expect(brief('Attacks have risen since 2004.', null)).toEqual(['2004→2004-01-01..2005-01-01 year']);
    expect(brief('Unlike the 2012 earthquake, this one was mild.', null)).toEqual(['2012→2012-01-01..2013-01-01 year']);
    expect(brief("2013's storm was worse.", null)).toEqual(["2013's→2013-01-01..2014-01-01 year"]);
    expect(one('It has been so in the 1990s.', null).to).toBe('2000-01-01');
    expect(one('in 2022', null).relative).toBe(false);
    expect(brief('In 2022, the war began.', null)).toEqual(['2022→2022-01-01..2023-01-01 year']);
  });
  it('month and year', () => {
    expect(brief('He was killed in January 2020.', '2024-01-02')).toEqual(['January 2020→2020-01-01..2020-02-01 month']);
  });
  it('day and month with an explicit year', () => {
    expect(brief('On 24 January 2024 the base was hit.', null)).toEqual(['24 January 2024→2024-01-24..2024-01-25 day']);
    expect(brief('On Dec. 25, 2023, the strikes began.', null)).toEqual(['Dec. 25, 2023→2023-12-25..2023-12-26 day']);
    expect(one('It was filed 2023-12-25 in court.', null).from).toBe('2023-12-25');
    expect(brief('MAR. 14, 2013, 8:12 PM', null)).toEqual(['MAR. 14, 2013, 8:12 PM→2013-03-14T20:12..2013-03-14T20:13 minute']);
  });
  it('yearless day and month prefer the past across the year end', () => {
    expect(brief('It happened on December 30.', '2024-01-02')).toEqual(['December 30→2023-12-30..2023-12-31 day']);
    expect(brief('Attacks since Oct. 17 rose.', '2024-01-24')).toEqual(['Oct. 17→2023-10-17..2023-10-18 day']);
    expect(brief('It happened on 24 January.', '2024-01-24')).toEqual(['24 January→2024-01-24..2024-01-25 day']);
    expect(one('Talks are set for January 5.', '2023-12-20').from).toBe('2024-01-05');
    expect(one('It happened on January 24.', '2024-01-24').relative).toBe(true);
  });
  it('a weekday next to a full date defers to the date', () => {
    expect(brief('On Monday, Dec. 25, 2023, drones struck.', '2024-01-24')).toEqual(['Dec. 25, 2023→2023-12-25..2023-12-26 day']);
  });
  it('a bare month needs a lead-in', () => {
    expect(brief('Fighting eased in May.', '2024-01-24')).toEqual(['May→2023-05-01..2023-06-01 month']);
    expect(extractDates('May God help them.', '2024-01-24')).toEqual([]);
  });
});

describe('times and zones', () => {
  it('reads clock times with zones', () => {
    const s = one('The quake struck at 07:37 UTC.', '2024-01-05');
    expect([s.raw, s.from, s.to, s.granularity, s.zone]).toEqual(['07:37 UTC', '2024-01-05T07:37', '2024-01-05T07:38', 'minute', 'UTC']);
    expect(one('It hit at 7:37 AM local time.', '2024-01-05').zone).toBe('local');
    expect(one('It hit at 0437 GMT.', '2024-01-05').from).toBe('2024-01-05T04:37');
    expect(one('Sirens at 9 a.m. EST woke them.', '2024-01-05').zone).toBe('EST');
  });
  it('joins a time with an adjacent day', () => {
    expect(brief('It began at 10 p.m. Tuesday.', '2024-01-05')).toEqual(['10 p.m. Tuesday→2024-01-02T22:00..2024-01-02T23:00 minute']);
    expect(brief('It began Tuesday at 10:15 p.m.', '2024-01-05')).toEqual(['Tuesday at 10:15 p.m.→2024-01-02T22:15..2024-01-02T22:16 minute']);
    const both = extractDates('At 7:37 AM local time (0437 GMT) on Jan. 3 a quake struck.', '2024-01-05');
    expect(both.map((d) => [d.from, d.zone])).toEqual([['2024-01-03T07:37', 'local'], ['2024-01-03T04:37', 'GMT']]);
  });
  it('a lone time falls on the publication day', () => {
    expect(brief('Police arrived at 5 p.m.', '2024-01-05')).toEqual(['5 p.m.→2024-01-05T17:00..2024-01-05T18:00 minute']);
    expect(extractDates('Police arrived at 5 p.m.', null)).toEqual([]);
  });
});

describe('quantities are not dates', () => {
  it.each([
    '18 people were wounded.',
    'About 2,500 troops are stationed there.',
    'A 6.1 magnitude quake struck.',
    'Some 2000 people fled.',
    'Over 1500 homes were destroyed.',
    'The score was 3 to 1.',
  ])('%s', (s) => {
    expect(extractDates(s, '2024-01-05')).toEqual([]);
  });
});
