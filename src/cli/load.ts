/**
 * Node-side article loading for the CLI: plain-text files (optional header block, see
 * core/text/article) and saved HTML pages (Readability over linkedom, the same pair the
 * background uses). The id is the file name without its extension, as gold docs name articles.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArticleText } from '../core/text/article';
import { dateFromUrl } from '../core/text/url-date';
import { extractArticle } from '../reader/extract';

export interface LoadedArticle {
  id: string;
  path: string;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  byline: string | null;
  /** The article body; claim offsets index it. */
  body: string;
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

export async function loadArticleFile(path: string): Promise<LoadedArticle> {
  const raw = await readFile(path, 'utf8');
  const ext = extname(path).toLowerCase();
  const id = basename(path, extname(path));
  if (HTML_EXTENSIONS.has(ext)) return { id, path, ...(await articleFromHtml(raw)) };
  const { meta, body } = parseArticleText(raw);
  return { id, path, title: meta.title, source: meta.source, url: meta.url, publishedAt: meta.date ?? dateFromUrl(meta.url), byline: null, body };
}

export type HtmlArticle = Omit<LoadedArticle, 'id' | 'path'>;

/** Main text of an HTML page, one paragraph per block, and its metadata: the extension's own reader over linkedom. */
export async function articleFromHtml(html: string, url = 'file:///article.html'): Promise<HtmlArticle> {
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML(html);
  const ogUrl = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const article = extractArticle(document as unknown as Document, url);
  return {
    title: article?.title || null,
    source: article && !article.site.startsWith('file') && article.site !== '' ? article.site : null,
    url: ogUrl ?? (article && !article.canonicalUrl.startsWith('file:') ? article.canonicalUrl : null),
    publishedAt: article?.publishedAt ?? null,
    byline: article?.byline ?? null,
    body: article?.text ?? '',
  };
}
