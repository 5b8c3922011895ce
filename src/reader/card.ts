/**
 * The hover card, in a closed shadow root. Page and library text is only ever set with
 * textContent: nothing from a page is parsed as HTML here.
 */
import type { ClaimView, OutletView } from '../messages/schemas';
import { emphasise, formatDate, summaryLine, verdictLabel } from './card-view';
import { CARD_CSS } from './card-style';

export interface Card {
  show(view: ClaimView, anchorRects: readonly DOMRect[], options: { focus: boolean }): void;
  hide(): void;
  readonly open: boolean;
  /** True when the event target is the card (the pointer moved into it). */
  owns(target: EventTarget | null): boolean;
  destroy(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function outletItem(doc: Document, outlet: OutletView, pagePublishedAt: string | null): HTMLLIElement {
  const item = el(doc, 'li');
  const head = el(doc, 'div', 'head');
  const site = el(doc, 'a', 'site', outlet.site);
  site.href = /^https?:/i.test(outlet.url) ? outlet.url : '#';
  site.target = '_blank';
  site.rel = 'noopener noreferrer';
  head.append(site, el(doc, 'span', 'date', formatDate(outlet.publishedAt)), el(doc, 'span', `badge ${outlet.verdict}`, verdictLabel(outlet, pagePublishedAt)));
  const quote = el(doc, 'blockquote');
  const segments = emphasise(outlet.text, outlet.evidence.map((e) => ({ span: e.thereSpan, status: e.status })));
  for (const segment of segments) quote.append(segment.emphasis ? el(doc, 'mark', segment.emphasis, segment.text) : doc.createTextNode(segment.text));
  item.append(head, quote);
  for (const evidence of outlet.evidence.filter((e) => e.status !== 'agree')) {
    const line = el(doc, 'p', 'diff');
    const who = evidence.kind === 'attribution' ? '' : 'here ';
    line.append(doc.createTextNode(`${who}`), el(doc, 'b', undefined, evidence.here), doc.createTextNode(' · there '), el(doc, 'b', undefined, evidence.there));
    if (evidence.note) line.append(doc.createTextNode(` — ${evidence.note}`));
    item.append(line);
  }
  if (outlet.via.length) item.append(el(doc, 'p', 'via', `Same copy also at ${outlet.via.join(', ')}`));
  return item;
}

/** Below the sentence when there is room, else above; never over it. */
function place(card: HTMLElement, rects: readonly DOMRect[], view: { width: number; height: number }): void {
  const top = Math.min(...rects.map((r) => r.top));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  const left = rects[0]?.left ?? 8;
  const { offsetWidth: width, offsetHeight: height } = card;
  const below = view.height - bottom - 8 >= height || view.height - bottom >= top;
  card.style.top = `${below ? bottom + 6 : Math.max(8, top - height - 6)}px`;
  card.style.left = `${Math.max(8, Math.min(left, view.width - width - 8))}px`;
}

export function createCard(doc: Document, pagePublishedAt: () => string | null): Card {
  const host = doc.createElement('crosscheck-card');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const card = el(doc, 'div', 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-modal', 'false');
  card.setAttribute('aria-labelledby', 'crosscheck-card-title');
  card.tabIndex = -1;
  card.hidden = true;
  shadow.append(style, card);
  let attached = false;
  let returnFocus: HTMLElement | null = null;

  return {
    get open() {
      return !card.hidden;
    },
    show(view, anchorRects, { focus }) {
      if (!attached) {
        doc.documentElement.append(host);
        attached = true;
      }
      const title = el(doc, 'p', 'title', summaryLine(view));
      title.id = 'crosscheck-card-title';
      const list = el(doc, 'ol');
      for (const outlet of view.outlets) list.append(outletItem(doc, outlet, pagePublishedAt()));
      card.replaceChildren(title, list, el(doc, 'p', 'hint', 'Crosscheck · Esc to close'));
      card.hidden = false;
      place(card, anchorRects, { width: doc.documentElement.clientWidth, height: doc.defaultView?.innerHeight ?? 800 });
      if (focus) {
        returnFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
        card.focus({ preventScroll: true });
      }
    },
    hide() {
      if (card.hidden) return;
      card.hidden = true;
      returnFocus?.focus({ preventScroll: true });
      returnFocus = null;
    },
    owns(target) {
      return target === host;
    },
    destroy() {
      host.remove();
      attached = false;
    },
  };
}
