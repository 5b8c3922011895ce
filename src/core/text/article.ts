/**
 * Plain-text article files: an optional header block ("title: …", "source: …") then the body.
 * The rule is the scorer's (shared/tools/score.py, article_body) so that claim offsets index
 * the same text the gold quotes do.
 */

export interface ArticleMeta {
  title: string | null;
  source: string | null;
  date: string | null;
  url: string | null;
}

export interface ParsedArticleText {
  meta: ArticleMeta;
  body: string;
}

const HEADER_FIRST_LINE = /^(title|source|date|url|site|author):/;
const BLANK_LINE = /\r?\n\r?\n/;
const HEADER_LINE = /^([a-z]+):[ \t]*(.*)$/;

/** Splits a file into header metadata and body; without a header block the whole file is the body. */
export function parseArticleText(fileText: string): ParsedArticleText {
  const meta: ArticleMeta = { title: null, source: null, date: null, url: null };
  const firstLine = fileText.split('\n', 1)[0] ?? '';
  if (!HEADER_FIRST_LINE.test(firstLine)) return { meta, body: fileText };
  const blank = BLANK_LINE.exec(fileText);
  if (!blank) return { meta, body: fileText };
  const header = fileText.slice(0, blank.index);
  let site: string | null = null;
  for (const line of header.split(/\r?\n/)) {
    const m = HEADER_LINE.exec(line);
    if (!m) continue;
    const value = (m[2] ?? '').trim() || null;
    switch (m[1]) {
      case 'title': meta.title = value; break;
      case 'source': meta.source = value; break;
      case 'date': meta.date = value; break;
      case 'url': meta.url = value; break;
      case 'site': site = value; break;
    }
  }
  meta.source ??= site;
  return { meta, body: fileText.slice(blank.index + blank[0].length) };
}
