/**
 * What the tests read from pages. Probe functions are serialised into the page's main world by the
 * drivers, so each must be self-contained: no imports, no outer variables, and no named inner
 * functions (tsx compiles those with a `__name()` helper that does not exist in the page).
 */
import type { Tab } from './browsers';
import { sleep } from './harness';

export const READ_HIGHLIGHT = 'crosscheck-read';

export function highlightSize(name: string): number {
  const highlight = globalThis.CSS?.highlights?.get(name);
  return highlight ? highlight.size : 0;
}

export function highlightTexts(name: string): string[] {
  const highlight = globalThis.CSS?.highlights?.get(name);
  if (!highlight) return [];
  const texts: string[] = [];
  highlight.forEach((range) => texts.push(range.toString()));
  return texts;
}

export interface PopupView {
  ready: boolean;
  title: string | null;
  sentences: string | null;
  libraryArticles: string | null;
  /** Element children inside the title field: page text must arrive as text, never as markup. */
  titleElementCount: number;
  /** The popup's "not an article" notice is shown. */
  emptyShown: boolean;
}

export function popupView(_: null): PopupView {
  const title = document.querySelector('[data-field="title"]');
  const empty = document.querySelector('[data-field="empty"]');
  return {
    ready: document.documentElement.dataset.ready === '1',
    title: title?.textContent?.trim() ?? null,
    sentences: document.querySelector('[data-field="sentences"]')?.textContent?.trim() ?? null,
    libraryArticles: document.querySelector('[data-field="library-articles"]')?.textContent?.trim() ?? null,
    titleElementCount: title?.querySelectorAll('*').length ?? 0,
    emptyShown: empty instanceof HTMLElement ? !empty.hidden : false,
  };
}

export function fixtureAlerts(globalName: string): string[] {
  const value = (window as unknown as Record<string, unknown>)[globalName];
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * Polls `fn` until it returns a value `accept` takes or time runs out; returns the last value seen.
 * Evaluation errors (a navigation replacing the document) count as "not yet".
 */
export async function pollTab<R, A>(
  tab: Tab,
  fn: (arg: A) => R,
  arg: A,
  accept: (value: R) => boolean,
  timeoutMs: number,
): Promise<{ value: R | undefined; accepted: boolean; lastError: string | null }> {
  const deadline = Date.now() + timeoutMs;
  let value: R | undefined;
  let lastError: string | null = null;
  for (;;) {
    try {
      value = await tab.evaluate(fn, arg);
      lastError = null;
      if (accept(value)) return { value, accepted: true, lastError };
    } catch (error) {
      // Usually the document is not there yet; kept to explain a timeout.
      lastError = error instanceof Error ? error.message.split('\n')[0] ?? error.name : String(error);
    }
    if (Date.now() >= deadline) return { value, accepted: false, lastError };
    await sleep(100);
  }
}

/**
 * Waits until the read highlight holds some ranges and then stops changing (long pages are read
 * in slices), or, when none are expected, lets the content script have `quietMs` to act first.
 */
export async function settledHighlightCount(
  tab: Tab,
  options: { expectSome: boolean; timeoutMs: number; quietMs?: number },
): Promise<number> {
  const stablePolls = 5;
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  const quietMs = options.quietMs ?? 2_500;
  let last = -1;
  let unchanged = 0;
  for (;;) {
    let size = -1;
    try {
      size = await tab.evaluate(highlightSize, READ_HIGHLIGHT);
    } catch {
      // navigation in progress
    }
    unchanged = size === last ? unchanged + 1 : 0;
    last = size;
    const settled = unchanged >= stablePolls && size >= 0;
    if (settled && options.expectSome && size > 0) return size;
    if (settled && !options.expectSome && Date.now() - started >= quietMs) return size;
    if (Date.now() >= deadline) return Math.max(last, 0);
    await sleep(150);
  }
}

export const VERDICT_HIGHLIGHTS = {
  differ: 'crosscheck-differ',
  updated: 'crosscheck-updated',
  agree: 'crosscheck-agree',
} as const;
export const FOCUS_HIGHLIGHT = 'crosscheck-focus';

/** Texts of the ranges in each verdict highlight. */
export function verdictTexts(names: typeof VERDICT_HIGHLIGHTS): Record<keyof typeof VERDICT_HIGHLIGHTS, string[]> {
  const out = { differ: [] as string[], updated: [] as string[], agree: [] as string[] };
  for (const key of ['differ', 'updated', 'agree'] as const) {
    const highlight = globalThis.CSS?.highlights?.get(names[key]);
    highlight?.forEach((range) => out[key].push(range.toString()));
  }
  return out;
}

export interface PopupFlagged {
  ready: boolean;
  counts: { differ: string | null; updated: string | null; agree: string | null };
  claims: string | null;
  items: Array<{ claimId: string | null; verdict: string; text: string; details: string; disabled: boolean }>;
  outlets: string | null;
}

export function popupFlagged(_: null): PopupFlagged {
  // No helper functions here: the page has no __name() for them (see the header).
  return {
    ready: document.documentElement.dataset.ready === '1',
    counts: {
      differ: document.querySelector('[data-field="count-differ"]')?.textContent?.trim() ?? null,
      updated: document.querySelector('[data-field="count-updated"]')?.textContent?.trim() ?? null,
      agree: document.querySelector('[data-field="count-agree"]')?.textContent?.trim() ?? null,
    },
    claims: document.querySelector('[data-field="claims"]')?.textContent?.trim() ?? null,
    items: Array.from(document.querySelectorAll('[data-field="flagged"] li')).map((li) => {
      const button = li.querySelector('button');
      return {
        claimId: button?.getAttribute('data-claim-id') ?? null,
        verdict: li.className,
        text: li.querySelector('.text')?.textContent ?? '',
        details: li.querySelector('.details')?.textContent ?? '',
        disabled: button?.disabled ?? true,
      };
    }),
    outlets: document.querySelector('[data-field="outlets"]')?.textContent?.trim() ?? null,
  };
}

/**
 * Scrolls the range of `name` whose text contains `quote` to the middle of the viewport and
 * returns its line boxes (viewport coordinates), or null when no such range is painted.
 */
export function revealPainted(arg: { name: string; quote: string }): Array<{ left: number; top: number; right: number; bottom: number }> | null {
  const highlight = globalThis.CSS?.highlights?.get(arg.name);
  let found: Range | null = null;
  const quote = arg.quote.replace(/\s+/g, ' ').trim();
  highlight?.forEach((range) => {
    const text = range.toString().replace(/\s+/g, ' ').trim();
    if (!found && (text.includes(quote) || quote.includes(text))) found = range as Range;
  });
  if (!found) return null;
  const range = found as Range;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  return Array.from(range.getClientRects())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
}

/** Text of the keyboard-focus highlight's range, or null when nothing is focused. */
export function focusedText(name: string): string | null {
  const highlight = globalThis.CSS?.highlights?.get(name);
  let text: string | null = null;
  highlight?.forEach((range) => {
    text ??= range.toString();
  });
  return text;
}

export interface CardHits {
  /** Viewport rows (every 8 px down a column at x) where the card host is the topmost element. */
  rows: number[];
  /** Sentence points that the card covers. */
  coveredSentencePoints: number;
  /** What document.activeElement is: the card host when the card has focus. */
  activeTag: string | null;
}

/**
 * Where the card is drawn, seen from the page: the closed shadow root hides its inside, but
 * elementFromPoint still returns its host element wherever the card paints.
 */
export function cardHits(arg: { x: number; lines: Array<{ left: number; top: number; right: number; bottom: number }> }): CardHits {
  const host = 'CROSSCHECK-CARD';
  const rows: number[] = [];
  for (let y = 2; y < window.innerHeight; y += 8) {
    const columns = [arg.x, arg.x + 40, arg.x + 120];
    if (columns.some((x) => document.elementFromPoint(x, y)?.tagName === host)) rows.push(y);
  }
  let covered = 0;
  for (const line of arg.lines) {
    for (const fx of [0.1, 0.5, 0.9]) {
      const x = line.left + (line.right - line.left) * fx;
      const y = (line.top + line.bottom) / 2;
      if (document.elementFromPoint(x, y)?.tagName === host) covered++;
    }
  }
  return { rows, coveredSentencePoints: covered, activeTag: document.activeElement?.tagName ?? null };
}

/** Replaces window.alert in the page's main world with a recorder (for pages without one). */
export function installAlertRecorder(globalName: string): void {
  const w = window as unknown as Record<string, unknown>;
  if (Array.isArray(w[globalName])) return;
  const calls: string[] = [];
  w[globalName] = calls;
  window.alert = (message?: unknown) => {
    calls.push(String(message));
  };
}
