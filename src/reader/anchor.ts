/**
 * Anchors quotes from the extracted article text to live DOM ranges.
 * Quotes come in reading order, so each search starts where the previous one ended (fast, and
 * picks the right copy of a repeated sentence); a miss retries from the top. A quote that is not
 * found is reported as null rather than guessed.
 */
import { rangeAt, type TextIndex } from './text-index';

export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A searcher that remembers where the previous quote ended. */
export function sequentialAnchor(index: TextIndex): (quote: string) => Range | null {
  let cursor = 0;
  return (quote) => {
    const needle = normaliseSpace(quote);
    if (!needle) return null;
    let at = index.text.indexOf(needle, cursor);
    if (at < 0) at = index.text.indexOf(needle);
    if (at < 0) return null;
    cursor = at + needle.length;
    return rangeAt(index, at, at + needle.length);
  };
}

export function anchorQuotes(index: TextIndex, quotes: readonly string[]): (Range | null)[] {
  return quotes.map(sequentialAnchor(index));
}
