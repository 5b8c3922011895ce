/**
 * Every message between the extension's contexts, one zod schema each.
 * Names carry their direction: CS_ (content script → background), UI_ (popup/options → background).
 */
// zod/mini keeps the content script small; the schemas are the same as with classic zod.
import * as z from 'zod/mini';
import { SlotEvidence } from '../core/evidence';

export const ExtractedArticle = z.object({
  url: z.url(),
  canonicalUrl: z.url(),
  site: z.string(),
  title: z.string(),
  byline: z.nullable(z.string()),
  publishedAt: z.nullable(z.string()),
  text: z.string().check(z.minLength(1)),
});
export type ExtractedArticle = z.infer<typeof ExtractedArticle>;

export const SentenceSpan = z.object({ start: z.int().check(z.gte(0)), end: z.int().check(z.gte(0)) });

export const FlaggedClaim = z.object({
  claimId: z.string(),
  text: z.string(),
  verdict: z.enum(['agree', 'differ', 'updated']),
  /** One line per other source: "Northwind Wire differs: here 3 · there 4". */
  details: z.array(z.string()),
});

export const PageReport = z.object({
  /** The tab the page was read in, so the popup can ask it to show a claim. */
  tabId: z.nullable(z.int()),
  url: z.string(),
  title: z.string(),
  site: z.string(),
  publishedAt: z.nullable(z.string()),
  sentences: z.int().check(z.gte(0)),
  anchored: z.int().check(z.gte(0)),
  claims: z.int().check(z.gte(0)),
  counts: z.object({ agree: z.int(), differ: z.int(), updated: z.int() }),
  flagged: z.array(FlaggedClaim),
  /** Flagged claims the page script could not find in the live page (reported, never guessed). */
  unanchored: z.array(z.string()),
  outlets: z.array(z.string()),
  captured: z.boolean(),
  checkedAt: z.string(),
});
export type PageReport = z.infer<typeof PageReport>;

export const LibraryStats = z.object({
  articles: z.int().check(z.gte(0)),
  claims: z.int().check(z.gte(0)),
  outlets: z.int().check(z.gte(0)),
  bytesUsed: z.nullable(z.number().check(z.gte(0))),
  bytesQuota: z.nullable(z.number().check(z.gte(0))),
});
export type LibraryStats = z.infer<typeof LibraryStats>;

/** What the page shows for one other outlet's claim about the same fact. */
export const OutletView = z.object({
  articleId: z.string(),
  site: z.string(),
  title: z.string(),
  url: z.string(),
  publishedAt: z.nullable(z.string()),
  verdict: z.enum(['agree', 'differ', 'updated', 'related']),
  /** The other outlet's own sentence. */
  text: z.string(),
  evidence: z.array(SlotEvidence),
  /** Other outlets that carry the same (wire) copy. */
  via: z.array(z.string()),
  /** The independent source: the site, or "AP via 3 outlets" for a wire copy. */
  source: z.string(),
});
export type OutletView = z.infer<typeof OutletView>;

/** One claim of the page with the strongest verdict across outlets, for painting and the card. */
export const ClaimView = z.object({
  claimId: z.string(),
  start: z.int().check(z.gte(0)),
  end: z.int().check(z.gte(0)),
  text: z.string(),
  verdict: z.enum(['agree', 'differ', 'updated']),
  outlets: z.array(OutletView),
});
export type ClaimView = z.infer<typeof ClaimView>;

/** Requests, discriminated by `type`. */
export const Request = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('CS_PAGE_READ'),
    article: ExtractedArticle,
    sentences: z.array(SentenceSpan),
    anchored: z.int().check(z.gte(0)),
  }),
  z.object({ type: z.literal('CS_REPORT_UNANCHORED'), url: z.string(), claimIds: z.array(z.string()) }),
  z.object({ type: z.literal('UI_PAGE_REPORT'), tabId: z.nullable(z.int()), url: z.nullable(z.string()) }),
  z.object({ type: z.literal('UI_LIBRARY_STATS') }),
  z.object({ type: z.literal('UI_FOCUS_CLAIM'), tabId: z.int(), claimId: z.string() }),
  z.object({ type: z.literal('UI_SET_SITE_PAUSED'), host: z.string().check(z.minLength(1)), paused: z.boolean() }),
  z.object({ type: z.literal('UI_SITE_STATE'), host: z.string().check(z.minLength(1)) }),
  z.object({ type: z.literal('UI_LIBRARY_CHANGED') }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];

/** The answer each request type gets. */
const SiteState = z.object({ host: z.string(), paused: z.boolean(), captureEnabled: z.boolean(), libraryFull: z.boolean() });

export const Responses = {
  CS_PAGE_READ: z.object({
    paused: z.boolean(),
    captured: z.boolean(),
    publishedAt: z.nullable(z.string()),
    views: z.array(ClaimView),
    library: LibraryStats,
  }),
  CS_REPORT_UNANCHORED: z.object({ ok: z.literal(true) }),
  UI_PAGE_REPORT: z.object({ report: z.nullable(PageReport), library: LibraryStats, site: z.nullable(SiteState) }),
  UI_LIBRARY_STATS: LibraryStats,
  UI_FOCUS_CLAIM: z.object({ found: z.boolean() }),
  UI_SET_SITE_PAUSED: SiteState,
  UI_SITE_STATE: SiteState,
  UI_LIBRARY_CHANGED: z.object({ ok: z.literal(true) }),
} satisfies Record<RequestType, z.ZodMiniType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof Responses)[T]>;
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** Every answer is wrapped so that errors cross the boundary as data, never as a crash. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };


/** Background → content script, in the page's tab. */
export const TabMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('BG_FOCUS_CLAIM'), claimId: z.string() }),
  z.object({ type: z.literal('BG_COMMAND'), command: z.enum(['next-claim', 'previous-claim']) }),
]);
export type TabMessage = z.infer<typeof TabMessage>;
