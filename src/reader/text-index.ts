/**
 * A whitespace-normalised view of the live page text, with a map from every character of that
 * view back to its DOM text node and offset, so quotes found in the article text become Ranges.
 */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'IFRAME']);

export interface TextIndex {
  text: string;
  nodes: Text[];
  /** For each character of `text`: index into `nodes`, and offset inside that node. */
  nodeOf: Int32Array;
  offsetOf: Int32Array;
}

function collectTextNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        if (SKIPPED.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden')) return 2; // FILTER_REJECT
      }
      return 1; // FILTER_ACCEPT
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

const SPACE = /\s/;

export function buildTextIndex(root: Node): TextIndex {
  const nodes = collectTextNodes(root);
  const total = nodes.reduce((sum, node) => sum + (node.nodeValue?.length ?? 0), 0);
  const nodeOf = new Int32Array(total);
  const offsetOf = new Int32Array(total);
  const chars: string[] = [];
  let lastWasSpace = true;
  nodes.forEach((node, n) => {
    const value = node.nodeValue ?? '';
    for (let i = 0; i < value.length; i++) {
      const ch = value[i] as string;
      const space = SPACE.test(ch);
      if (space && lastWasSpace) continue;
      nodeOf[chars.length] = n;
      offsetOf[chars.length] = i;
      chars.push(space ? ' ' : ch);
      lastWasSpace = space;
    }
  });
  return { text: chars.join(''), nodes, nodeOf: nodeOf.subarray(0, chars.length), offsetOf: offsetOf.subarray(0, chars.length) };
}

export function rangeAt(index: TextIndex, start: number, end: number): Range | null {
  if (start < 0 || end > index.text.length || start >= end) return null;
  const startNode = index.nodes[index.nodeOf[start] as number];
  const endNode = index.nodes[index.nodeOf[end - 1] as number];
  if (!startNode || !endNode) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, index.offsetOf[start] as number);
  range.setEnd(endNode, (index.offsetOf[end - 1] as number) + 1);
  return range;
}
