/**
 * Same fact? Two claims state the same fact only when their event frames line up: shared names,
 * the same predicate class, the same counted noun where both count, compatible time and scope.
 */
import type { Claim } from '../model';
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
} from './features';
import { GENERIC_PREDICATES, ONCE_ONLY_CLASSES } from './lexicon';
import { namesMatch } from './names';
import { anchorsOf, eventDates, timeFit, type TimeFit } from './time';

export interface FrameMatch {
  /** Canonical names shared by both claims (this side's spelling). */
  sharedNames: string[];
  /** Predicate classes both claims state. */
  predicates: string[];
  /** Whether the counted nouns line up: both count the same thing, count different things, or not both count. */
  nouns: 'same' | 'different' | 'none';
  time: TimeFit | 'running';
  /** A fact that happens once to one person (a death): differing dates are a conflict, not another event. */
  onceOnly: boolean;
  /** Both sides qualify their figures with different scopes ("in the province" vs "across Asia"). */
  scopeConflict: boolean;
  /** The two claims quote nearly the same words. */
  quoteMatch: boolean;
  /** Overlap of content lemmas, 0..1. */
  lexical: number;
  /** Strong enough for `differ`: names, predicate, noun and time all line up. */
  strong: boolean;
  score: number;
}

function sharedNamesOf(a: Claim, b: Claim): { names: string[]; person: boolean } {
  const bs = namesOf(b);
  const names: string[] = [];
  let person = false;
  for (const na of namesOf(a)) {
    const hit = bs.find((nb) => namesMatch(na.name, nb.name));
    if (!hit) continue;
    names.push(na.name);
    if (na.kind === 'person' || hit.kind === 'person') person = true;
  }
  return { names, person };
}

/** Share of the shorter quote's words found in order-insensitive overlap with the other. */
export function quoteOverlap(a: string, b: string): number {
  const wa = new Set(quoteWords(a));
  const wb = new Set(quoteWords(b));
  if (wa.size < 4 || wb.size < 4) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size);
}

function quotesMatch(a: Claim, b: Claim): boolean {
  return a.slots.quotes.some((qa) => b.slots.quotes.some((qb) => quoteOverlap(qa.text, qb.text) >= 0.6));
}

function nounFit(a: Claim, b: Claim): FrameMatch['nouns'] {
  const na = countedNounsOf(a);
  const nb = countedNounsOf(b);
  if (na.size === 0 || nb.size === 0) return 'none';
  for (const n of na) if (nb.has(n)) return 'same';
  return 'different';
}

/** A death or founding of one named person, not a toll: its date belongs to the fact. */
function isOnceOnly(a: Claim, b: Claim, predicates: string[], person: boolean): boolean {
  if (!person || !predicates.some((p) => ONCE_ONLY_CLASSES.has(p))) return false;
  const counts = [...a.slots.quantities, ...b.slots.quantities].filter((q) => q.unit === null && q.value > 1);
  return counts.length === 0 && eventDates(a).length > 0 && eventDates(b).length > 0;
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
export function sameFrame(a: Claim, aRef: ArticleRef, b: Claim, bRef: ArticleRef): FrameMatch | null {
  const { names, person } = sharedNamesOf(a, b);
  const quoteMatch = quotesMatch(a, b);
  if (names.length === 0 && !quoteMatch) return null;

  const pb = predicateClassesOf(b);
  const predicates = [...predicateClassesOf(a)].filter((p) => pb.has(p) && !GENERIC_PREDICATES.has(p));
  const nouns = nounFit(a, b);
  const onceOnly = isOnceOnly(a, b, predicates, person);

  let time: FrameMatch['time'] = timeFit(anchorsOf(a, aRef.publishedAt), anchorsOf(b, bRef.publishedAt));
  if (time === 'apart') {
    const bothUndated = eventDates(a).length === 0 && eventDates(b).length === 0;
    if (bothUndated && isRunningCount(a) && isRunningCount(b)) time = 'running';
    else if (!onceOnly) return null;
  }

  const lexical = jaccard(lemmasOf(a), lemmasOf(b));
  const conflictOfScope = scopeConflict(a, b);
  const timeOk = time === 'same' || time === 'running' || (time === 'apart' && onceOnly);
  const strong =
    names.length > 0 && predicates.length > 0 && nouns !== 'different' && timeOk && !conflictOfScope;

  const score =
    Math.min(names.length, 3) * 0.15 +
    (predicates.length > 0 ? 0.2 : 0) +
    (nouns === 'same' ? 0.1 : 0) +
    (time === 'same' ? 0.1 : 0) +
    (quoteMatch ? 0.2 : 0) +
    lexical * 0.3;

  return {
    sharedNames: names,
    predicates,
    nouns,
    time,
    onceOnly,
    scopeConflict: conflictOfScope,
    quoteMatch,
    lexical,
    strong,
    score: Math.min(1, score),
  };
}
