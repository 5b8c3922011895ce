/**
 * Events a report tells beside its story's own: "Geneva also witnessed another robbery", "in a
 * separate attack". Such a sentence is not the story's event, whatever it shares with it.
 */
import type { Claim } from '../model';
import { lemma } from '../text/tokens';
import { GENERIC_PREDICATES, lemmaPredicateClass } from './lexicon';

/** "also … another <event>", "a separate <event>". "Another climber has died" alone may be the story's own event. */
const BESIDE_THE_STORY = /\b(?:also|separately)\b[^.;]{0,40}?\banother\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)|\b(?:a separate|an unrelated)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu;

/** The sentence tells an event of some kind (a robbery, an attack) beside the story's. */
export function tellsAnotherEvent(claim: Claim): boolean {
  for (const m of claim.text.matchAll(BESIDE_THE_STORY)) {
    const words = (m[1] ?? m[2]!).split(/\s+/);
    if (words.some((w) => { const cls = lemmaPredicateClass(lemma(w)); return cls !== null && !GENERIC_PREDICATES.has(cls); })) return true;
  }
  return false;
}
