/**
 * Article body → claims. Every sentence (or long sentence's independent clause) that states
 * something becomes a Claim with its slots, predicates, keys, polarity, attribution and
 * check-worthiness. Page furniture, datelines and verbless scraps are left out.
 */
import type { Claim, DateSlot, NameSlot, QuoteSlot } from '../model';
import { extractDates } from '../text/dates';
import { buildNameContext, canonicalName, extractNames, nameKey, type NameContext } from '../text/names';
import { extractQuantities } from '../text/numbers';
import { contentLemmas } from '../text/tokens';
import { isEventClass, predicateClasses } from '../text/predicates';
import { claimUnits, type ClaimUnit } from './units';
import { contextNames } from './context';
import { erasOf } from './era';
import { findQuoteSpans, clipQuote, type QuoteSpan } from './quotes';
import { findAttribution, isPronoun, quoteSpeaker, type AttributionMatch } from './attribution';
import { polarityOf } from './polarity';
import { claimKeys } from './keys';
import { partySize } from './party';
import { checkworthiness, isQuestion } from './checkworthiness';

export interface ArticleForClaims {
  id: string;
  /** The article body: claim offsets index this text. */
  text: string;
  publishedAt: string | null;
  title?: string | null;
}

/** How many sentences back a "he said" may look for the person it means. */
const PRONOUN_REACH = 4;

export function extractClaims(article: ArticleForClaims): Claim[] {
  const body = article.text;
  const units = claimUnits(body);
  if (units.length === 0) return [];
  const ctx = buildNameContext(body);
  const quotes = findQuoteSpans(body);
  const names = units.map((u) => extractNames(body.slice(u.start, u.end), ctx));
  const matches = units.map((u) => findAttribution(body.slice(u.start, u.end), localQuotes(u, quotes)));
  const refs: Referents = { persons: personMentions(units, names), sources: namedSources(units, matches, ctx) };
  const speakers = chainSpeakers(body, quotes, units, ctx, refs);

  const claims: Claim[] = [];
  const attributions: (string | null)[] = [];
  const unitDates: DateSlot[][] = [];
  units.forEach((unit, i) => {
    const text = body.slice(unit.start, unit.end);
    const unitNames = names[i]!;
    const quantities = extractQuantities(text);
    const dates = extractDates(text, article.publishedAt);
    unitDates.push(dates);
    const quoteSlots = quoteSlotsOf(body, unit, quotes, speakers);
    const predicates = predicateClasses(text);
    const attribution = attributionOf(unit, matches[i] ?? null, quoteSlots, ctx, refs);
    const keys = claimKeys({
      nameKeys: unitNames.map((n) => nameKey(n.canonical)),
      lemmas: contentLemmas(text),
      // A party's size said two ways ("one of four men" / "with three companions") meets at u:party.
      countedNouns: [...quantities.map((q) => q.noun), ...(quantities.some((q) => partySize(text, q) !== null) ? ['party'] : [])],
      predicates,
      dates,
    });
    claims.push({
      id: `${article.id}:${unit.start}`,
      articleId: article.id,
      start: unit.start,
      end: unit.end,
      text,
      slots: { quantities, dates, names: unitNames, quotes: quoteSlots },
      predicates,
      keys,
      polarity: polarityOf(text),
      attribution,
      checkworthiness: checkworthiness({
        text,
        quantities: quantities.length,
        dates: dates.length,
        names: unitNames.length,
        eventPredicates: predicates.filter(isEventClass).length,
        attributed: attribution !== null,
      }),
    });
    attributions.push(attribution);
  });
  contextNames(units, names, attributions).forEach((context, i) => {
    if (context.length > 0) claims[i]!.context = context;
  });
  erasOf(units, claims.map((c) => c.text), unitDates, article.publishedAt).forEach((era, i) => {
    if (era) claims[i]!.era = era;
  });
  // A question states nothing another report could confirm or contradict ("What was he pointing a
  // gun at?"); it still names people for the sentences after it (context above).
  return claims.filter((claim) => !isQuestion(claim.text));
}


interface PersonMention {
  at: number;
  sentence: number;
  canonical: string;
}

function personMentions(units: ClaimUnit[], names: NameSlot[][]): PersonMention[] {
  const out: PersonMention[] = [];
  units.forEach((u, i) => {
    for (const n of names[i]!) {
      if (n.kind === 'person') out.push({ at: u.start + n.start, sentence: u.sentence, canonical: n.canonical });
    }
  });
  return out;
}

/** Who "he" or "she" may mean: named sources (people quoted or reported) first, then persons named. */
interface Referents {
  sources: PersonMention[];
  persons: PersonMention[];
}

/** The person a pronoun at `at` most likely means: the last source, else person, named shortly before it. */
function resolvePronoun(refs: Referents, at: number, sentence: number): string | null {
  return lastBefore(refs.sources, at, sentence) ?? lastBefore(refs.persons, at, sentence);
}

function lastBefore(mentions: PersonMention[], at: number, sentence: number): string | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const p = mentions[i]!;
    if (p.at >= at) continue;
    return sentence - p.sentence > PRONOUN_REACH ? null : p.canonical;
  }
  return null;
}

/** Sources whose phrase is headed by a name ("…, Inspector Ruth Kavanagh said"), in text order. */
function namedSources(units: ClaimUnit[], matches: (AttributionMatch | null)[], ctx: NameContext): PersonMention[] {
  const out: PersonMention[] = [];
  for (const [i, unit] of units.entries()) {
    const match = matches[i];
    if (!match || isPronoun(match.phrase)) continue;
    const head = headName(match.phrase, extractNames(match.phrase, ctx));
    if (head && head.kind !== 'place' && head.kind !== 'org') {
      out.push({ at: unit.start + match.start, sentence: unit.sentence, canonical: head.canonical });
    }
  }
  return out;
}

function localQuotes(unit: ClaimUnit, quotes: QuoteSpan[]): QuoteSpan[] {
  return quotes
    .filter((q) => q.innerEnd > unit.start && q.innerStart < unit.end)
    .map((q) => ({ ...q, open: q.open - unit.start, close: q.close - unit.start, innerStart: q.innerStart - unit.start, innerEnd: q.innerEnd - unit.start }));
}

/** A source phrase as a canonical name when it holds one (a person preferred), else as written. */
function resolveSource(
  match: AttributionMatch,
  offset: number,
  ctx: NameContext,
  refs: Referents,
  sentence: number,
): string | null {
  if (isPronoun(match.phrase)) {
    return /^(?:he|she)$/i.test(match.phrase) ? resolvePronoun(refs, offset + match.start, sentence) : null;
  }
  const head = headName(match.phrase, extractNames(match.phrase, ctx));
  if (head) return head.canonical;
  const phrase = match.phrase.replace(/\s+/g, ' ').trim();
  // A capitalised phrase the name finder passed over (sentence-initial "Africom") is still a name.
  return /^\p{Lu}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*)*$/u.test(phrase) ? canonicalName(phrase, ctx) || phrase : phrase;
}

/**
 * The name a source phrase is about when the name is its head: "Defense Secretary Martin Aldous",
 * "spokeswoman Nadia Ferreira" → the person; "a senior Lindau Harbour Trust official" or "a
 * spokesperson for the minister" → no head name (the source is the official, not the group).
 */
function headName(phrase: string, names: NameSlot[]): NameSlot | null {
  const last = names[names.length - 1];
  if (!last || phrase.slice(last.end).trim().replace(/[.,]$/, '') !== '') return null;
  return /\b(?:of|for|to|from|with|at|in|on|by)\s/i.test(phrase.slice(0, last.start)) ? null : last;
}

function unitAt(units: ClaimUnit[], offset: number): ClaimUnit | undefined {
  return units.find((u) => offset >= u.start && offset < u.end) ?? units.find((u) => u.start > offset);
}

/** Speaker of each quotation chain, from whichever of its pieces has a reporting clause. */
function chainSpeakers(
  body: string,
  quotes: QuoteSpan[],
  units: ClaimUnit[],
  ctx: NameContext,
  refs: Referents,
): Map<number, string | null> {
  const speakers = new Map<number, string | null>();
  for (const q of quotes) {
    if (speakers.get(q.chain)) continue;
    const first = unitAt(units, q.open);
    const last = unitAt(units, Math.max(q.open, q.close - 1));
    if (!first || !last) continue;
    const sentenceStart = sentenceBounds(units, first.sentence)[0];
    const sentenceEnd = sentenceBounds(units, last.sentence)[1];
    const match = quoteSpeaker(body, q, Math.min(sentenceStart, q.open), Math.max(sentenceEnd, q.close));
    if (!match) continue;
    speakers.set(q.chain, resolveSource(match, 0, ctx, refs, last.sentence));
  }
  return speakers;
}

function sentenceBounds(units: ClaimUnit[], sentence: number): [number, number] {
  const parts = units.filter((u) => u.sentence === sentence);
  return [parts[0]!.start, parts[parts.length - 1]!.end];
}

function quoteSlotsOf(body: string, unit: ClaimUnit, quotes: QuoteSpan[], speakers: Map<number, string | null>): QuoteSlot[] {
  const out: QuoteSlot[] = [];
  for (const q of quotes) {
    if (q.innerEnd <= unit.start || q.innerStart >= unit.end) continue;
    const clip = clipQuote(q, unit.start, unit.end);
    if (!clip) continue;
    const text = body.slice(clip.start, clip.end);
    if (!/\p{L}/u.test(text)) continue;
    out.push({ text, start: clip.start - unit.start, end: clip.end - unit.start, speaker: speakers.get(q.chain) ?? null });
  }
  return out;
}

/** The claim's source: its own reporting clause, else the speaker of the quotation it lies in. */
function attributionOf(
  unit: ClaimUnit,
  match: AttributionMatch | null,
  quoteSlots: QuoteSlot[],
  ctx: NameContext,
  refs: Referents,
): string | null {
  if (match) {
    const source = resolveSource(match, unit.start, ctx, refs, unit.sentence);
    if (source) return source;
  }
  return quoteSlots.find((q) => q.speaker)?.speaker ?? null;
}
