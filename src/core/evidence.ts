/**
 * Evidence of one compared slot. Written with zod/mini because the content script receives it:
 * importing it must not pull classic zod (and the rest of the model) into that bundle.
 */
import * as z from 'zod/mini';

/** One slot compared across two claims: what this side says vs what the other says. */
export const SlotEvidence = z.object({
  kind: z.enum(['quantity', 'date', 'name', 'quote', 'polarity', 'attribution', 'direction']),
  status: z.enum(['agree', 'differ', 'updated']),
  here: z.string(),
  there: z.string(),
  /** Offsets of the compared values in each claim's text, for emphasis in the card. */
  hereSpan: z.nullable(z.tuple([z.int(), z.int()])),
  thereSpan: z.nullable(z.tuple([z.int(), z.int()])),
  note: z.nullable(z.string()),
});
export type SlotEvidence = z.infer<typeof SlotEvidence>;
