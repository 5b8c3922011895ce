/** Painting with the CSS Custom Highlight API: the page's DOM is never modified. */

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function paint(name: string, ranges: readonly Range[]): void {
  if (!highlightsSupported()) return;
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}

export function clearPaint(name: string): void {
  if (highlightsSupported()) CSS.highlights.delete(name);
}
