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
