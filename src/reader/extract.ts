/** Article extraction with Readability on a clone, so the live page is never touched. */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../messages/schemas';
import { blockText } from './blocks';
import { canonicalUrl, declaresArticle, publishedDate, siteName } from './metadata';
import { dateFromUrl } from '../core/text/url-date';

/** Home pages, section fronts and search results are not articles even when long. */
export function looksLikeListingUrl(url: string): boolean {
  const { pathname, search } = new URL(url);
  if (pathname === '/' || /^\/(index\.html?)?$/i.test(pathname)) return true;
  if (/\/(search|tag|tags|topics?|category|section)(\/|$)/i.test(pathname)) return true;
  return /[?&](q|query|s|search)=/i.test(search);
}

export function isArticlePage(doc: Document, url: string): boolean {
  const { protocol } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:') return false;
  if (looksLikeListingUrl(url)) return false;
  return declaresArticle(doc) || isProbablyReaderable(doc);
}

/**
 * Extracts the article of a document Readability may consume (it rewrites the document it reads:
 * pass a clone of a live page). Metadata is read before Readability runs. Works on any DOM
 * implementation, so the CLI runs it over linkedom.
 */
export function extractArticle(doc: Document, url: string): ExtractedArticle | null {
  const meta = { canonicalUrl: canonicalUrl(doc, url), site: siteName(doc, url), publishedAt: publishedDate(doc), title: doc.title };
  const parsed = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  if (!parsed?.content) return null;
  const text = blockText(parsed.content);
  if (!text) return null;
  return {
    url,
    canonicalUrl: meta.canonicalUrl,
    site: parsed.siteName?.trim() || meta.site,
    title: parsed.title?.trim() || meta.title,
    byline: parsed.byline?.trim() || null,
    // A page that states no date often carries it in its URL ("/2024/03/12/…").
    publishedAt: meta.publishedAt ?? parsed.publishedTime ?? dateFromUrl(meta.canonicalUrl) ?? dateFromUrl(url),
    text,
  };
}

/** The live page's article, or null when the page is not an article. The page is never touched. */
export function readArticle(doc: Document, url: string): ExtractedArticle | null {
  if (!isArticlePage(doc, url)) return null;
  return extractArticle(doc.cloneNode(true) as Document, url);
}
