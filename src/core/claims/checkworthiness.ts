/**
 * Check-worthiness in [0, 1]: how much a sentence states a checkable fact. Figures, dates, names,
 * event predicates and a named source raise it; questions, opinions, imperatives and very short
 * sentences lower it. Low scores still make claims: they just rank last.
 */

export interface WorthinessInput {
  text: string;
  quantities: number;
  dates: number;
  names: number;
  /** Predicate classes that denote events (kill, strike, arrest…), not speech. */
  eventPredicates: number;
  attributed: boolean;
}

const OPINION = /\b(?:i|we) (?:think|believe|feel|hope|fear|guess|suppose)\b|\b(?:should|ought to|must)\b|\b(?:in my|in our) (?:view|opinion)\b|\b(?:terrible|wonderful|disgraceful|shameful|outrageous|amazing|awful|great)\b/i;
const IMPERATIVE = /^(?:please\s+)?(?:click|read|see|watch|listen|sign|subscribe|follow|share|join|call|contact|visit|check|find|learn|get|try|use|let|imagine|consider|remember|don['’]t|do not)\b/i;

/** The sentence asks rather than states (it may end inside a quotation: 'he asked, "Why?"'). */
export function isQuestion(text: string): boolean {
  return /\?\s*[”"’']?\s*$/.test(text);
}

export function checkworthiness(input: WorthinessInput): number {
  const words = input.text.trim().split(/\s+/).filter(Boolean).length;
  let score = 0.15;
  score += Math.min(2, input.quantities) * 0.2;
  score += Math.min(2, input.dates) * 0.12;
  score += Math.min(3, input.names) * 0.06;
  score += Math.min(2, input.eventPredicates) * 0.12;
  if (input.attributed) score += 0.05;
  if (isQuestion(input.text)) score *= 0.4;
  if (OPINION.test(input.text)) score *= 0.7;
  if (IMPERATIVE.test(input.text.trim())) score *= 0.4;
  if (words < 6) score *= 0.5;
  else if (words > 60) score *= 0.85;
  return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
}
