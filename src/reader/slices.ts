/** Cooperative slicing: long loops give the page's main thread back every few milliseconds. */

const BUDGET_MS = 8;

/**
 * Gives the main thread back to the page for one turn, as a MessageChannel message: a plain task
 * that neither browser defers while a page loads (timeouts and scheduler.yield from an extension
 * script were measured at seconds in Firefox).
 */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Maps items in order, yielding whenever the slice has used its budget. */
export async function mapInSlices<T, R>(items: readonly T[], fn: (item: T, index: number) => R, budgetMs = BUDGET_MS): Promise<R[]> {
  const out: R[] = [];
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    out.push(fn(items[i] as T, i));
    if (performance.now() - sliceStart > budgetMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return out;
}
