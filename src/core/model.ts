/**
 * The engine's data model: zod schemas and the types inferred from them.
 * Every value that crosses a process boundary (messages, bundles, stored rows) is parsed with these.
 * Offsets: a Claim's start/end index the article body; a slot's start/end index the claim text.
 */
import { z } from 'zod';
import { SlotEvidence } from './evidence';

/** How a figure is qualified: "about 2,400", "at least 137", "dozens". */
export const Hedge = z.enum(['exact', 'about', 'at-least', 'more-than', 'nearly', 'up-to', 'less-than', 'vague']);
export type Hedge = z.infer<typeof Hedge>;

export const QuantitySlot = z.object({
  raw: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** Point value in the normalised unit (km, m, kg, a currency's own unit, percent, or a count). */
  value: z.number(),
  /** Bounds implied by the hedge: "at least 100" → [100, ∞); "dozens" → [24, 99]. */
  low: z.number(),
  high: z.number(),
  hedge: Hedge,
  /** Normalised unit: 'km', 'm', 'kg', 'percent', 'age', a duration ('day', 'year'…), ISO currency code, or null for a count. */
  unit: z.string().nullable(),
  /** Lemma of what is counted: 'people', 'soldier', 'attack', 'troop'; null when unknown. */
  noun: z.string().nullable(),
  /** Predicate class that governs the figure, when found: 'kill', 'wound', 'strike', 'arrest'… */
  role: z.string().nullable(),
});
export type QuantitySlot = z.infer<typeof QuantitySlot>;

export const Granularity = z.enum(['year', 'month', 'week', 'day', 'part-of-day', 'minute']);
export type Granularity = z.infer<typeof Granularity>;

export const DateSlot = z.object({
  raw: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** ISO 8601 bounds of the period meant, inclusive from, exclusive to. */
  from: z.string(),
  to: z.string(),
  granularity: Granularity,
  /** True when resolved relative to the publication date ("Monday", "yesterday"). */
  relative: z.boolean(),
  /** Time zone when stated: 'UTC', 'local', an IANA-ish abbreviation, or null. */
  zone: z.string().nullable(),
  /** The bounds are a guess from an offset ("a month after …"), not a period named: any overlap fits. */
  approximate: z.boolean().optional(),
});
export type DateSlot = z.infer<typeof DateSlot>;

export const NameKind = z.enum(['person', 'place', 'org', 'other']);
export type NameKind = z.infer<typeof NameKind>;

export const NameSlot = z.object({
  raw: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** Folded key that spelling variants share: case, punctuation, diacritics, defined abbreviations. */
  canonical: z.string(),
  kind: NameKind,
});
export type NameSlot = z.infer<typeof NameSlot>;

export const QuoteSlot = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  speaker: z.string().nullable(),
});
export type QuoteSlot = z.infer<typeof QuoteSlot>;

export const Slots = z.object({
  quantities: z.array(QuantitySlot),
  dates: z.array(DateSlot),
  names: z.array(NameSlot),
  quotes: z.array(QuoteSlot),
});
export type Slots = z.infer<typeof Slots>;

export const Polarity = z.enum(['positive', 'negative']);
export type Polarity = z.infer<typeof Polarity>;

export const Claim = z.object({
  id: z.string(),
  articleId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  slots: Slots,
  /** Predicate classes the claim states: 'kill', 'wound', 'strike', 'condemn'… */
  predicates: z.array(z.string()),
  /** Retrieval keys: 'n:<canonical name>', 'l:<content lemma>', 'u:<counted noun>', 'd:<yyyy-mm>'. */
  keys: z.array(z.string()),
  polarity: Polarity,
  /** Who is said to have said it ("AFRICOM", "the Danish PM"), canonical name or raw phrase. */
  attribution: z.string().nullable(),
  checkworthiness: z.number().min(0).max(1),
  /**
   * Names of the people the sentences just before it speak of, when the claim names nobody itself
   * ("One of the climbers has fallen 400 metres" after "Mr Hartley's group…"): a weak tie, see frame.ts.
   */
  context: z.array(z.string()).optional(),
  /**
   * The past the sentences just before it date, when the claim dates nothing itself and that date is
   * well before publication ("… acquitted in 1958." "He was sentenced to seven years."): see era.ts.
   */
  era: z.object({ from: z.string(), to: z.string() }).optional(),
});
export type Claim = z.infer<typeof Claim>;

export const Origin = z.enum(['visited', 'imported', 'feed']);
export type Origin = z.infer<typeof Origin>;

export const Article = z.object({
  id: z.string(),
  url: z.string(),
  canonicalUrl: z.string(),
  /** Publisher name or host. */
  site: z.string(),
  title: z.string(),
  byline: z.string().nullable(),
  /** ISO date or datetime, or null when unknown. */
  publishedAt: z.string().nullable(),
  capturedAt: z.string(),
  origin: Origin,
  text: z.string(),
  textHash: z.string(),
  /** Near-duplicate fingerprint (SimHash over word shingles, hex). */
  fingerprint: z.string(),
});
export type Article = z.infer<typeof Article>;

export const Verdict = z.enum(['agree', 'differ', 'updated', 'related']);
export type Verdict = z.infer<typeof Verdict>;

export { SlotEvidence };

export const Relation = z.object({
  verdict: Verdict,
  score: z.number(),
  evidence: z.array(SlotEvidence),
});
export type Relation = z.infer<typeof Relation>;

export const Finding = z.object({
  claimId: z.string(),
  otherClaimId: z.string(),
  otherArticleId: z.string(),
  verdict: Verdict,
  score: z.number(),
  evidence: z.array(SlotEvidence),
});
export type Finding = z.infer<typeof Finding>;
