/**
 * Node-side article loading for the CLI: plain-text files (optional header block, see
 * core/text/article) and saved HTML pages (Readability over linkedom, the same pair the
 * background uses). The id is the file name without its extension, as gold docs name articles.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArticleText } from '../core/text/article';

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
  return { id, path, title: meta.title, source: meta.source, url: meta.url, publishedAt: meta.date, byline: null, body };
}

export type HtmlArticle = Omit<LoadedArticle, 'id' | 'path'>;

/** Main text of an HTML page, one paragraph per block, and its metadata. */
export async function articleFromHtml(html: string): Promise<HtmlArticle> {
  const { parseHTML } = await import('linkedom');
  const { Readability } = await import('@mozilla/readability');
  const { document } = parseHTML(html);
  const publishedAt = publishedDate(document);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(document, 'og:url');
  const source = metaContent(document, 'og:site_name');
  const parsed = new Readability(document as unknown as Document).parse();
  let body = '';
  if (parsed?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    body = blockText(content.body as unknown as Element);
  }
  if (!body.trim()) body = normalizeSpaces(parsed?.textContent ?? document.body?.textContent ?? '');
  return {
    title: parsed?.title?.trim() || document.title?.trim() || null,
    source: parsed?.siteName?.trim() || source,
    url,
    publishedAt,
    byline: parsed?.byline?.trim() || null,
    body,
  };
}

/** Published date: JSON-LD datePublished, then article:published_time, then the first <time datetime>. */
export function publishedDate(document: ParentNode): string | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const found = datePublishedIn(safeJson(script.textContent ?? ''));
    if (found) return found;
  }
  const meta = metaContent(document, 'article:published_time');
  if (meta) return meta;
  return document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() || null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** datePublished anywhere in a JSON-LD value (arrays and @graph included). */
function datePublishedIn(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = datePublishedIn(v);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.datePublished === 'string' && record.datePublished.trim()) return record.datePublished.trim();
    if (record['@graph']) return datePublishedIn(record['@graph']);
  }
  return null;
}

function metaContent(document: ParentNode, name: string): string | null {
  const el = document.querySelector(`meta[property="${name}"]`) ?? document.querySelector(`meta[name="${name}"]`);
  return el?.getAttribute('content')?.trim() || null;
}

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'figure', 'figcaption',
  'table', 'tr', 'td', 'th', 'br', 'hr',
]);

/** Text of `root` with one paragraph per block element, paragraphs separated by a blank line. */
export function blockText(root: Element): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = normalizeSpaces(current);
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'noscript') return;
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

function normalizeSpaces(text: string): string {
  return text.replace(/[ \t\u00a0\r\n]+/g, ' ').trim();
}
