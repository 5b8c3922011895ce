/**
 * Every message between the extension's contexts, one zod schema each.
 * Names carry their direction: CS_ (content script → background), UI_ (popup/options → background).
 */
import { z } from 'zod';

export const ExtractedArticle = z.object({
  url: z.string().url(),
  canonicalUrl: z.string().url(),
  site: z.string(),
  title: z.string(),
  byline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  text: z.string().min(1),
});
export type ExtractedArticle = z.infer<typeof ExtractedArticle>;

export const SentenceSpan = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const PageReport = z.object({
  url: z.string(),
  title: z.string(),
  site: z.string(),
  sentences: z.number().int().nonnegative(),
  anchored: z.number().int().nonnegative(),
  checkedAt: z.string(),
});
export type PageReport = z.infer<typeof PageReport>;

export const LibraryStats = z.object({
  articles: z.number().int().nonnegative(),
  claims: z.number().int().nonnegative(),
  outlets: z.number().int().nonnegative(),
});
export type LibraryStats = z.infer<typeof LibraryStats>;

/** Requests, discriminated by `type`. */
export const Request = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('CS_PAGE_READ'),
    article: ExtractedArticle,
    sentences: z.array(SentenceSpan),
    anchored: z.number().int().nonnegative(),
  }),
  z.object({ type: z.literal('UI_PAGE_REPORT'), tabId: z.number().int().nullable(), url: z.string().nullable() }),
  z.object({ type: z.literal('UI_LIBRARY_STATS') }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];

/** The answer each request type gets. */
export const Responses = {
  CS_PAGE_READ: z.object({ stored: z.boolean(), library: LibraryStats }),
  UI_PAGE_REPORT: z.object({ report: PageReport.nullable(), library: LibraryStats }),
  UI_LIBRARY_STATS: LibraryStats,
} satisfies Record<RequestType, z.ZodType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof Responses)[T]>;
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** Every answer is wrapped so that errors cross the boundary as data, never as a crash. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };
