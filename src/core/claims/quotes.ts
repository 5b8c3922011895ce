/**
 * Direct quotations: where they open and close, across sentences and paragraphs.
 * News style leaves a quotation open at the end of a paragraph when the next paragraph goes on
 * with the same speaker and re-opens it; such pieces form one chain.
 */

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when the quotation stays open. */
  close: number;
  /** The quoted words, without the marks. */
  innerStart: number;
  innerEnd: number;
  closed: boolean;
  /** Index of the chain (one speaker) this piece belongs to. */
  chain: number;
}

const OPEN_CURLY = 0x201c; // “
const CLOSE_CURLY = 0x201d; // ”
const LOW_OPEN = 0x201e; // „
const STRAIGHT = 0x22; // "
const GUILLEMET_OPEN = 0xab; // «
const GUILLEMET_CLOSE = 0xbb; // »

/** Quotation spans of `text`, scanned paragraph by paragraph (paragraph = line). */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const paragraph = /[^\r\n]+/g;
  let chain = -1;
  let previousOpenAtEnd = false;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    if (!m[0].trim()) continue;
    const pieces = scanParagraph(text, m.index, m.index + m[0].length);
    pieces.forEach((piece, i) => {
      const continues = i === 0 && previousOpenAtEnd && piece.open === firstNonSpace(text, m!.index);
      if (!continues) chain += 1;
      spans.push({ ...piece, chain });
    });
    const last = pieces[pieces.length - 1];
    previousOpenAtEnd = last !== undefined && !last.closed;
  }
  return spans;
}

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

type Piece = Omit<QuoteSpan, 'chain'>;

function scanParagraph(text: string, start: number, end: number): Piece[] {
  const out: Piece[] = [];
  let openAt = -1;
  let closer = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (openAt < 0) {
      if (c === OPEN_CURLY || c === LOW_OPEN) { openAt = i; closer = CLOSE_CURLY; }
      else if (c === GUILLEMET_OPEN) { openAt = i; closer = GUILLEMET_CLOSE; }
      else if (c === STRAIGHT && opensStraight(text, i, start)) { openAt = i; closer = STRAIGHT; }
    } else if (c === closer || (closer === CLOSE_CURLY && c === STRAIGHT)) {
      if (i > openAt + 1) out.push({ open: openAt, close: i + 1, innerStart: openAt + 1, innerEnd: i, closed: true });
      openAt = -1;
    }
  }
  if (openAt >= 0 && end - openAt > 2) {
    let innerEnd = end;
    while (innerEnd > openAt + 1 && /\s/.test(text[innerEnd - 1]!)) innerEnd--;
    out.push({ open: openAt, close: end, innerStart: openAt + 1, innerEnd, closed: false });
  }
  return out;
}

/** A straight quote opens when it starts a word: after a space, bracket or paragraph start. */
function opensStraight(text: string, i: number, paragraphStart: number): boolean {
  const before = i > paragraphStart ? text[i - 1]! : ' ';
  const after = text[i + 1] ?? ' ';
  return /[\s([{—–-]/.test(before) && !/\s/.test(after);
}

/** The part of `span`'s quoted words inside [start, end), or null when they do not meet. */
export function clipQuote(span: QuoteSpan, start: number, end: number): { start: number; end: number } | null {
  const s = Math.max(span.innerStart, start);
  const e = Math.min(span.innerEnd, end);
  return e > s ? { start: s, end: e } : null;
}

/** True when offset `at` lies inside quoted words. */
export function isQuoted(spans: readonly QuoteSpan[], at: number): boolean {
  return spans.some((s) => at >= s.innerStart && at < s.innerEnd);
}
