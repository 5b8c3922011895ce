/**
 * Calendar arithmetic on wall-clock dates (no time zones: a date is what the text says it is).
 * Days are held as UTC midnights so arithmetic never meets daylight-saving jumps.
 */

export type Day = Date; // a UTC midnight

const DAY_MS = 86_400_000;

export function makeDay(year: number, month0: number, day: number): Day {
  return new Date(Date.UTC(year, month0, day));
}

export function addDays(d: Day, n: number): Day {
  return new Date(d.getTime() + n * DAY_MS);
}

/** Parses the date part of an ISO date or datetime ("2024-01-02", "2024-01-02T09:00:00+03:00"). */
export function parsePublished(publishedAt: string | null): Day | null {
  if (!publishedAt) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt.trim());
  if (m) return makeDay(+m[1]!, +m[2]! - 1, +m[3]!);
  const t = Date.parse(publishedAt);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return makeDay(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

export function isoDay(d: Day): string {
  return d.toISOString().slice(0, 10);
}

/** Wall-clock minute: "2024-01-02T07:37". */
export function isoMinute(d: Day, minutes: number): string {
  return new Date(d.getTime() + minutes * 60_000).toISOString().slice(0, 16);
}

/** Most recent given weekday (0 = Sunday) on or before `ref`; strictly before when `strict`. */
export function recentWeekday(ref: Day, weekday: number, strict: boolean): Day {
  let back = (ref.getUTCDay() - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(ref, -back);
}

/** How far into the future (after publication) a yearless date may lie before we take the previous year. */
const FUTURE_TOLERANCE_DAYS = 60;

/**
 * Year for a yearless month/day: the latest of the neighbouring years whose date is not more
 * than ~2 months after publication (news reports the past, sometimes the near future).
 */
export function resolveYear(ref: Day, month0: number, day: number): number {
  const limit = addDays(ref, FUTURE_TOLERANCE_DAYS).getTime();
  const y = ref.getUTCFullYear();
  for (const year of [y + 1, y, y - 1]) {
    if (makeDay(year, month0, day).getTime() <= limit) return year;
  }
  return y - 1;
}

export function daysInMonth(year: number, month0: number): number {
  return new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
}

/** Monday of the ISO week containing `d`. */
export function weekStart(d: Day): Day {
  return addDays(d, -((d.getUTCDay() + 6) % 7));
}
