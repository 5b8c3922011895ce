/**
 * Date and time expressions in one sentence, resolved against the publication date.
 *
 * Bounds (`from` inclusive, `to` exclusive) are wall-clock ISO strings without offset:
 * "YYYY-MM-DD" for day, week, month and year granularity, "YYYY-MM-DDTHH:mm" for part-of-day and
 * minute; the zone stated in the text, if any, is in `zone`. A time without minutes ("10 p.m.")
 * spans the whole hour, so "10 p.m." and "10:15 p.m." overlap.
 *
 * News refers backwards: "Monday" is the most recent Monday on or before publication; a yearless
 * "December 30" takes the latest year that does not put it more than ~2 months in the future.
 * Without a publication date, relative expressions yield nothing.
 */
import * as chrono from 'chrono-node';
import type { DateSlot, Granularity } from '../model';
import {
  addDays, daysInMonth, isoDay, isoMinute, makeDay, parsePublished, recentWeekday, resolveYear,
  weekStart, type Day,
} from './dates-calendar';
import { wordTable } from './word-table';

export { parsePublished } from './dates-calendar';

/** Something that names a day, possibly narrowed to a part of it. */
interface DayPiece {
  type: 'day';
  start: number;
  end: number;
  day: Day | null; // null: could not be anchored (no publication date)
  relative: boolean;
  part: [number, number] | null; // minutes from that day's midnight
}
/** A clock time waiting for a day. */
interface TimePiece {
  type: 'time';
  start: number;
  end: number;
  minute: number;
  span: number;
  zone: string | null;
}
/** A finished period (year, month, week…). */
interface PeriodPiece {
  type: 'period';
  start: number;
  end: number;
  slot: DateSlot | null;
}
type Piece = DayPiece | TimePiece | PeriodPiece;

const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN\.?|FEB\.?|MAR\.?|APR\.?|JUN\.?|JUL\.?|AUG\.?|SEPT\.?|SEP\.?|OCT\.?|NOV\.?|DEC\.?)(?![A-Za-z])`;
const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const PARTS = wordTable<[number, number]>({
  morning: [5 * 60, 12 * 60],
  afternoon: [12 * 60, 18 * 60],
  evening: [17 * 60, 24 * 60],
  night: [18 * 60, 30 * 60], // into the next morning
  early: [0, 12 * 60],
  late: [12 * 60, 24 * 60],
  overnight: [-6 * 60, 8 * 60],
});

const DATE_ISH = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|night|week|month|year|tonight|morning|noon|ago/i;

const RE_MDY = new RegExp(String.raw`(?<![A-Za-z])${MONTH}\s*(\d{1,2})(?:st|nd|rd|th)?(?![\d%]|[.,:]\d)(?:,?\s*(\d{4})(?!\d|,\d))?`, 'g');
const RE_DMY = new RegExp(String.raw`(?<![\d.,$£€])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?:,?\s*(\d{4})(?!\d|,\d))?`, 'g');
const RE_MY = new RegExp(String.raw`(?<![A-Za-z])${MONTH},?\s+(\d{4})(?!\d|,\d)`, 'g');
const RE_MONTH_WORD = new RegExp(String.raw`(?<![A-Za-z])${MONTH}`, 'g');
/** A bare month needs a lead-in: "in May", "since early March", "the January strikes". */
const MONTH_LEAD_IN = /\b(?:in|since|until|till|by|during|of|from|through|before|after|last|next|this|throughout|the|and|or|to)\s+(?:(?:early|late|mid)[\s-]+)?$|\b(?:early|late|mid)[\s-]+$/i;
const RE_YEAR = /(?<![\d,.$£€¥#\-–/:])(1[89]\d\d|20\d\d)(s|'s|’s)?(?![\d%]|[.,]\d|[-–]\d)/g;
const RE_WEEKDAY = /\b(?:(last|this past|past|early|late|overnight|the (?:early|small|wee) hours of)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\s+(morning|afternoon|evening|night|overnight))?\b/gi;
const RE_REL_DAY = /\b(?:(the\s+day\s+before\s+yesterday)|(yesterday|today|tonight))\b(?:\s+(morning|afternoon|evening|night))?/gi;
const RE_LAST_NIGHT = /\b(last\s+night|this\s+(?:morning|afternoon|evening))\b/gi;
const RE_REL_PERIOD = /\b(?:(earlier|later)\s+)?(this|last|next|past)\s+(week|month|year)\b/gi;
const RE_AGO = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(day|week|month|year)s?\s+ago\b/gi;
/** "The raid comes little over a month after a heist …": the event after "after" lies that long before. */
const RE_COMES_AFTER =
  /\b(?:comes?|came|coming|follows?|followed)\s+((?:just|little|a\s+little|only|some|about|nearly|almost|more\s+than|less\s+than|over|under)(?:\s+(?:over|under))?\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(day|week|month|year)s?\s+after\b/gi;
const RE_TIME12 = /(?<![\d:.,])(\d{1,2})(?:[:.]([0-5]\d))?\s*([AaPp])\.?\s?[Mm]\.?(?![A-Za-z])/g;
const RE_TIME24 = /(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g;
const RE_MILITARY = /(?<![\d,.:])([01]\d|2[0-3])([0-5]\d)\s*(?:hrs\s+|h\s+)?(?=(?:GMT|UTC|Z)\b)/g;
const RE_NOON = /\b(noon|midday)\b/gi;
const RE_NUMERIC_DATE = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b/;
const RE_ZONE = /^\s*(local\s+time|local|UTC|GMT|Z|[A-Z]{1,3}[SD]T|ET|CT|PT|MT|BST|CET|EET|IST|JST|MSK|WIB|HKT|SGT)(\s*[+-]\d{1,2}(?::?\d{2})?)?(?![A-Za-z])/;
const TIME_CONTEXT = /(?:\bat|\baround|\babout|\bby|\bbefore|\bafter|\buntil|\bfrom|\bsince|\bapproximately|\bshortly|\(|\bto|–|-)\s*$/i;
const YEAR_CONTEXT = /(?:\b(?:in|since|by|from|until|till|to|through|of|during|before|after|between|and|or|early|late|mid|the|year|fiscal|circa|c\.|spring|summer|autumn|fall|winter)\s+|\(|mid-)$/i;
const DAY_GAP = /^[\s,()]*(?:(?:on|at|of)\s+)?(?:(?:around|about|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?[\s,()]*$/i;
const NUMBER_WORDS = wordTable<number>({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 });
/** Plural nouns that show a year-like number is a count ("2000 people"). */
const COUNT_PLURALS = /^(?:people|persons|men|women|children|personnel|police|staff|feet|troops)$/;

/** Extracts date and time slots from one sentence; offsets index `sentence`. */
export function extractDates(sentence: string, publishedAt: string | null): DateSlot[] {
  if (!DATE_ISH.test(sentence)) return [];
  const ref = parsePublished(publishedAt);
  const pieces = selectNonOverlapping(collectPieces(sentence, ref));
  return assemble(sentence, pieces, ref);
}

function collectPieces(s: string, ref: Day | null): Piece[] {
  const out: Piece[] = [];
  for (const m of s.matchAll(RE_MDY)) {
    const month0 = monthIndex(m[1]!);
    out.push(dayMonth(m.index, m.index + m[0].length, month0, +m[2]!, m[3], ref));
  }
  for (const m of s.matchAll(RE_DMY)) {
    const month0 = monthIndex(m[2]!);
    out.push(dayMonth(m.index, m.index + m[0].length, month0, +m[1]!, m[3], ref));
  }
  for (const m of s.matchAll(RE_MY)) {
    const start = m.index;
    out.push(period(start, start + m[0].length, monthSlot(+m[2]!, monthIndex(m[1]!), false)));
  }
  for (const m of s.matchAll(RE_MONTH_WORD)) {
    if (!MONTH_LEAD_IN.test(s.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (/^\s+[A-Z]/.test(s.slice(m.index + m[0].length))) continue; // "June Carter", "May Day"
    const month0 = monthIndex(m[1]!);
    const year = ref ? resolveYear(ref, month0, 1) : null;
    const end = m.index + m[0].length;
    out.push(period(m.index, end, year === null ? null : monthSlot(year, month0, true)));
  }
  collectYears(s, out);
  collectWeekdays(s, ref, out);
  collectRelative(s, ref, out);
  collectTimes(s, out);
  if (RE_NUMERIC_DATE.test(s)) collectNumericDates(s, ref, out);
  return out;
}

function collectYears(s: string, out: Piece[]): void {
  for (const m of s.matchAll(RE_YEAR)) {
    const year = +m[1]!;
    const suffix = m[2] ?? '';
    const start = m.index;
    const end = start + m[0].length;
    if (suffix === 's') {
      if (year % 10 === 0) out.push(period(start, end, slot(`${year}-01-01`, `${year + 10}-01-01`, 'year', false)));
      continue;
    }
    if (!suffix) {
      if (!YEAR_CONTEXT.test(s.slice(Math.max(0, start - 12), start))) continue;
      if (looksLikeCount(s.slice(end), year)) continue;
    }
    out.push(period(start, end, slot(`${year}-01-01`, `${year + 1}-01-01`, 'year', false)));
  }
}

/** "2000 troops", "1500 people": a year-like number that counts something. */
function looksLikeCount(after: string, value: number): boolean {
  const next = /^\s+([a-z]+)/.exec(after)?.[1];
  if (!next) return false;
  if (COUNT_PLURALS.test(next)) return true;
  const plural = /[^s]s$/.test(next) && !/(?:us|is)$/.test(next);
  return plural && value % 10 === 0;
}

function collectWeekdays(s: string, ref: Day | null, out: Piece[]): void {
  for (const m of s.matchAll(RE_WEEKDAY)) {
    const qualifier = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const weekday = WEEKDAYS.indexOf(m[2]!.toLowerCase());
    if (!/^[A-Z]/.test(m[2]!)) continue;
    // "in the early hours of Monday" is early Monday.
    const early = qualifier?.endsWith(' hours of') ? 'early' : undefined;
    const part = m[3]?.toLowerCase() ?? early ?? (qualifier === 'early' || qualifier === 'late' || qualifier === 'overnight' ? qualifier : undefined);
    const strict = qualifier === 'last' || qualifier === 'this past' || qualifier === 'past';
    const day = ref ? recentWeekday(ref, weekday, strict) : null;
    out.push({ type: 'day', start: m.index, end: m.index + m[0].length, day, relative: true, part: part ? PARTS[part]! : null });
  }
}

function collectRelative(s: string, ref: Day | null, out: Piece[]): void {
  for (const m of s.matchAll(RE_REL_DAY)) {
    const word = (m[1] ? 'before' : m[2]!).toLowerCase();
    const offset = word === 'before' ? -2 : word === 'yesterday' ? -1 : 0;
    const partName = m[3]?.toLowerCase() ?? (word === 'tonight' ? 'night' : undefined);
    out.push({
      type: 'day', start: m.index, end: m.index + m[0].length, day: ref ? addDays(ref, offset) : null,
      relative: true, part: partName ? PARTS[partName]! : null,
    });
  }
  for (const m of s.matchAll(RE_LAST_NIGHT)) {
    const lastNight = /^last/i.test(m[1]!);
    const partName = lastNight ? 'night' : m[1]!.split(/\s+/)[1]!.toLowerCase();
    out.push({
      type: 'day', start: m.index, end: m.index + m[0].length, day: ref ? addDays(ref, lastNight ? -1 : 0) : null,
      relative: true, part: PARTS[partName]!,
    });
  }
  for (const m of s.matchAll(RE_REL_PERIOD)) {
    const end = m.index + m[0].length;
    out.push(period(m.index, end, ref ? relativePeriod(ref, m[1]?.toLowerCase(), m[2]!.toLowerCase(), m[3]!.toLowerCase()) : null));
  }
  for (const m of s.matchAll(RE_AGO)) {
    const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? +m[1]!;
    const end = m.index + m[0].length;
    out.push(period(m.index, end, ref ? agoPeriod(ref, n, m[2]!.toLowerCase()) : null));
  }
  for (const m of s.matchAll(RE_COMES_AFTER)) {
    const n = NUMBER_WORDS[m[2]!.toLowerCase()] ?? +m[2]!;
    const start = m.index + m[0].search(/\s/) + 1;
    const present = /^(?:comes?|coming|follows?)\b/i.test(m[0]);
    out.push(period(start, m.index + m[0].length, ref ? offsetBefore(ref, n, m[3]!.toLowerCase(), m[1] ?? '', present) : null));
  }
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

/** Days before publication the news event of a past-tense report ("the strike came …") may lie. */
const REPORTED_WITHIN_DAYS = 7;

/**
 * The time an earlier event took place, "little over a month" before the news event: at least the
 * span back for "over", at most for "nearly", about it otherwise. "Comes" is the news of the day;
 * "came" may be a few days before publication.
 */
function offsetBefore(ref: Day, n: number, unit: string, hedge: string, present: boolean): DateSlot {
  const span = n * UNIT_DAYS[unit]!;
  const [far, near] = /over|more/i.test(hedge) ? [1.5, 1] : /nearly|almost|less|under/i.test(hedge) ? [1, 0.5] : [1.25, 0.75];
  const granularity: Granularity = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'week';
  const earliest = Math.round(span * far) + (present ? 1 : REPORTED_WITHIN_DAYS);
  return { ...slot(isoDay(addDays(ref, -earliest)), isoDay(addDays(ref, 1 - Math.round(span * near))), granularity, true), approximate: true };
}

function relativePeriod(ref: Day, edge: string | undefined, which: string, unit: string): DateSlot {
  const y = ref.getUTCFullYear();
  const mo = ref.getUTCMonth();
  const upToRef = isoDay(addDays(ref, 1));
  if (which === 'past') {
    const days = UNIT_DAYS[unit]!;
    return slot(isoDay(addDays(ref, -days)), upToRef, unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'week', true);
  }
  const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  let result: DateSlot;
  if (unit === 'week') {
    const from = addDays(weekStart(ref), 7 * shift);
    result = slot(isoDay(from), isoDay(addDays(from, 7)), 'week', true);
  } else if (unit === 'month') {
    const first = makeDay(y, mo + shift, 1);
    result = monthSlot(first.getUTCFullYear(), first.getUTCMonth(), true);
  } else {
    result = slot(`${y + shift}-01-01`, `${y + shift + 1}-01-01`, 'year', true);
  }
  // "earlier this month" ends at publication; "later this year" starts there.
  if (which === 'this' && edge === 'earlier') result.to = upToRef;
  if (which === 'this' && edge === 'later') result.from = isoDay(ref);
  return result;
}

function agoPeriod(ref: Day, n: number, unit: string): DateSlot {
  if (unit === 'day') {
    const d = addDays(ref, -n);
    return slot(isoDay(d), isoDay(addDays(d, 1)), 'day', true);
  }
  if (unit === 'week') {
    const centre = addDays(ref, -7 * n);
    return slot(isoDay(addDays(centre, -3)), isoDay(addDays(centre, 4)), 'week', true);
  }
  if (unit === 'month') {
    const first = makeDay(ref.getUTCFullYear(), ref.getUTCMonth() - n, 1);
    return monthSlot(first.getUTCFullYear(), first.getUTCMonth(), true);
  }
  const y = ref.getUTCFullYear() - n;
  return slot(`${y}-01-01`, `${y + 1}-01-01`, 'year', true);
}

function collectTimes(s: string, out: Piece[]): void {
  for (const m of s.matchAll(RE_TIME12)) {
    const hour = +m[1]!;
    if (hour < 1 || hour > 12) continue;
    const minutes = m[2] === undefined ? null : +m[2];
    const pm = m[3]!.toLowerCase() === 'p';
    const h24 = (hour % 12) + (pm ? 12 : 0);
    out.push(timePiece(s, m.index, m.index + m[0].length, h24 * 60 + (minutes ?? 0), minutes === null ? 60 : 1));
  }
  for (const m of s.matchAll(RE_TIME24)) {
    const start = m.index;
    const end = start + m[0].length;
    const hasZone = RE_ZONE.test(s.slice(end));
    if (!hasZone && !TIME_CONTEXT.test(s.slice(Math.max(0, start - 16), start))) continue;
    out.push(timePiece(s, start, end, +m[1]! * 60 + +m[2]!, 1));
  }
  for (const m of s.matchAll(RE_MILITARY)) {
    const start = m.index;
    out.push(timePiece(s, start, start + m[0].trimEnd().length, +m[1]! * 60 + +m[2]!, 1));
  }
  for (const m of s.matchAll(RE_NOON)) {
    out.push(timePiece(s, m.index, m.index + m[0].length, 12 * 60, 1));
  }
}

/** A time piece that swallows a following zone ("7:37 AM local time", "07:37 UTC"). */
function timePiece(s: string, start: number, end: number, minute: number, span: number): TimePiece {
  const z = RE_ZONE.exec(s.slice(end));
  let zone: string | null = null;
  if (z) {
    const name = z[1]!.startsWith('local') ? 'local' : z[1] === 'Z' ? 'UTC' : z[1]!;
    zone = name + (z[2] ? z[2].replace(/\s+/g, '') : '');
    end += z[0].length;
  }
  return { type: 'time', start, end, minute, span, zone };
}

/** ISO and numeric dates ("2023-12-25", "12/25/2023") through chrono-node. */
function collectNumericDates(s: string, ref: Day | null, out: Piece[]): void {
  const results = chrono.parse(s, { instant: ref ?? new Date(), timezone: 0 });
  for (const r of results) {
    if (!RE_NUMERIC_DATE.test(r.text)) continue;
    if (!r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) continue;
    const day = makeDay(r.start.get('year')!, r.start.get('month')! - 1, r.start.get('day')!);
    const end = r.index + (RE_NUMERIC_DATE.exec(r.text)!.index + RE_NUMERIC_DATE.exec(r.text)![0].length);
    out.push({ type: 'day', start: r.index, end, day, relative: false, part: null });
  }
}

function dayMonth(start: number, end: number, month0: number, day: number, yearText: string | undefined, ref: Day | null): Piece {
  const explicit = yearText !== undefined;
  const year = explicit ? +yearText : ref ? resolveYear(ref, month0, day) : null;
  if (day < 1 || (year !== null && day > daysInMonth(year, month0)) || day > 31) {
    return period(start, end, null);
  }
  return { type: 'day', start, end, day: year === null ? null : makeDay(year, month0, day), relative: !explicit, part: null };
}

function monthIndex(token: string): number {
  return MONTH_KEYS.indexOf(token.slice(0, 3).toLowerCase());
}

function monthSlot(year: number, month0: number, relative: boolean): DateSlot {
  const from = makeDay(year, month0, 1);
  const to = makeDay(year, month0 + 1, 1);
  return slot(isoDay(from), isoDay(to), 'month', relative);
}

function period(start: number, end: number, s: DateSlot | null): PeriodPiece {
  return { type: 'period', start, end, slot: s };
}

function slot(from: string, to: string, granularity: Granularity, relative: boolean): DateSlot {
  return { raw: '', start: 0, end: 0, from, to, granularity, relative, zone: null };
}

/** Leftmost first, then longest; drops pieces that overlap an accepted one. */
function selectNonOverlapping(pieces: Piece[]): Piece[] {
  pieces.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Piece[] = [];
  let reach = -1;
  for (const p of pieces) {
    if (p.start < reach) continue;
    kept.push(p);
    reach = p.end;
  }
  return kept;
}

/**
 * Turns pieces into slots. Adjacent days and times form one group ("10 p.m. Tuesday",
 * "Tuesday at 10 p.m.", "7:37 AM local time (0437 GMT) on Jan. 3"): every time takes the group's day.
 */
function assemble(s: string, pieces: Piece[], ref: Day | null): DateSlot[] {
  const out: DateSlot[] = [];
  let group: (DayPiece | TimePiece)[] = [];
  // A clock time with no day beside it ("On Friday, … marched at 8 p.m.") is on the sentence's one
  // day, when it names just one; else on the publication day.
  const days = pieces.filter((p): p is DayPiece => p.type === 'day' && p.day !== null);
  const sentenceDay = days.length === 1 ? days[0]! : null;
  const flush = (): void => {
    if (group.length) emitGroup(s, group, ref, out, sentenceDay);
    group = [];
  };
  for (const p of pieces) {
    if (p.type === 'period') {
      flush();
      if (p.slot) out.push(place(s, p.slot, p.start, p.end));
      continue;
    }
    const prev = group[group.length - 1];
    if (prev && !adjacent(s, prev, p)) flush();
    group.push(p);
  }
  flush();
  out.sort((a, b) => a.start - b.start);
  return out;
}

function emitGroup(s: string, group: (DayPiece | TimePiece)[], ref: Day | null, out: DateSlot[], sentenceDay: DayPiece | null): void {
  const days = group.filter((p): p is DayPiece => p.type === 'day');
  const times = group.filter((p): p is TimePiece => p.type === 'time');
  // "Monday, Dec. 25": the stated date wins over the weekday resolved from publication.
  const day = days.find((d) => !d.relative) ?? days[0];
  if (!times.length) {
    for (const d of days) {
      if (d.day && (d === day || !day || day.relative)) out.push(place(s, daySlot(d), d.start, d.end));
    }
    return;
  }
  const dayOf = day ?? sentenceDay;
  const anchor = dayOf ? dayOf.day : ref;
  const relative = dayOf ? dayOf.relative : true;
  const single = times.length === 1;
  for (const t of times) {
    const start = single ? group[0]!.start : t.start;
    const end = single ? group[group.length - 1]!.end : t.end;
    pushTime(s, out, t, anchor, relative, start, end);
  }
}

function pushTime(s: string, out: DateSlot[], t: TimePiece, day: Day | null, relative: boolean, start: number, end: number): void {
  if (!day) return;
  const value = slot(isoMinute(day, t.minute), isoMinute(day, t.minute + t.span), 'minute', relative);
  value.zone = t.zone;
  out.push(place(s, value, start, end));
}

function daySlot(p: DayPiece): DateSlot {
  const day = p.day!;
  if (p.part) return slot(isoMinute(day, p.part[0]), isoMinute(day, p.part[1]), 'part-of-day', p.relative);
  return slot(isoDay(day), isoDay(addDays(day, 1)), 'day', p.relative);
}

function adjacent(s: string, a: Piece, b: Piece): boolean {
  const gap = s.slice(a.end, b.start);
  return gap.length <= 24 && DAY_GAP.test(gap);
}

function place(s: string, value: DateSlot, start: number, end: number): DateSlot {
  return { ...value, raw: s.slice(start, end), start, end };
}
