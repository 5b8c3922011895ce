/**
 * Where the CSS Custom Highlight API is missing, wraps highlighted text in <mark> elements.
 * This does touch the page's DOM, so it is the fallback only; marks carry data-crosscheck so the
 * living-page watcher can tell them from the page's own changes.
 */

const ATTRIBUTE = 'data-crosscheck';

function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (range.intersectsNode(node)) nodes.push(node as Text);
  return nodes;
}

function wrap(node: Text, start: number, end: number, name: string): void {
  if (end <= start) return;
  const middle = start > 0 ? node.splitText(start) : node;
  if (end - start < (middle.nodeValue ?? '').length) middle.splitText(end - start);
  const mark = node.ownerDocument.createElement('mark');
  mark.setAttribute(ATTRIBUTE, name);
  mark.className = name;
  middle.replaceWith(mark);
  mark.append(middle);
}

export function markRanges(name: string, ranges: readonly Range[]): void {
  unmark(name);
  // Collect every piece first: wrapping splits text nodes and would move later ranges.
  const pieces = ranges.flatMap((range) =>
    textNodesIn(range).map((node) => ({
      node,
      start: node === range.startContainer ? range.startOffset : 0,
      end: node === range.endContainer ? range.endOffset : (node.nodeValue ?? '').length,
    })),
  );
  for (const piece of pieces.reverse()) wrap(piece.node, piece.start, piece.end, name);
}

export function unmark(name: string, doc: Document = document): void {
  for (const mark of Array.from(doc.querySelectorAll(`mark[${ATTRIBUTE}="${name}"]`))) {
    const parent = mark.parentNode;
    mark.replaceWith(...Array.from(mark.childNodes));
    parent?.normalize();
  }
}

/** True for our marks and anything inside them, so their own insertion is not a page change. */
export function isOwnMark(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(el?.closest(`mark[${ATTRIBUTE}]`)) || Array.from(node.childNodes ?? []).some((c) => c.nodeType === 1 && (c as Element).hasAttribute(ATTRIBUTE));
}
