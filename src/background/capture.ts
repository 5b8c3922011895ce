/** Turns what the content script read into a library Article. */
import { fingerprint } from '../core/dedup';
import { hashHex } from '../core/hash';
import type { Article, Origin } from '../core/model';
import type { ExtractedArticle } from '../messages/schemas';

export function toArticle(read: ExtractedArticle, origin: Origin, capturedAt: Date): Article {
  return {
    id: hashHex(read.canonicalUrl),
    url: read.url,
    canonicalUrl: read.canonicalUrl,
    site: read.site,
    title: read.title,
    byline: read.byline,
    publishedAt: read.publishedAt,
    capturedAt: capturedAt.toISOString(),
    origin,
    text: read.text,
    textHash: hashHex(read.text),
    fingerprint: fingerprint(read.text),
  };
}
