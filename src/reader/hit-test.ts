/** Which highlighted claim is under the pointer: caret position from the point, then range test. */

export interface Anchored {
  id: string;
  range: Range;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDoc, x: number, y: number): { node: Node; offset: number } | null {
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The caret APIs snap to the nearest text even in margins; only count points inside a line box. */
function insideRects(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

export function claimAtPoint(doc: Document, x: number, y: number, anchored: readonly Anchored[]): Anchored | null {
  const caret = caretAt(doc as CaretDoc, x, y);
  if (!caret) return null;
  for (const entry of anchored) {
    try {
      if (entry.range.isPointInRange(caret.node, caret.offset) && insideRects(entry.range, x, y)) return entry;
    } catch {
      // A node from another document or a detached range: not ours.
    }
  }
  return null;
}
