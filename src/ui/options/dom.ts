/**
 * Tiny DOM helpers. Text always goes in as text nodes / textContent: titles, sites and claim text
 * come from web pages and bundles and are never parsed as HTML.
 */

export type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  text?: string;
  /** data-testid, a stable hook for the e2e tests. */
  testid?: string;
  attrs?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Props = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.testid) el.dataset.testid = props.testid;
  for (const [name, value] of Object.entries(props.attrs ?? {})) el.setAttribute(name, value);
  if (props.text !== undefined) el.textContent = props.text;
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return el;
}

/** A labelled section with an h2, the page's unit of structure. */
export function section(doc: Document, id: string, title: string, testid: string): { root: HTMLElement; body: HTMLElement } {
  const heading = h(doc, 'h2', { text: title, attrs: { id: `${id}-heading` } });
  const body = h(doc, 'div', { class: 'section-body' });
  const root = h(doc, 'section', { testid, attrs: { id, 'aria-labelledby': `${id}-heading` } }, [heading, body]);
  return { root, body };
}

/** Only http(s) links are made clickable, so a stored "javascript:" URL can never run. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface ConfirmOptions {
  label: string;
  /** Shown with the confirm and cancel buttons, e.g. "Delete 12 articles from example.org?". */
  question: string;
  confirmLabel: string;
  testid: string;
  /** Accessible name of the first button when `label` alone is ambiguous (e.g. "Delete example.org"). */
  ariaLabel?: string;
  action: () => Promise<void>;
}

/**
 * A destructive button with a confirm step: the first click asks, the second (on "confirm") acts.
 * Test ids: `<testid>` for the button, `<testid>-confirm` and `<testid>-cancel` for the step.
 */
export function confirmingButton(doc: Document, opts: ConfirmOptions): HTMLElement {
  const wrapper = h(doc, 'span', { class: 'confirm' });
  const start = h(doc, 'button', { text: opts.label, testid: opts.testid, attrs: { type: 'button', ...(opts.ariaLabel ? { 'aria-label': opts.ariaLabel } : {}) } });
  const showStart = () => {
    wrapper.replaceChildren(start);
    start.focus();
  };
  start.addEventListener('click', () => {
    const confirm = h(doc, 'button', { text: opts.confirmLabel, class: 'danger', testid: `${opts.testid}-confirm`, attrs: { type: 'button' } });
    const cancel = h(doc, 'button', { text: 'Cancel', testid: `${opts.testid}-cancel`, attrs: { type: 'button' } });
    const question = h(doc, 'span', { text: opts.question, class: 'question', attrs: { role: 'alert' } });
    cancel.addEventListener('click', showStart);
    confirm.addEventListener('click', () => {
      confirm.disabled = true;
      cancel.disabled = true;
      void opts.action().finally(() => {
        if (wrapper.isConnected && wrapper.contains(confirm)) showStart();
      });
    });
    wrapper.replaceChildren(question, ' ', confirm, ' ', cancel);
    cancel.focus();
  });
  wrapper.append(start);
  return wrapper;
}
