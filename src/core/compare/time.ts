/**
 * Event anchors: when a claim's fact happened. A claim's own date expressions anchor it; without
 * any, its article's publication date does (news reports the last few days). Dates introduced by
 * "since"/"until" bound a period rather than anchor an event, so they are kept apart.
 */
import type { Claim, DateSlot } from '../model';

const DAY = 86_400_000;

/** How far apart two anchors may be and still be one event. */
export const ANCHOR_SLACK_DAYS = 3;
/** A publication anchors what happened in the days before it. */
export const PUBLICATION_LOOKBACK_DAYS = 7;

export interface Anchor {
  from: number;
  to: number;
  source: 'slot' | 'era' | 'published';
}

// "Just before 10:45 p.m." and "shortly after dawn" date the event itself, close to that time.
const PERIOD_LEAD = /\b(since|from|until|till|(?<!\b(?:just|shortly|right|soon|moments|minutes)\s)(?:before|after)|by|as of|starting)\s+(?:the\s+)?(?:start\s+of\s+)?$/i;

/** True when the date bounds a period ("since October 17") instead of dating the event. */
export function isPeriodBound(claim: Claim, date: DateSlot): boolean {
  const before = claim.text.slice(Math.max(0, date.start - 30), date.start);
  return PERIOD_LEAD.test(before);
}

export function eventDates(claim: Claim): DateSlot[] {
  return claim.slots.dates.filter((d) => !isPeriodBound(claim, d) && Number.isFinite(Date.parse(d.from)));
}

export function periodDates(claim: Claim): DateSlot[] {
  return claim.slots.dates.filter((d) => isPeriodBound(claim, d) && Number.isFinite(Date.parse(d.from)));
}

export function dateRange(d: DateSlot): [number, number] {
  const from = Date.parse(d.from);
  const to = Date.parse(d.to);
  return [from, Number.isFinite(to) && to > from ? to : from + DAY];
}

export function publicationTime(publishedAt: string | null | undefined): number | null {
  if (!publishedAt) return null;
  const t = Date.parse(publishedAt);
  return Number.isFinite(t) ? t : null;
}

/**
 * The claim's event anchors: one per own event date, else its era (Claim.era), else one from the
 * publication date; an offset's guess ("a month after …") goes with the era or publication anchor.
 */
export function anchorsOf(claim: Claim, publishedAt: string | null): Anchor[] {
  const dates = eventDates(claim);
  const own = dates.map((d): Anchor => {
    const [from, to] = dateRange(d);
    return { from, to, source: 'slot' };
  });
  // An offset alone ("the raid comes a month after a heist") dates the earlier event; the
  // sentence's own event is still the news of its day.
  if (own.length > 0 && !dates.every((d) => d.approximate)) return own;
  // A background sentence is anchored in the past the sentences before it date, not at publication.
  if (claim.era) {
    const from = Date.parse(claim.era.from);
    const to = Date.parse(claim.era.to);
    if (Number.isFinite(from) && Number.isFinite(to)) return [...own, { from, to, source: 'era' }];
  }
  const pub = publicationTime(publishedAt);
  if (pub === null) return own;
  return [...own, { from: pub - PUBLICATION_LOOKBACK_DAYS * DAY, to: pub + DAY, source: 'published' }];
}

/** Days between two intervals; 0 when they overlap. */
export function gapDays(a: { from: number; to: number }, b: { from: number; to: number }): number {
  const gap = Math.max(a.from, b.from) - Math.min(a.to, b.to);
  return gap > 0 ? gap / DAY : 0;
}

const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s)/g;

/**
 * Weekdays the claim dates its event by, read from the text: they tell two events apart even in an
 * undated article, whose "on Thursday" resolves to no date ("on Thursday" is never "on Monday"
 * within the week a story runs). A weekday bounding a period ("since Monday") is left out.
 */
export function eventWeekdays(claim: Claim): Set<string> {
  const out = new Set<string>();
  for (const m of claim.text.matchAll(WEEKDAY)) {
    if (PERIOD_LEAD.test(claim.text.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.add(m[1]!);
  }
  return out;
}

/** Both claims date their event by weekday, and by no weekday in common. */
export function weekdaysApart(a: Claim, b: Claim): boolean {
  const wa = eventWeekdays(a);
  if (wa.size === 0) return false;
  const wb = eventWeekdays(b);
  return wb.size > 0 && ![...wa].some((d) => wb.has(d));
}

export type TimeFit = 'same' | 'unknown' | 'apart';

/** Do the two claims' anchors line up? Any pair of anchors within the slack is enough. */
export function timeFit(a: Anchor[], b: Anchor[]): TimeFit {
  if (a.length === 0 || b.length === 0) return 'unknown';
  for (const x of a) for (const y of b) if (gapDays(x, y) <= ANCHOR_SLACK_DAYS) return 'same';
  // An era is inferred from the sentences before; a publication date only guesses that the news is
  // recent. Between the two, neither knows enough to set the facts apart (another outlet may tell the
  // same background without dating it).
  const guessed = (x: Anchor, y: Anchor) => (x.source === 'era' && y.source === 'published') || (x.source === 'published' && y.source === 'era');
  if (a.every((x) => b.every((y) => guessed(x, y)))) return 'unknown';
  return 'apart';
}
