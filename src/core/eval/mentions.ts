/**
 * Gold mention → claim matching, exactly as shared/tools/score.py does it
 * (quote_span, overlap, best_claim).
 */

/** Half-open character span [start, end). */
export type Span = readonly [number, number];

/** What matching needs of a claim: its id and its offsets into the article body. */
export interface SpannedClaim {
  id: string;
  start: number;
  end: number;
}

/** Span of the first occurrence of `quote` in `body`, or null when absent. */
export function locateQuote(body: string, quote: string): [number, number] | null {
  const start = body.indexOf(quote);
  return start < 0 ? null : [start, start + quote.length];
}

/** Number of characters shared by two half-open spans. */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/**
 * Index of the claim overlapping `span` most, if that overlap is at least half the span's length.
 * Ties: shorter claim, then earlier in the list. -1 when nothing matches.
 */
export function matchMentionIndex(claims: readonly SpannedClaim[], span: Span): number {
  let best = -1;
  let bestOverlap = 0;
  let bestLength = 0;
  claims.forEach((claim, i) => {
    const ov = overlap(span, [claim.start, claim.end]);
    const length = claim.end - claim.start;
    // Strictly better only: an equal key keeps the earlier claim.
    if (ov > 0 && (best < 0 || ov > bestOverlap || (ov === bestOverlap && length < bestLength))) {
      best = i;
      bestOverlap = ov;
      bestLength = length;
    }
  });
  if (best < 0 || 2 * bestOverlap < span[1] - span[0]) return -1;
  return best;
}

/** Id of the claim a gold mention at `span` matches (see matchMentionIndex), or null. */
export function matchMention(claims: readonly SpannedClaim[], span: Span): string | null {
  const i = matchMentionIndex(claims, span);
  return i < 0 ? null : (claims[i]?.id ?? null);
}
