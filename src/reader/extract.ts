/** Article extraction with Readability on a clone, so the live page is never touched. */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../messages/schemas';
import { blockText } from './blocks';
import { canonicalUrl, declaresArticle, publishedDate, siteName } from './metadata';

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
 * Extracts the article of `doc` (a live document is cloned first). Returns null when the page
 * is not an article or Readability finds no body.
 */
export function readArticle(doc: Document, url: string): ExtractedArticle | null {
  if (!isArticlePage(doc, url)) return null;
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  if (!parsed?.content) return null;
  const text = blockText(parsed.content);
  if (!text) return null;
  return {
    url,
    canonicalUrl: canonicalUrl(doc, url),
    site: parsed.siteName?.trim() || siteName(doc, url),
    title: parsed.title?.trim() || doc.title,
    byline: parsed.byline?.trim() || null,
    publishedAt: publishedDate(doc) ?? parsed.publishedTime ?? null,
    text,
  };
}
