/**
 * Clock times as written ("at around 5:15 a.m.", "5.15am", "shortly after 06:00"), read from the
 * text itself: an undated article's clock time has no date slot, yet "5:15 a.m." in two reports of
 * one story is one moment.
 */
import type { Claim, SlotEvidence } from '../model';
import { spanEvidence, type Spanned } from './spans';

const CLOCK = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?)|(?<=\b(?:at|after|before|around|about|by|from|until|since)\s)([01]?\d|2[0-3]):([0-5]\d)\b(?!\s*(?:a\.?m|p\.?m))/gi;

export interface ClockTime extends Spanned {
  /** Minutes after midnight. */
  minutes: number;
}

export function clockTimesOf(text: string): ClockTime[] {
  const out: ClockTime[] = [];
  for (const m of text.matchAll(CLOCK)) {
    let hour: number;
    let minute: number;
    if (m[3]) {
      hour = Number(m[1]) % 12 + (/^p/i.test(m[3]) ? 12 : 0);
      minute = Number(m[2] ?? 0);
      if (Number(m[1]) > 12 || minute > 59) continue;
    } else {
      hour = Number(m[4]);
      minute = Number(m[5]);
    }
    out.push({ minutes: hour * 60 + minute, raw: m[0].trim(), start: m.index!, end: m.index! + m[0].trimEnd().length });
  }
  return out;
}

/** How far apart two hedged clock times may be and still name one moment ("around 4:30" / "4.30am"). */
const SAME_MOMENT_MINUTES = 5;

const clockCache = new WeakMap<Claim, ClockTime[]>();

/** The claim's clock times, read once per claim (every pair of a page's check asks again). */
function clocksOf(claim: Claim): ClockTime[] {
  let clocks = clockCache.get(claim);
  if (!clocks) clockCache.set(claim, (clocks = clockTimesOf(claim.text)));
  return clocks;
}

/** The clock time both claims give, as evidence, or null when either gives none or they differ. */
export function sameClockTime(a: Claim, b: Claim): SlotEvidence | null {
  const theirs = clocksOf(b);
  if (theirs.length === 0) return null;
  for (const x of clocksOf(a)) {
    const y = theirs.find((t) => Math.abs(t.minutes - x.minutes) <= SAME_MOMENT_MINUTES);
    if (y) return spanEvidence('date', 'agree', x, y, 'the same time of day');
  }
  return null;
}
