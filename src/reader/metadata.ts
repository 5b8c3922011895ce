/** Page metadata that Readability does not give reliably: published date, canonical URL, outlet name. */

function jsonLdObjects(doc: Document): unknown[] {
  const found: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      const queue: unknown[] = [data];
      while (queue.length) {
        const item = queue.shift();
        if (Array.isArray(item)) queue.push(...item);
        else if (item && typeof item === 'object') {
          found.push(item);
          const graph = (item as Record<string, unknown>)['@graph'];
          if (graph) queue.push(graph);
        }
      }
    } catch {
      // Malformed JSON-LD is common on real pages; the other sources still apply.
    }
  }
  return found;
}

function field(obj: unknown, key: string): unknown {
  return obj && typeof obj === 'object' ? (obj as Record<string, unknown>)[key] : undefined;
}

function meta(doc: Document, names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

function validDate(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  return Number.isNaN(Date.parse(value)) ? null : value.trim();
}

/** JSON-LD datePublished, then article:published_time meta, then the first <time datetime>. */
export function publishedDate(doc: Document): string | null {
  for (const obj of jsonLdObjects(doc)) {
    const date = validDate(field(obj, 'datePublished'));
    if (date) return date;
  }
  const fromMeta = validDate(meta(doc, ['article:published_time', 'datePublished', 'date', 'dc.date', 'pubdate']));
  if (fromMeta) return fromMeta;
  for (const time of Array.from(doc.querySelectorAll('time[datetime]'))) {
    const date = validDate(time.getAttribute('datetime'));
    if (date) return date;
  }
  return null;
}

export function canonicalUrl(doc: Document, url: string): string {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, ['og:url']);
  if (href) {
    try {
      const resolved = new URL(href, url);
      if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return stripTracking(resolved);
    } catch {
      // fall through to the page URL
    }
  }
  return stripTracking(new URL(url));
}

/** Query parameters that only track the reader, never select the article. */
const TRACKING = /^(utm_|fbclid$|gclid$|mc_|ref$|ref_src$|cmpid$|ocid$)/;

function stripTracking(url: URL): string {
  const clean = new URL(url.href);
  clean.hash = '';
  for (const key of Array.from(clean.searchParams.keys())) if (TRACKING.test(key)) clean.searchParams.delete(key);
  return clean.href;
}

export function siteName(doc: Document, url: string): string {
  for (const obj of jsonLdObjects(doc)) {
    const name = field(field(obj, 'publisher'), 'name');
    if (typeof name === 'string' && name.trim()) return name.trim();
  }
  return meta(doc, ['og:site_name', 'application-name']) ?? new URL(url).hostname.replace(/^www\./, '');
}

/** True when the page declares itself an article (og:type or JSON-LD @type). */
export function declaresArticle(doc: Document): boolean {
  const ogType = meta(doc, ['og:type']);
  if (ogType && /article/i.test(ogType)) return true;
  return jsonLdObjects(doc).some((obj) => {
    const type = field(obj, '@type');
    const types = Array.isArray(type) ? type : [type];
    return types.some((t) => typeof t === 'string' && /Article|NewsArticle|Report|BlogPosting/.test(t));
  });
}
