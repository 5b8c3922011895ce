/**
 * Re-reads living pages: batched, debounced DOM changes (late article bodies, infinite scroll).
 * A page that never stops changing is still re-read at most once per `maxWaitMs`.
 */

export interface WatchOptions {
  debounceMs?: number;
  maxWaitMs?: number;
  /** Mutations inside these nodes (our own card) are not page changes. */
  ignore?: (node: Node) => boolean;
}

export function watchPage(doc: Document, onChange: () => void, options: WatchOptions = {}): () => void {
  const { debounceMs = 800, maxWaitMs = 4000, ignore = () => false } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChangeAt = 0;
  const fire = (): void => {
    timer = undefined;
    firstChangeAt = 0;
    onChange();
  };
  const observer = new MutationObserver((records) => {
    if (records.every((record) => ignore(record.target))) return;
    const now = Date.now();
    if (!firstChangeAt) firstChangeAt = now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(debounceMs, firstChangeAt + maxWaitMs - now)));
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
