/** Painting with the CSS Custom Highlight API (no DOM mutation); <mark> only where it is missing. */
import { markRanges, unmark } from './mark-fallback';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Every anchored sentence; registered unstyled, so it proves anchoring without marking anything. */
export const READ_HIGHLIGHT = 'crosscheck-read';

/** Highlights that are only bookkeeping are never marked in the DOM by the <mark> fallback. */
const INVISIBLE = new Set([READ_HIGHLIGHT]);

export function paint(name: string, ranges: readonly Range[]): void {
  if (!highlightsSupported()) {
    if (!INVISIBLE.has(name)) markRanges(name, ranges);
    return;
  }
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}

export function clearPaint(name: string): void {
  if (highlightsSupported()) CSS.highlights.delete(name);
  else unmark(name);
}
