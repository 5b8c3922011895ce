/**
 * Gold file format (shared/corpus/README.md, "Gold format") and merging several gold files into one
 * library, as shared/tools/score.py's load_gold does.
 */
import { z } from 'zod';

export const GoldMention = z.looseObject({
  doc: z.string(),
  quote: z.string(),
  value: z.string().optional(),
  group: z.string().optional(),
  as_of: z.string().optional(),
  compatible_with: z.array(z.string()).optional(),
});
export type GoldMention = z.infer<typeof GoldMention>;

export const GoldFactVerdict = z.enum(['agree', 'differ', 'differ_time', 'differ_soft']);
export type GoldFactVerdict = z.infer<typeof GoldFactVerdict>;

export const GoldFact = z.looseObject({
  id: z.string(),
  about: z.string().optional(),
  verdict: GoldFactVerdict,
  relation_notes: z.string().optional(),
  mentions: z.array(GoldMention),
});
export type GoldFact = z.infer<typeof GoldFact>;

export const GoldQuoteRef = z.looseObject({ doc: z.string(), quote: z.string() });
export type GoldQuoteRef = z.infer<typeof GoldQuoteRef>;

export const GoldUnrelatedPair = z.looseObject({
  a: GoldQuoteRef,
  b: GoldQuoteRef,
  why_unrelated: z.string().optional(),
});
export type GoldUnrelatedPair = z.infer<typeof GoldUnrelatedPair>;

export const GoldDocMeta = z.looseObject({
  title: z.string().optional(),
  source: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
});
export type GoldDocMeta = z.infer<typeof GoldDocMeta>;

export const GoldFile = z.looseObject({
  cluster: z.string().optional(),
  event: z.string().optional(),
  docs: z.array(z.string()).optional(),
  doc_meta: z.record(z.string(), GoldDocMeta).optional(),
  facts: z.array(GoldFact).optional(),
  unrelated_pairs: z.array(GoldUnrelatedPair).optional(),
  boilerplate: z.array(GoldQuoteRef).optional(),
});
export type GoldFile = z.infer<typeof GoldFile>;

/** Several gold files as one: every doc with its cluster (null when the file names none). */
export interface MergedGold {
  docs: Map<string, string | null>;
  docMeta: Map<string, GoldDocMeta>;
  facts: GoldFact[];
  unrelated: GoldUnrelatedPair[];
  boilerplate: GoldQuoteRef[];
}

/** Parse one gold file's JSON value; throws a ZodError naming the bad field. */
export function parseGold(json: unknown): GoldFile {
  return GoldFile.parse(json);
}

/**
 * Merge gold files. Docs only named by a mention, pair or boilerplate entry count too.
 * Throws when one doc belongs to two clusters.
 */
export function mergeGold(files: readonly GoldFile[]): MergedGold {
  const merged: MergedGold = { docs: new Map(), docMeta: new Map(), facts: [], unrelated: [], boilerplate: [] };
  for (const g of files) {
    const cluster = g.cluster ?? null;
    const facts = g.facts ?? [];
    const unrelated = g.unrelated_pairs ?? [];
    const boilerplate = g.boilerplate ?? [];
    const refs = [
      ...(g.docs ?? []),
      ...facts.flatMap((f) => f.mentions.map((m) => m.doc)),
      ...unrelated.flatMap((p) => [p.a.doc, p.b.doc]),
      ...boilerplate.map((b) => b.doc),
    ];
    for (const doc of refs) {
      if (!merged.docs.has(doc)) merged.docs.set(doc, cluster);
      else if (merged.docs.get(doc) !== cluster) throw new Error(`doc ${JSON.stringify(doc)} appears in two gold clusters`);
    }
    for (const [doc, meta] of Object.entries(g.doc_meta ?? {})) merged.docMeta.set(doc, meta);
    merged.facts.push(...facts);
    merged.unrelated.push(...unrelated);
    merged.boilerplate.push(...boilerplate);
  }
  return merged;
}
