/**
 * The article body as the scorer defines it (shared/tools/score.py, article_body): gold quotes and
 * dump offsets index this text.
 */
const HEADER_FIRST_LINE = /^(title|source|date|url|site|author):/;
const BLANK_LINE = /\r?\n\r?\n/;

/** Body of an article file: the text after the header block's blank line, else the whole file. */
export function scoredBody(fileText: string): string {
  const firstLine = fileText.split('\n', 1)[0] ?? '';
  if (!HEADER_FIRST_LINE.test(firstLine)) return fileText;
  const blank = BLANK_LINE.exec(fileText);
  return blank ? fileText.slice(blank.index + blank[0].length) : fileText;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Offsets in dumps count code points (Python's str indexing); JS strings count UTF-16 units.
 * Identity for texts without astral characters.
 */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  if (!SURROGATE.test(text)) return utf16Offset;
  return Array.from(text.slice(0, utf16Offset)).length;
}

/** Inverse of toCodePointOffset. */
export function toUtf16Offset(text: string, codePointOffset: number): number {
  if (!SURROGATE.test(text)) return codePointOffset;
  let units = 0;
  let points = 0;
  for (const ch of text) {
    if (points >= codePointOffset) break;
    units += ch.length;
    points += 1;
  }
  return units + Math.max(0, codePointOffset - points);
}
