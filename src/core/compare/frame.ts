/**
 * Same fact? Two claims state the same fact only when their event frames line up: shared names,
 * the same predicate class, the same counted noun where both count, compatible time and scope.
 */
import type { Claim, DateSlot } from '../model';
import type { ArticleRef } from './types';
import {
  countedNounsOf,
  isRunningCount,
  jaccard,
  lemmasOf,
  namesOf,
  predicateClassesOf,
  quoteWords,
  scopesOf,
  sharedCount,
} from './features';
import { GENERIC_PREDICATES, isCasualtyNoun, ONCE_ONLY_CLASSES, predicateClass } from './lexicon';
import { sharedOnceOnlyDates } from './once-only';
import { samePartyPairs } from '../claims/party';
import { nameKey, peopleSpokenOf } from '../text/names';
import { namesMatch } from './names';
import { sharesAnchorFigure } from './quantities';
import { anchorsOf, eventDates, timeFit, weekdaysApart, type TimeFit } from './time';
import { compareDates, DAY_OR_FINER } from './dates';
import { sameClockTime } from './clock';

export interface FrameMatch {
  /** Canonical names shared by both claims (this side's spelling). */
  sharedNames: string[];
  /** Predicate classes both claims state. */
  predicates: string[];
  /** Whether the counted nouns line up: both count the same thing, count different things, or not both count. */
  nouns: 'same' | 'different' | 'none';
  time: TimeFit | 'running';
  /**
   * A fact that happens once to one person (a death), with the date each side gives it: differing
   * dates are a conflict, not another event (see once-only.ts). Empty when there is none.
   */
  onceOnlyDates: [DateSlot, DateSlot][];
  /** Both sides qualify their figures with different scopes ("in the province" vs "across Asia"). */
  scopeConflict: boolean;
  /** The two claims quote nearly the same words. */
  quoteMatch: boolean;
  /** Overlap of content lemmas, 0..1. */
  lexical: number;
  /** Strong enough for `differ`: names, predicate, noun and time all line up. */
  strong: boolean;
  /** No shared name: the two claims are tied only by their articles telling one story. */
  viaStory: boolean;
  /** A figure both claims state alike (an age, a count above two, a measure): see quantities.ts. */
  anchorFigure: boolean;
  /** The only shared name is one place or one single word ("Paris"): many events share it. */
  placeOnly: boolean;
  /** Tied by the story only, the two claims word one sentence nearly alike. */
  storyCopy: boolean;
  /** Both claims give the same clock time ("at around 5:15 a.m." / "5.15am"), one of them with no date to carry it. */
  sameClock: boolean;
  /** The two articles tell one story (context.sameStory). */
  sameStory: boolean;
  /** The shared name is one a claim only inherits from the sentences before it (Claim.context). */
  contextTie: boolean;
  /** A person is among the shared names. */
  sharedPerson: boolean;
  /**
   * Tied only by the story, the same event and counted thing ("38 arrests" / "over 40 arrests"):
   * enough to report a running count as updated, never to agree or differ.
   */
  runningTie: boolean;
  score: number;
}

function sharedNamesOf(a: Claim, b: Claim): { names: string[]; person: boolean; places: number; countriesOnly: boolean } {
  const bs = namesOf(b);
  const names: string[] = [];
  let person = false;
  let places = 0;
  let countriesOnly = true;
  for (const na of namesOf(a)) {
    const hit = bs.find((nb) => namesMatch(na.name, nb.name));
    if (!hit) continue;
    names.push(na.name);
    if (na.kind === 'person' || hit.kind === 'person') person = true;
    if (na.kind === 'place' || hit.kind === 'place') places++;
    if (!nameKey(na.name).startsWith('c:')) countriesOnly = false;
  }
  return { names, person, places, countriesOnly: names.length > 0 && countriesOnly };
}

/**
 * The one person a claim names, whom the other only speaks of after naming them (and nobody else)
 * just before: "Mr Hartley's group…" then "one of the climbers has fallen 400 metres". A sentence
 * naming two people may be about either.
 */
function contextSharedNames(a: Claim, b: Claim): string[] {
  const meet = (context: readonly string[] | undefined, other: Claim): string | null => {
    if (context?.length !== 1) return null;
    const people = peopleSpokenOf(other.slots.names, other.attribution);
    if (distinctNames(people.map((n) => n.canonical)) !== 1) return null;
    return namesMatch(context[0]!, people[0]!.canonical) ? people[0]!.canonical : null;
  };
  const tie = meet(a.context, b) ?? meet(b.context, a);
  return tie ? [tie] : [];
}

/** Distinct entities among shared names: the extractor may add a spelling key beside a name. */
export function distinctNames(names: string[]): number {
  const kept: string[] = [];
  for (const n of names) if (!kept.some((k) => namesMatch(k, n))) kept.push(n);
  return kept.length;
}

/** A short quotation found word for word inside the other ("a 'clear hostile act'" / "This constitutes a clear hostile act."). */
function quotedWithin(a: string, b: string): boolean {
  const [shortText, longText] = quoteWords(a).length <= quoteWords(b).length ? [a, b] : [b, a];
  // A title in capitals ("The Golden Hour") is a name, not words someone said.
  if (!/(?:^|\s)\p{Ll}/u.test(shortText.trim().replace(/^\p{L}+/u, ''))) return false;
  return ` ${quoteWords(longText).join(' ')} `.includes(` ${quoteWords(shortText).join(' ')} `);
}

/** Share of the shorter quote's words found in order-insensitive overlap with the other. */
export function quoteOverlap(a: string, b: string): number {
  const wa = new Set(quoteWords(a));
  const wb = new Set(quoteWords(b));
  if (Math.min(wa.size, wb.size) === 3 && quotedWithin(a, b)) return 1;
  if (wa.size < 4 || wb.size < 4) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size);
}

function quotesMatch(a: Claim, b: Claim): boolean {
  return a.slots.quotes.some((qa) => b.slots.quotes.some((qb) => quoteOverlap(qa.text, qb.text) >= 0.6));
}

function countsPrecisely(claim: Claim): boolean {
  return claim.slots.quantities.some((q) => q.noun !== null && q.hedge !== 'vague');
}

function nounFit(a: Claim, b: Claim): FrameMatch['nouns'] {
  const na = countedNounsOf(a);
  const nb = countedNounsOf(b);
  // "one of four men" / "three climbers with Mr Doe": one party, counted two ways.
  if (samePartyPairs(a, b).length > 0) return 'same';
  if (na.size === 0 || nb.size === 0) return 'none';
  for (const n of na) if (nb.has(n)) return 'same';
  // "three people died" and "the death toll rose to six" count the same casualties.
  const casualty = (q: Claim['slots']['quantities'][number]) => (q.noun && q.role && isCasualtyNoun(q.noun) ? predicateClass(q.role) : null);
  const rolesA = new Set(a.slots.quantities.map(casualty).filter((r) => r !== null));
  if (b.slots.quantities.some((q) => { const r = casualty(q); return r !== null && rolesA.has(r); })) return 'same';
  // "numerous antique shops", "a number of galleries" describe a scene; they count nothing
  // the other report could count differently.
  if (!countsPrecisely(a) || !countsPrecisely(b)) return 'none';
  return 'different';
}

/** A death or founding of one named person, not a toll: the dates each side gives that event. */
function onceOnlyDates(a: Claim, b: Claim, predicates: string[], person: boolean): [DateSlot, DateSlot][] {
  if (!person || !predicates.some((p) => ONCE_ONLY_CLASSES.has(p))) return [];
  const counts = [...a.slots.quantities, ...b.slots.quantities].filter((q) => q.unit === null && q.value > 1);
  return counts.length > 0 ? [] : sharedOnceOnlyDates(a, b);
}

function scopeConflict(a: Claim, b: Claim): boolean {
  const sa = scopesOf(a);
  const sb = scopesOf(b);
  if (sa.size === 0 || sb.size === 0) return false;
  for (const s of sa) if (sb.has(s)) return false;
  return true;
}

/**
 * The frame two claims share, or null when they are not about one fact (no shared name or quote,
 * or event anchors that do not line up).
 */
export function sameFrame(a: Claim, aRef: ArticleRef, b: Claim, bRef: ArticleRef, context: FrameContext = {}): FrameMatch | null {
  return explainFrame(a, aRef, b, bRef, context).frame;
}

/** What is known about the two claims' articles. */
export interface FrameContext {
  /** The articles tell one story (shared rare names, close dates): see story.ts. */
  sameStory?: boolean;
}

/** Content overlap a story frame (no shared name) needs to be a frame at all, and to be strong. */
export const STORY_FRAME_LEXICAL = 0.2;
export const STORY_STRONG_LEXICAL = 0.25;
/** Overlap at which two claims of one story read as one sentence reworded (measured on the dev corpus). */
export const STORY_COPY_LEXICAL = 0.45;
/** Fewest shared content words for such a copy: short sentences share a word or two by chance. */
const STORY_COPY_MIN_SHARED = 3;

/** Ages further apart than this are two people, not one person's age misreported. */
const AGE_SLACK_YEARS = 2;

/**
 * Each claim gives one person's age, years apart. (A sentence with several ages tells of several
 * people, and one of them may still be the other claim's.)
 */
export function agesApart(a: Claim, b: Claim): boolean {
  const agesA = a.slots.quantities.filter((q) => q.unit === 'age' && q.hedge === 'exact');
  const agesB = b.slots.quantities.filter((q) => q.unit === 'age' && q.hedge === 'exact');
  if (agesA.length !== 1 || agesB.length !== 1) return false;
  return Math.abs(agesA[0]!.value - agesB[0]!.value) > AGE_SLACK_YEARS;
}

/** Finer than a day: a part of the day or a clock time. */
const WITHIN_A_DAY: ReadonlySet<string> = new Set(['part-of-day', 'minute']);

/**
 * How finely both claims time their event alike, in their own words: within one part of a day
 * ("late Tuesday night" / "just before 10:45 p.m. on Tuesday"), to the day ("on Friday" / "Friday
 * morning"), or not at all.
 */
function sharedOwnTime(a: Claim, b: Claim): 'hour' | 'day' | null {
  if (eventDates(a).length === 0 || eventDates(b).length === 0) return null;
  const pairs = compareDates(a, b).agreedPairs;
  if (pairs.some((p) => WITHIN_A_DAY.has(p.a.granularity) && WITHIN_A_DAY.has(p.b.granularity))) return 'hour';
  return pairs.some((p) => DAY_OR_FINER.has(p.a.granularity) && DAY_OR_FINER.has(p.b.granularity)) ? 'day' : null;
}

/** Why a frame is missing or weak, as short reason codes (for the explain tool and tests). */
export type FrameReason =
  | 'no-shared-name'
  | 'story-nouns-different'
  | 'story-no-predicate'
  | 'story-low-overlap'
  | 'time-apart'
  | 'no-predicate'
  | 'nouns-different'
  | 'scope-conflict'
  | 'time-unknown'
  | 'different-person';

/** The frame with the reasons it was rejected (frame null) or is not strong. */
export function explainFrame(
  a: Claim,
  aRef: ArticleRef,
  b: Claim,
  bRef: ArticleRef,
  context: FrameContext = {},
): { frame: FrameMatch | null; reasons: FrameReason[] } {
  const reasons: FrameReason[] = [];
  let { names, person, places, countriesOnly } = sharedNamesOf(a, b);
  // Within a story, a claim that names nobody may speak of the person named just before it.
  const contextNames = names.length === 0 && context.sameStory ? contextSharedNames(a, b) : [];
  const contextTie = contextNames.length > 0;
  if (contextTie) ({ names, person, places, countriesOnly } = { names: contextNames, person: false, places: 0, countriesOnly: false });
  const quoteMatch = quotesMatch(a, b);
  const viaStory = names.length === 0 && !quoteMatch;
  if (viaStory && !context.sameStory) return { frame: null, reasons: ['no-shared-name'] };

  // "a 41-year-old climber" and "Owen Hartley, 29" are two people, whatever else they share.
  if (!person && agesApart(a, b)) return { frame: null, reasons: ['different-person'] };

  const pb = predicateClassesOf(b);
  const predicates = [...predicateClassesOf(a)].filter((p) => pb.has(p) && !GENERIC_PREDICATES.has(p));
  const nouns = nounFit(a, b);
  const onceDates = onceOnlyDates(a, b, predicates, person);
  const onceOnly = onceDates.length > 0;

  let time: FrameMatch['time'] = timeFit(anchorsOf(a, aRef.publishedAt), anchorsOf(b, bRef.publishedAt));
  if (time === 'apart') {
    const bothUndated = eventDates(a).length === 0 && eventDates(b).length === 0;
    if (bothUndated && isRunningCount(a) && isRunningCount(b)) time = 'running';
    else if (!onceOnly) return { frame: null, reasons: ['time-apart'] };
  }
  // An undated article's "on Thursday" has no date, yet it is not another report's "on Monday".
  if (time === 'unknown' && weekdaysApart(a, b)) return { frame: null, reasons: ['time-apart'] };

  const lemmasA = lemmasOf(a);
  const lemmasB = lemmasOf(b);
  const lexical = jaccard(lemmasA, lemmasB);
  // Within a story, one sentence reworded by another outlet needs no name or event verb.
  const storyCopy = viaStory && lexical >= STORY_COPY_LEXICAL && sharedCount(lemmasA, lemmasB) >= STORY_COPY_MIN_SHARED;
  // Within a story, claims without a shared name need the same kind of event and some shared
  // words, or a figure both state alike ("a 41-year-old man" / "41-year-old Callum Marsh",
  // "loaded with five bullets" / "five bullets").
  const figureAlike = sharesAnchorFigure(a, b);
  const anchorFigure = viaStory && figureAlike;
  const runningTie = viaStory && nouns === 'same' && predicates.length > 0 && time !== 'apart';
  // Within a story, the same kind of event within the same hours, both sides timing it themselves
  // ("shot and killed the student late Tuesday night" / "fatally shot … just before 10:45 p.m. on Tuesday"),
  // or two kinds of event alike on the same day ("died after falling on Friday" / "fell on Friday morning"):
  // one kind alone on a day is not enough (the attack and the reprisal, a death and the vigil).
  const ownTime = viaStory && predicates.length > 0 ? sharedOwnTime(a, b) : null;
  const hourTie = ownTime === 'hour' || (ownTime === 'day' && predicates.length >= 2);
  // The same clock time in a report with no date to carry it is one moment of the story: tie
  // enough without an event verb or shared words. Dated on both sides, the date slots compare it.
  const sameClock = (eventDates(a).length === 0 || eventDates(b).length === 0) && sameClockTime(a, b) !== null;
  const clockTie = viaStory && sameClock;
  if (viaStory && !storyCopy) {
    const why: FrameReason[] = [];
    if (nouns === 'different') why.push('story-nouns-different');
    if (predicates.length === 0 && !anchorFigure && !clockTie) why.push('story-no-predicate');
    if (lexical < STORY_FRAME_LEXICAL && !anchorFigure && !runningTie && !hourTie && !clockTie) why.push('story-low-overlap');
    if (why.length > 0) return { frame: null, reasons: ['no-shared-name', ...why] };
  }
  const conflictOfScope = scopeConflict(a, b);
  const timeOk = time === 'same' || time === 'running' || (time === 'apart' && onceOnly);
  // Tied only by a country ("in New Zealand"), two claims may tell two events there: not strong.
  const strong =
    ((names.length > 0 && (!countriesOnly || figureAlike || quoteMatch)) || (viaStory && (anchorFigure || lexical >= STORY_STRONG_LEXICAL))) &&
    predicates.length > 0 &&
    nouns !== 'different' &&
    timeOk &&
    !conflictOfScope;
  if (viaStory) reasons.push('no-shared-name');
  if (predicates.length === 0) reasons.push('no-predicate');
  if (nouns === 'different') reasons.push('nouns-different');
  if (conflictOfScope) reasons.push('scope-conflict');
  if (!timeOk) reasons.push('time-unknown');

  const score =
    (viaStory ? 0.1 : Math.min(names.length, 3) * 0.15) +
    (predicates.length > 0 ? 0.2 : 0) +
    (nouns === 'same' ? 0.1 : 0) +
    (time === 'same' ? 0.1 : 0) +
    (quoteMatch ? 0.2 : 0) +
    lexical * 0.3;

  const frame: FrameMatch = {
    sharedNames: names,
    predicates,
    nouns,
    time,
    onceOnlyDates: onceDates,
    scopeConflict: conflictOfScope,
    quoteMatch,
    lexical,
    strong,
    viaStory,
    storyCopy,
    sameClock,
    anchorFigure: figureAlike,
    runningTie,
    sameStory: context.sameStory === true,
    contextTie,
    // The person a context tie infers is the one the claims speak of.
    sharedPerson: person || contextTie,
    placeOnly: !person && distinctNames(names) === 1 && (places > 0 || names.every((n) => !n.includes(' '))),
    score: Math.min(1, score),
  };
  return { frame, reasons };
}
