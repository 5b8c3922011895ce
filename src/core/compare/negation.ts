/**
 * Polarity conflicts: a negation counts against the other side only when it denies a word that
 * side asserts.
 */
import type { Claim } from '../model';
import { tokenize } from '../text/tokens';

/** Negation cues, including apostrophe-less contractions ("cant"): a "positive" side carrying one was misread. */
export const NEGATION_CUE = /\b(not|no|never|none|nothing|neither|nor|without|cannot|(?:ca|do|does|did|is|are|was|were|wo|could|would|should|has|have|had)n[’']?t|cant)\b/i;

/** Words between a negation and what it negates ("has not been determined", "won't play"). */
const NEGATION_FILLER = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'to', 'a', 'an', 'the', 'yet', 'ever', 'even']);

/**
 * The negated side denies something the other side states: the word after its negation is one the
 * other side uses ("the shootings didn't happen" / "the shootings happened"). A negation in an
 * added clause ("…, meaning he won't play") contradicts nothing the other side said.
 */
export function negatesSharedWord(negative: Claim, positive: Claim): boolean {
  const theirs = assertedLemmas(positive);
  const tokens = tokenize(negative.text);
  return tokens.some((t, i) => {
    if (!NEGATION_CUE.test(t.text)) return false;
    const next = tokens.slice(i + 1, i + 5).find((n) => !NEGATION_FILLER.has(n.lower) && !NEGATION_CUE.test(n.text));
    return next !== undefined && theirs.has(next.lemma);
  });
}

/** Words before a verb that leave it unasserted: "trying to determine", "could play". */
const UNASSERTED_BEFORE = new Set(['to', 'could', 'would', 'may', 'might', 'will', 'can', 'should', 'must', 'shall']);

/** Lemmas the claim asserts: not as an infinitive or after a modal ("to determine the cause"). */
function assertedLemmas(claim: Claim): Set<string> {
  const tokens = tokenize(claim.text);
  return new Set(tokens.filter((t, i) => i === 0 || !UNASSERTED_BEFORE.has(tokens[i - 1]!.lower)).map((t) => t.lemma));
}
