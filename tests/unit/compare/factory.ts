/** Hand-built claims for the comparison tests: slots locate their raw text in the claim text. */
import type { Claim, DateSlot, Granularity, Hedge, NameKind, QuantitySlot, QuoteSlot } from '../../../src/core/model';
import type { ArticleRef } from '../../../src/core/compare';

export interface QuantitySpec {
  raw: string;
  value: number;
  hedge?: Hedge;
  low?: number;
  high?: number;
  unit?: string | null;
  noun?: string | null;
  role?: string | null;
}

export interface DateSpec {
  raw: string;
  from: string;
  to: string;
  granularity?: Granularity;
  relative?: boolean;
}

export interface NameSpec {
  raw: string;
  canonical?: string;
  kind?: NameKind;
}

export interface ClaimSpec {
  id?: string;
  articleId?: string;
  text: string;
  quantities?: QuantitySpec[];
  dates?: DateSpec[];
  names?: NameSpec[];
  quotes?: { text: string; speaker?: string | null }[];
  predicates?: string[];
  lemmas?: string[];
  polarity?: 'positive' | 'negative';
  attribution?: string | null;
}

let counter = 0;

function locate(text: string, raw: string): [number, number] {
  const start = text.indexOf(raw);
  if (start < 0) throw new Error(`"${raw}" is not in "${text}"`);
  return [start, start + raw.length];
}

function defaultBounds(value: number, hedge: Hedge): [number, number] {
  switch (hedge) {
    case 'at-least':
    case 'more-than':
      return [value, Infinity];
    case 'up-to':
    case 'less-than':
      return [0, value];
    case 'about':
      return [value * 0.9, value * 1.1];
    case 'nearly':
      return [value * 0.9, value];
    default:
      return [value, value];
  }
}

export function makeClaim(spec: ClaimSpec): Claim {
  const text = spec.text;
  const quantities: QuantitySlot[] = (spec.quantities ?? []).map((q) => {
    const [start, end] = locate(text, q.raw);
    const hedge = q.hedge ?? 'exact';
    const [low, high] = defaultBounds(q.value, hedge);
    return {
      raw: q.raw, start, end, value: q.value, low: q.low ?? low, high: q.high ?? high, hedge,
      unit: q.unit ?? null, noun: q.noun ?? null, role: q.role ?? null,
    };
  });
  const dates: DateSlot[] = (spec.dates ?? []).map((d) => {
    const [start, end] = locate(text, d.raw);
    return { raw: d.raw, start, end, from: d.from, to: d.to, granularity: d.granularity ?? 'day', relative: d.relative ?? false, zone: null };
  });
  const names = (spec.names ?? []).map((n) => {
    const [start, end] = locate(text, n.raw);
    return { raw: n.raw, start, end, canonical: n.canonical ?? n.raw.toLowerCase(), kind: n.kind ?? 'other' };
  });
  const quotes: QuoteSlot[] = (spec.quotes ?? []).map((q) => {
    const [start, end] = locate(text, q.text);
    return { text: q.text, start, end, speaker: q.speaker ?? null };
  });
  const predicates = spec.predicates ?? [];
  const lemmas = spec.lemmas ?? (text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const keys = [
    ...names.map((n) => `n:${n.canonical}`),
    ...lemmas.map((l) => `l:${l}`),
    ...quantities.filter((q) => q.noun).map((q) => `u:${q.noun}`),
    ...predicates.map((p) => `p:${p}`),
    ...dates.map((d) => `d:${d.from.slice(0, 7)}`),
  ];
  counter++;
  return {
    id: spec.id ?? `c${counter}`,
    articleId: spec.articleId ?? 'a',
    start: 0,
    end: text.length,
    text,
    slots: { quantities, dates, names, quotes },
    predicates,
    keys: [...new Set(keys)],
    polarity: spec.polarity ?? 'positive',
    attribution: spec.attribution ?? null,
    checkworthiness: 0.8,
  };
}

export function ref(id: string, publishedAt: string | null, site = `${id}.example`, extra: Partial<ArticleRef> = {}): ArticleRef {
  return { id, site, publishedAt, ...extra };
}

export const day = (iso: string): DateSpec['from'] => `${iso}T00:00:00.000Z`;
export function on(raw: string, iso: string, relative = false): DateSpec {
  const from = new Date(`${iso}T00:00:00.000Z`);
  const to = new Date(from.getTime() + 86_400_000);
  return { raw, from: from.toISOString(), to: to.toISOString(), granularity: 'day', relative };
}
export function inMonth(raw: string, yyyyMm: string): DateSpec {
  const from = new Date(`${yyyyMm}-01T00:00:00.000Z`);
  const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
  return { raw, from: from.toISOString(), to: to.toISOString(), granularity: 'month' };
}
export function inYear(raw: string, year: number): DateSpec {
  return { raw, from: new Date(Date.UTC(year, 0, 1)).toISOString(), to: new Date(Date.UTC(year + 1, 0, 1)).toISOString(), granularity: 'year' };
}
