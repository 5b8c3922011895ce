/** Types shared by the comparison modules. */

/** What the comparison needs to know about an article a claim comes from. */
export interface ArticleRef {
  id: string;
  site: string;
  publishedAt: string | null;
  title?: string;
  url?: string;
  /** Near-duplicate fingerprint (see dedup.ts); wire copies share one within a small distance. */
  fingerprint?: string;
  /** Byline or credit line, read to name the wire service behind syndicated copies. */
  byline?: string | null;
}
