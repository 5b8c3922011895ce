/**
 * Figures compared within their hedges and units: intervals overlap → agree; "about 3,500" may equal
 * a sum of same-noun parts; two currencies or two dimensions are never compared.
 */
import type { Claim, QuantitySlot, SlotEvidence } from '../model';
import { differentSubjects, isAge, sameHolder } from './holders';
import { approxUsd, CURRENCY_TOLERANCE, isCasualtyNoun, isCurrency, isGenericPeople, isPersonNoun, nounClass, predicateClass, relateUnits } from './lexicon';
import { samePartyPairs } from '../claims/party';
import { spanEvidence } from './spans';

/** Relative half-width of "about"/"around"/"some". */
export const ABOUT_TOLERANCE = 0.07;
/** Relative slack for measures in one unit (rounding: 609 m vs 610 m). */
export const MEASURE_TOLERANCE = 0.02;
/** Units counted in whole steps. */
const WHOLE_UNITS = new Set(['age', 'year']);
/** Relative slack after a unit conversion ("10 km (6 miles)"). */
export const CONVERSION_TOLERANCE = 0.05;

/** [low, high] a hedged figure allows, in its own unit. */
export function boundsOf(q: QuantitySlot): [number, number] {
  const v = q.value;
  const step = q.unit === null && Number.isInteger(v) ? 1 : Math.abs(v) * 1e-9;
  switch (q.hedge) {
    case 'exact':
      return q.low < q.high ? [q.low, q.high] : [v, v];
    case 'about':
      // The comparison owns how loose "about" is, whatever bounds the extractor proposed.
      return [v * (1 - ABOUT_TOLERANCE), v * (1 + ABOUT_TOLERANCE)];
    case 'nearly':
      return [v * (1 - 1.5 * ABOUT_TOLERANCE), v];
    case 'at-least':
      return [v, Infinity];
    case 'more-than':
      return [v + step, Infinity];
    case 'up-to':
      return [Math.min(0, q.low), v];
    case 'less-than':
      return [Math.min(0, q.low), v - step];
    case 'vague':
      return q.low <= q.high ? [q.low, q.high] : [0, Infinity];
  }
}

function widen([lo, hi]: [number, number], tolerance: number): [number, number] {
  return [lo * (1 - tolerance), hi * (1 + tolerance)];
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** Nouns that say nothing about what is counted ("two others", "one of them"). */
const GENERIC_NOUNS = new Set(['other', 'one', 'them', 'thing', 'more', 'some', 'many']);

/** What a figure counts; "attacked 151 times" counts attacks. */
function countedNoun(q: QuantitySlot): string | null {
  if (!q.noun || GENERIC_NOUNS.has(nounClass(q.noun))) return null;
  if (nounClass(q.noun) === 'time' && q.role) return predicateClass(q.role);
  return q.noun;
}

const SUM_NOTE = 'one side gives the figure in parts that add up';

/** Evidence of a figure given whole on one side and in parts that add up on the other. */
export function isSumAgreement(e: SlotEvidence): boolean {
  return e.kind === 'quantity' && e.status === 'agree' && e.note === SUM_NOTE;
}

export type PairStrength = 'strong' | 'weak';

/** Whether two figures count the same thing; null when they are about different things. */
export function pairStrength(a: QuantitySlot, b: QuantitySlot): PairStrength | null {
  // Two ages are ages of a person, whatever verb or noun is near them (holders.ts keeps people apart).
  if (isAge(a) || isAge(b)) return isAge(a) && isAge(b) ? 'strong' : null;
  // A sum of money values the thing beside it ("$48M worth of emeralds"), it counts nothing:
  // two sums pair as two measures do.
  if (isCurrency(a.unit) && isCurrency(b.unit) && (a.noun || b.noun)) return pairStrength({ ...a, noun: null }, { ...b, noun: null });
  const roleA = a.role ? predicateClass(a.role) : null;
  const roleB = b.role ? predicateClass(b.role) : null;
  if (roleA && roleB && roleA !== roleB) return null;
  const nounA = countedNoun(a);
  const nounB = countedNoun(b);
  if (nounA && nounB) {
    const casualties = roleA !== null && roleA === roleB && isCasualtyNoun(nounA) && isCasualtyNoun(nounB);
    // "four men" and "four robbers" may count the same people: weakly, so they agree but never differ.
    if (nounClass(nounA) !== nounClass(nounB) && !casualties) return isGenericPeople(nounA) !== isGenericPeople(nounB) && isPersonNoun(nounA) && isPersonNoun(nounB) ? 'weak' : null;
    // A figure without its verb ("2,400 troops remain") is not the toll of "killed one soldier".
    return (roleA === null) === (roleB === null) ? 'strong' : 'weak';
  }
  if ((a.noun && !nounA) || (b.noun && !nounB)) return roleA && roleA === roleB ? 'weak' : null;
  // Measures (a distance, a weight) need no counted noun: the shared verb and dimension tie them.
  if (a.unit && b.unit && roleA && roleA === roleB && !a.noun && !b.noun) return 'strong';
  // Without a verb, a measure ties only when it is each claim's one measure (see compareOneWay).
  if (a.unit && b.unit && (!roleA || !roleB) && !a.noun && !b.noun) return 'weak';
  // One side does not say what it counts: only a shared governing verb ties the figures.
  if (roleA && roleA === roleB) return 'weak';
  return null;
}

export type QuantityFit =
  | { kind: 'agree'; note: string | null }
  | { kind: 'conflict'; aBounds: [number, number]; bBounds: [number, number] }
  | { kind: 'incomparable'; reason: 'currency' | 'dimension' | 'loose' };

/** An open bound ("at least", "more than", "up to") this many times away from the other figure is no match. */
export const OPEN_BOUND_RATIO = 3;

function farFromOpenBound(open: QuantitySlot, other: QuantitySlot, fOpen: number, fOther: number): boolean {
  if (other.hedge === 'vague' || open.value <= 0 || other.value <= 0) return false;
  const ratio = (other.value * fOther) / (open.value * fOpen);
  if (open.hedge === 'at-least' || open.hedge === 'more-than') return ratio > OPEN_BOUND_RATIO;
  if (open.hedge === 'up-to' || open.hedge === 'less-than') return ratio < 1 / OPEN_BOUND_RATIO;
  return false;
}

/** Sums in two currencies agree when close at a rough rate ("€2 million" ≈ "£1.7m"); they never conflict. */
function fitCurrencies(a: QuantitySlot, b: QuantitySlot): QuantityFit {
  const ra = approxUsd(a.unit);
  const rb = approxUsd(b.unit);
  if (ra === null || rb === null || a.value <= 0 || b.value <= 0) return { kind: 'incomparable', reason: 'currency' };
  const ratio = (a.value * ra) / (b.value * rb);
  if (ratio <= CURRENCY_TOLERANCE && ratio >= 1 / CURRENCY_TOLERANCE && a.hedge !== 'vague' && b.hedge !== 'vague') {
    return { kind: 'agree', note: `${a.raw} ≈ ${b.raw} at an approximate exchange rate` };
  }
  return { kind: 'incomparable', reason: 'currency' };
}

/** How far apart two "about" figures may be: one hedge's width, not the two added up. */
export const TWO_ROUNDINGS_TOLERANCE = 1.5 * ABOUT_TOLERANCE;

/**
 * Two approximate figures ("around 2,000 ft" / "some 700 metres") are each a rounding of one
 * value: they agree when close to each other, not whenever their widened hedges touch.
 */
function roundedApart(a: QuantitySlot, b: QuantitySlot, fa: number, fb: number): boolean {
  if (a.hedge !== 'about' || b.hedge !== 'about' || a.value <= 0 || b.value <= 0) return false;
  const ratio = (a.value * fa) / (b.value * fb);
  return Math.max(ratio, 1 / ratio) > 1 + TWO_ROUNDINGS_TOLERANCE;
}

/** Hedges that put the true figure just below, or just above, the one stated. */
const JUST_BELOW = new Set<QuantitySlot['hedge']>(['nearly', 'about']);
const JUST_ABOVE = new Set<QuantitySlot['hedge']>(['more-than', 'at-least', 'about']);

/**
 * One round figure hedged from either side ("nearly $100 billion" / "over a hundred billion
 * dollars"): both outlets give the same figure; the hedges do not make it two.
 */
function sameFigureEitherSide(a: QuantitySlot, b: QuantitySlot, fa: number, fb: number): boolean {
  if (a.value * fa !== b.value * fb) return false;
  return (JUST_BELOW.has(a.hedge) && JUST_ABOVE.has(b.hedge)) || (JUST_ABOVE.has(a.hedge) && JUST_BELOW.has(b.hedge));
}

/** Compare two figures' intervals, converting units where a dimension is shared. */
export function fitQuantities(a: QuantitySlot, b: QuantitySlot): QuantityFit {
  const units = relateUnits(a.unit, b.unit);
  if (!units.comparable) return units.reason === 'currency' ? fitCurrencies(a, b) : { kind: 'incomparable', reason: units.reason };
  const scale = ([lo, hi]: [number, number], f: number): [number, number] => [lo * f, hi * f];
  // Counts and ages are whole numbers: no rounding slack (31 and 32 years old differ).
  const tolerance = units.converted ? CONVERSION_TOLERANCE : a.unit === null || WHOLE_UNITS.has(a.unit) ? 0 : MEASURE_TOLERANCE;
  // Rounding slack is for bare figures; a hedge already says how loose it is.
  const slack = (q: QuantitySlot) => (units.converted || q.hedge === 'exact' ? tolerance : 0);
  const ba = widen(scale(boundsOf(a), units.factorA), slack(a));
  const bb = widen(scale(boundsOf(b), units.factorB), slack(b));
  if ((overlaps(ba, bb) || sameFigureEitherSide(a, b, units.factorA, units.factorB)) && !roundedApart(a, b, units.factorA, units.factorB)) {
    // "over $2.6 million" fits "$137 million" only formally: an open bound far below the other
    // figure says nothing about it being the same amount.
    if (farFromOpenBound(a, b, units.factorA, units.factorB) || farFromOpenBound(b, a, units.factorB, units.factorA)) {
      return { kind: 'incomparable', reason: 'loose' };
    }
    return { kind: 'agree', note: units.converted ? `${a.raw} ≈ ${b.raw} after unit conversion` : null };
  }
  return { kind: 'conflict', aBounds: ba, bBounds: bb };
}

export interface QuantityConflict {
  a: QuantitySlot;
  b: QuantitySlot;
  /** Is b's figure above a's? */
  bHigher: boolean;
  /** A conflict strong enough for `differ`: same noun, and neither figure is a part of a split count. */
  strong: boolean;
}

export interface QuantityComparison {
  evidence: SlotEvidence[];
  agreements: number;
  /** Figure pairs that agree, for the running-count rule (a higher later figure is an update). */
  agreedPairs: { a: QuantitySlot; b: QuantitySlot; strength: PairStrength }[];
  conflicts: QuantityConflict[];
  /** Figures that could not be compared (two currencies). */
  incomparable: number;
  /** Exact figures given whole on one side and in exact parts on the other ("three" / "one … and two others"). */
  exactSums: number;
}

function evidence(a: QuantitySlot, b: QuantitySlot, status: SlotEvidence['status'], note: string | null): SlotEvidence {
  return spanEvidence('quantity', status, a, b, note);
}

/** "N others" after a count counts more of the same ("left one guard in critical condition and wounded two others"). */
function countsOthersOf(other: QuantitySlot, q: QuantitySlot): boolean {
  return other.noun === 'other' && other.unit === null && q.unit === null && q.noun !== null && q.noun !== 'other' && other.start > q.start;
}

/** Figures of one claim that split a count into parts ("1,800 in Mali and 600 in Niger"). */
function partsLike(q: QuantitySlot, claim: Claim): QuantitySlot[] {
  return claim.slots.quantities.filter(
    (other) =>
      countsOthersOf(other, q) ||
      countsOthersOf(q, other) ||
      (other.unit === q.unit &&
        (other.noun === null || q.noun === null || nounClass(other.noun) === nounClass(q.noun)) &&
        (other.role === null || q.role === null || predicateClass(other.role) === predicateClass(q.role))),
  );
}

/** A sum of b's same-noun parts matching a's figure: "about 3,500" vs "2,500 … and 900 …". */
function sumMatches(q: QuantitySlot, parts: QuantitySlot[]): boolean {
  if (parts.length < 2 || !parts.some((p) => pairStrength(q, p) !== null)) return false;
  const low = parts.reduce((s, p) => s + boundsOf(p)[0], 0);
  const high = parts.reduce((s, p) => s + boundsOf(p)[1], 0);
  const value = parts.reduce((s, p) => s + p.value, 0);
  const sum: QuantitySlot = { ...parts[0]!, value, low, high, hedge: 'exact', raw: parts.map((p) => p.raw).join(' + ') };
  return fitQuantities(q, sum).kind === 'agree';
}

/** A measure or an amount of money without a counted noun (a distance, a weight, a sum). */
function isBareMeasure(q: QuantitySlot): boolean {
  return q.unit !== null && !isAge(q) && (q.noun === null || isCurrency(q.unit));
}

/** How many readings the figures give: "600 metres (2,000 feet)" is one, "2,500 … and 900 …" two. */
function distinctReadings(figures: QuantitySlot[]): number {
  const readings: QuantitySlot[] = [];
  for (const o of figures) if (!readings.some((r) => fitQuantities(r, o).kind === 'agree')) readings.push(o);
  return readings.length;
}

/** Measures of q's dimension in the claim, one per reading. */
function measureReadings(q: QuantitySlot, claim: Claim): number {
  const sameKind = (o: QuantitySlot) => relateUnits(o.unit, q.unit).comparable || (isCurrency(o.unit) && isCurrency(q.unit));
  return distinctReadings(claim.slots.quantities.filter((o) => o.unit !== null && !isAge(o) && sameKind(o)));
}

/** Two measures of one dimension (a verb on one side at most) tie strongly when each is its claim's only measure of it. */
function upgradeSoleMeasure(strength: PairStrength | null, qa: QuantitySlot, a: Claim, qb: QuantitySlot, b: Claim): PairStrength | null {
  if (strength !== 'weak' || !isBareMeasure(qa) || !isBareMeasure(qb)) return strength;
  const sole = measureReadings(qa, a) === 1 && measureReadings(qb, b) === 1;
  // Sums paired across what they are the worth of tie only as each claim's one sum: with two
  // ("£910,000 of jewellery and a necklace worth £1.2m") the pairing is a guess.
  const valuedThings = isCurrency(qa.unit) && (qa.noun !== null || qb.noun !== null);
  return sole ? 'strong' : valuedThings ? null : 'weak';
}

const TIME_SPANS = new Set(['minute', 'hour', 'day', 'night', 'week', 'month', 'year']);
const GAP_AFTER = /^[\s\p{L}-]{0,12}?\b(?:after|later|before|earlier|ago|since|into)\b/iu;
const WINDOW_BEFORE = /\b(?:in|within)\s+(?:the\s+)?(?:past\s+|last\s+|next\s+|first\s+)?$/i;

/**
 * How a span of time relates to the events: a window holding them ("the second in two days"), the
 * gap between two ("one day after he was hurt"), or how long one lasted ("jailed for 12 years").
 */
function timeRelation(claim: Claim, q: QuantitySlot): 'gap' | 'window' | null {
  if (WINDOW_BEFORE.test(claim.text.slice(0, q.start))) return 'window';
  if (GAP_AFTER.test(claim.text.slice(q.end))) return 'gap';
  return null;
}

/** Two spans of time measure one thing only when both relate to the events alike. */
function sameTimeRelation(a: Claim, qa: QuantitySlot, b: Claim, qb: QuantitySlot): boolean {
  const span = (q: QuantitySlot) => TIME_SPANS.has(q.unit ?? (q.noun ? nounClass(q.noun) : ''));
  if (!span(qa) || !span(qb)) return true;
  return timeRelation(a, qa) === timeRelation(b, qb);
}

function compareOneWay(a: Claim, b: Claim, out: QuantityComparison, seen: Set<string>): void {
  for (const qa of a.slots.quantities) {
    const matches = b.slots.quantities
      .filter((qb) => sameHolder(a, qa, b, qb) && sameTimeRelation(a, qa, b, qb))
      .map((qb) => ({ qb, strength: upgradeSoleMeasure(pairStrength(qa, qb), qa, a, qb, b) }))
      .filter((m): m is { qb: QuantitySlot; strength: PairStrength } => m.strength !== null);
    if (matches.length === 0) continue;
    const fits = matches.map((m) => ({ ...m, fit: fitQuantities(qa, m.qb) }));
    const agreeing = fits.find((f) => f.fit.kind === 'agree');
    const key = (qb: QuantitySlot) => `${qa.start}:${qb.start}`;
    if (agreeing && agreeing.fit.kind === 'agree') {
      if (!seen.has(key(agreeing.qb))) out.evidence.push(evidence(qa, agreeing.qb, 'agree', agreeing.fit.note));
      seen.add(key(agreeing.qb));
      out.agreements++;
      out.agreedPairs.push({ a: qa, b: agreeing.qb, strength: agreeing.strength });
      continue;
    }
    const parts = partsLike(matches[0]!.qb, b);
    if (sumMatches(qa, parts)) {
      out.evidence.push({
        kind: 'quantity',
        status: 'agree',
        here: qa.raw,
        there: parts.map((p) => p.raw).join(' + '),
        hereSpan: [qa.start, qa.end],
        thereSpan: [parts[0]!.start, parts[parts.length - 1]!.end],
        note: SUM_NOTE,
      });
      out.agreements++;
      if (qa.hedge === 'exact' && parts.every((p) => p.hedge === 'exact')) out.exactSums++;
      continue;
    }
    for (const f of fits) {
      if (f.fit.kind === 'incomparable') {
        out.incomparable++;
        continue;
      }
      if (f.fit.kind !== 'conflict' || seen.has(key(f.qb))) continue;
      seen.add(key(f.qb));
      const split = distinctReadings(partsLike(qa, a)) > 1 || distinctReadings(partsLike(f.qb, b)) > 1;
      out.conflicts.push({
        a: qa,
        b: f.qb,
        bHigher: f.fit.bBounds[0] > f.fit.aBounds[1],
        // "several years" fits many spans: against "15 years" it is a doubt, never a difference.
        strong: f.strength === 'strong' && !split && qa.hedge !== 'vague' && f.qb.hedge !== 'vague',
      });
    }
  }
}

function swapped(c: QuantityConflict): QuantityConflict {
  return { a: c.b, b: c.a, bHigher: !c.bHigher, strong: c.strong };
}

/** All figure pairs of two claims compared; conflicts are kept only when no agreeing reading exists. */
export function compareQuantities(a: Claim, b: Claim): QuantityComparison {
  const forward: QuantityComparison = { evidence: [], agreements: 0, agreedPairs: [], conflicts: [], incomparable: 0, exactSums: 0 };
  if (differentSubjects(a, b)) return forward;
  compareOneWay(a, b, forward, new Set());
  // The reverse pass finds sums on this side ("2,500 … and 900 …" here vs "about 3,500" there).
  const backward: QuantityComparison = { evidence: [], agreements: 0, agreedPairs: [], conflicts: [], incomparable: 0, exactSums: 0 };
  compareOneWay(b, a, backward, new Set());
  const agreedA = new Set<number>();
  const agreedB = new Set<number>();
  for (const e of forward.evidence) if (e.hereSpan) agreedA.add(e.hereSpan[0]);
  for (const e of backward.evidence) {
    if (e.hereSpan) agreedB.add(e.hereSpan[0]);
    if (e.note === SUM_NOTE && e.hereSpan && e.thereSpan) {
      forward.evidence.push({ ...e, here: e.there, there: e.here, hereSpan: e.thereSpan, thereSpan: e.hereSpan });
      forward.agreements++;
      agreedA.add(e.thereSpan[0]);
    }
  }
  for (const e of forward.evidence) if (e.thereSpan) agreedB.add(e.thereSpan[0]);
  // A figure that agrees with something on the other side is not also in conflict.
  const conflicts = forward.conflicts.filter((c) => !agreedA.has(c.a.start) && !agreedB.has(c.b.start));
  const extra = backward.conflicts
    .map(swapped)
    .filter((c) => !agreedA.has(c.a.start) && !agreedB.has(c.b.start))
    .filter((c) => !conflicts.some((k) => k.a.start === c.a.start && k.b.start === c.b.start));
  const result: QuantityComparison = {
    evidence: forward.evidence,
    agreements: forward.agreements,
    agreedPairs: forward.agreedPairs,
    conflicts: [...conflicts, ...extra],
    incomparable: forward.incomparable,
    exactSums: forward.exactSums + backward.exactSums,
  };
  addPartyAgreements(a, b, result);
  return result;
}

const PARTY_NOTE = 'one party, counted with and without its person';

/** "one of four men" / "with three companions": one party size, agreed, and no longer a conflict. */
function addPartyAgreements(a: Claim, b: Claim, out: QuantityComparison): void {
  for (const [qa, qb] of samePartyPairs(a, b)) {
    if (out.agreedPairs.some((p) => p.a === qa && p.b === qb)) continue;
    out.evidence.push(evidence(qa, qb, 'agree', qa.value === qb.value ? null : PARTY_NOTE));
    out.agreements++;
    out.agreedPairs.push({ a: qa, b: qb, strength: 'strong' });
    out.conflicts = out.conflicts.filter((c) => c.a !== qa && c.b !== qb);
  }
}

export function conflictEvidence(c: QuantityConflict, status: SlotEvidence['status'], note: string | null): SlotEvidence {
  return evidence(c.a, c.b, status, note);
}

/** A figure both claims state alike that marks one fact (an age, a count above two, a measure). */
export function sharesAnchorFigure(a: Claim, b: Claim): boolean {
  if (differentSubjects(a, b)) return false;
  if (samePartyPairs(a, b).length > 0) return true;
  return a.slots.quantities.some((qa) =>
    b.slots.quantities.some((qb) => {
      const strength = upgradeSoleMeasure(pairStrength(qa, qb), qa, a, qb, b);
      if (strength !== 'strong' || !sameHolder(a, qa, b, qb)) return false;
      if (qa.unit === null && qa.value <= 2) return false;
      if (!sameCurrencyOrNone(qa, qb)) return false; // a rough exchange rate ties nothing
      return fitQuantities(qa, qb).kind === 'agree';
    }),
  );
}

/** A figure precise enough to tie two reports: not vague ("dozens"), and a measure or a count above two. */
export function isPreciseFigure(q: QuantitySlot): boolean {
  return q.hedge !== 'vague' && (q.unit !== null || q.value > 2);
}

/** Not two different currencies (whose agreement rests on a rough rate). */
export function sameCurrencyOrNone(a: QuantitySlot, b: QuantitySlot): boolean {
  return !(isCurrency(a.unit) || isCurrency(b.unit)) || a.unit === b.unit;
}
