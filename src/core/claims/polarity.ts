/**
 * Polarity of a claim's main assertion: negative when it is negated ("did not", "no civilians
 * were", "never", "none of"). Idioms that only look negative ("not only … but also", "no later
 * than", "no greater concern than", "nonetheless") and negations inside a fronted subordinate
 * clause ("While they did not confirm …, they are …") leave it positive. "denied" is a predicate, not a
 * negation: the 'deny' predicate class carries it.
 */
import type { Polarity } from '../model';

const NEGATION = /\b(?:not|never|no|none|nobody|nothing|neither|nor|nowhere|cannot)\b|n['’]t\b/gi;

/** Negative-looking phrases that do not negate the assertion. */
const FALSE_NEGATIONS: readonly RegExp[] = [
  /\bnot only\b/gi,
  /\bno (?:[\w-]+ ){0,2}than\b/gi,
  /\bnone(?:theless| the less)\b/gi,
  /\bnot least\b/gi,
  /\bnot (?:to mention|unlike)\b/gi,
  /\b(?:whether|if) or not\b/gi,
  /\bif not\b/gi,
  /\bno doubt\b/gi,
  /\bnothing (?:but|short of)\b/gi,
  /\bno\.\s*\d/gi,
  /\bcannot but\b/gi,
];

/** A fronted subordinate clause ends at its first comma: "While they did not confirm X, they …". */
const FRONTED_SUBORDINATE = /^[\s“"‘'(]*(?:while|although|though|even though|even if|if|unless|whether|because|since|as|when|whereas|despite|before|after)\b[^,]{0,200},/i;

/** Negative when a negation cue governs the sentence's main assertion. */
export function polarityOf(text: string): Polarity {
  return negationCues(text).length > 0 ? 'negative' : 'positive';
}

/** Offsets of the negation cues that count (after removing idioms and fronted subordinate clauses). */
export function negationCues(text: string): number[] {
  const masked = maskIdioms(text);
  const subordinate = FRONTED_SUBORDINATE.exec(masked);
  const from = subordinate && hasMainClauseAfter(masked, subordinate[0].length) ? subordinate[0].length : 0;
  const cues: number[] = [];
  for (const m of masked.matchAll(NEGATION)) {
    if (m.index >= from) cues.push(m.index);
  }
  return cues;
}

function maskIdioms(text: string): string {
  let out = text;
  for (const re of FALSE_NEGATIONS) out = out.replace(re, (s) => ' '.repeat(s.length));
  return out;
}

/** The comma really closes a fronted clause only when words follow it. */
function hasMainClauseAfter(text: string, at: number): boolean {
  return /\p{L}{2,}\s+\p{L}/u.test(text.slice(at));
}
