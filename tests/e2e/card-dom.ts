/**
 * The hover card as CDP sees it: Chromium's DOM.getDocument with pierce:true includes closed
 * shadow roots. This turns that node tree into the few things the tests check. Runs in Node.
 */

/** The parts of a CDP DOM.Node this module reads. */
export interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  shadowRootType?: string;
  contentDocument?: CdpNode;
}

export interface CardOutlet {
  site: string;
  href: string | null;
  badge: string;
  /** The other outlet's own sentence, as shown. */
  quote: string;
  /** Emphasised values in that sentence: class (agree | differ | updated) and text. */
  marks: Array<{ emphasis: string; text: string }>;
  /** "here X · there Y" lines. */
  diffs: string[];
}

export interface CardDom {
  /** The card element is shown (not hidden). */
  open: boolean;
  shadowRootType: string | null;
  role: string | null;
  summary: string;
  outlets: CardOutlet[];
  /** Visible text of the whole card (style sheet left out). */
  text: string;
  /** Every element tag inside the card: page text must never become elements such as IMG or SCRIPT. */
  tags: string[];
}

const ELEMENT = 1;
const TEXT = 3;

function attr(node: CdpNode, name: string): string | null {
  const list = node.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) if (list[i] === name) return list[i + 1] ?? '';
  return null;
}

function hasClass(node: CdpNode, name: string): boolean {
  return (attr(node, 'class') ?? '').split(/\s+/).includes(name);
}

function kids(node: CdpNode): CdpNode[] {
  return node.children ?? [];
}

export function textOf(node: CdpNode): string {
  if (node.nodeType === TEXT) return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
  return kids(node).map(textOf).join('');
}

function findAll(node: CdpNode, match: (n: CdpNode) => boolean, into: CdpNode[] = []): CdpNode[] {
  if (match(node)) into.push(node);
  for (const child of kids(node)) findAll(child, match, into);
  for (const root of node.shadowRoots ?? []) findAll(root, match, into);
  if (node.contentDocument) findAll(node.contentDocument, match, into);
  return into;
}

function first(node: CdpNode, match: (n: CdpNode) => boolean): CdpNode | undefined {
  return findAll(node, match)[0];
}

function outletOf(item: CdpNode): CardOutlet {
  const site = first(item, (n) => n.nodeName === 'A' && hasClass(n, 'site'));
  const badge = first(item, (n) => hasClass(n, 'badge'));
  const quote = first(item, (n) => n.nodeName === 'BLOCKQUOTE');
  return {
    site: site ? textOf(site) : '',
    href: site ? attr(site, 'href') : null,
    badge: badge ? textOf(badge) : '',
    quote: quote ? textOf(quote) : '',
    marks: quote
      ? findAll(quote, (n) => n.nodeName === 'MARK').map((m) => ({ emphasis: attr(m, 'class') ?? '', text: textOf(m) }))
      : [],
    diffs: findAll(item, (n) => n.nodeName === 'P' && hasClass(n, 'diff')).map(textOf),
  };
}

/** The card under the first <crosscheck-card> host, or null when the page has none yet. */
export function cardFromCdpTree(root: CdpNode): CardDom | null {
  const host = first(root, (n) => n.nodeType === ELEMENT && n.nodeName === 'CROSSCHECK-CARD');
  const shadow = host?.shadowRoots?.[0];
  if (!host || !shadow) return null;
  const card = first(shadow, (n) => n.nodeType === ELEMENT && hasClass(n, 'card'));
  if (!card) return null;
  const summary = first(card, (n) => hasClass(n, 'title'));
  const list = first(card, (n) => n.nodeName === 'OL');
  return {
    open: attr(card, 'hidden') === null,
    shadowRootType: shadow.shadowRootType ?? null,
    role: attr(card, 'role'),
    summary: summary ? textOf(summary) : '',
    outlets: list ? kids(list).filter((n) => n.nodeName === 'LI').map(outletOf) : [],
    text: textOf(card),
    tags: [...new Set(findAll(card, (n) => n.nodeType === ELEMENT).map((n) => n.nodeName))].sort(),
  };
}
