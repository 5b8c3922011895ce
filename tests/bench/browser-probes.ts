/**
 * What the benchmarks run inside pages. The probe is plain JavaScript source (an init script that
 * runs in the page's main world before the page's own code); the other functions are passed to
 * page.evaluate, so they define no named inner functions (tsx's __name helper is not in the page).
 */

/** Global the probe lives under in the page. */
export const PROBE_GLOBAL = '__crosscheckBench';

/**
 * Installed before the page loads. A timer loop notes when the extension's highlights first appear
 * and every gap in the loop (the main thread was busy that long: the long-task measure that works
 * in Firefox too). The loop runs as user-blocking scheduler.postTask tasks (1 ms delay) where the
 * API exists: a plain setTimeout(0) loop is starved by the content script's scheduler.yield()
 * continuations (they run first), so its gaps would span a whole sliced reading, not one task.
 * In Chromium a buffered longtask PerformanceObserver also lists long tasks.
 */
export const PROBE_SCRIPT = `(() => {
  const VERDICTS = ['crosscheck-agree', 'crosscheck-differ', 'crosscheck-updated'];
  const post = typeof scheduler !== 'undefined' && typeof scheduler.postTask === 'function';
  const probe = { read: null, verdicts: null, gaps: [], longtasks: [], longtaskSupported: false, stopped: false, ticks: 0, loop: post ? 'scheduler.postTask(user-blocking, delay 1 ms)' : 'setTimeout(0)' };
  Object.defineProperty(window, '${PROBE_GLOBAL}', { value: probe, enumerable: false });
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    const gap = now - last;
    last = now;
    probe.ticks++;
    if (gap > 12) probe.gaps.push({ end: now, gap });
    const registry = typeof CSS !== 'undefined' && CSS.highlights ? CSS.highlights : null;
    if (registry) {
      if (probe.read === null && (registry.get('crosscheck-read')?.size ?? 0) > 0) probe.read = now;
      if (probe.verdicts === null && VERDICTS.some((name) => (registry.get(name)?.size ?? 0) > 0)) probe.verdicts = now;
    }
    if (!probe.stopped) next();
  };
  const next = post ? () => scheduler.postTask(tick, { priority: 'user-blocking', delay: 1 }) : () => setTimeout(tick, 0);
  next();
  try {
    if (!(PerformanceObserver.supportedEntryTypes || []).includes('longtask')) throw new Error('no longtask');
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const a = e.attribution && e.attribution[0];
        probe.longtasks.push({ start: e.startTime, duration: e.duration, name: e.name, container: a ? a.containerType + ':' + a.name : '' });
      }
    }).observe({ type: 'longtask', buffered: true });
    probe.longtaskSupported = true;
  } catch (error) {
    probe.longtaskSupported = false;
  }
})();`;

export interface ProbeReading {
  /** Page times (ms since navigation start). null: never seen. */
  read: number | null;
  verdicts: number | null;
  domContentLoaded: number;
  load: number;
  gaps: { end: number; gap: number }[];
  longtasks: { start: number; duration: number; name: string; container: string }[];
  longtaskSupported: boolean;
  ticks: number;
  loop: string;
  verdictRanges: Record<string, number>;
}

/** Stops the probe and returns what it saw (runs in the page). */
export function stopProbe(global: string): ProbeReading {
  const probe = (window as unknown as Record<string, Omit<ProbeReading, 'domContentLoaded' | 'load' | 'verdictRanges'> & { stopped: boolean }>)[global]!;
  probe.stopped = true;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const verdictRanges: Record<string, number> = {};
  for (const name of ['crosscheck-read', 'crosscheck-agree', 'crosscheck-differ', 'crosscheck-updated']) verdictRanges[name] = CSS.highlights?.get(name)?.size ?? 0;
  return {
    read: probe.read,
    verdicts: probe.verdicts,
    domContentLoaded: nav?.domContentLoadedEventEnd ?? 0,
    load: nav?.loadEventEnd ?? 0,
    gaps: probe.gaps,
    longtasks: probe.longtasks,
    longtaskSupported: probe.longtaskSupported,
    ticks: probe.ticks,
    loop: probe.loop,
    verdictRanges,
  };
}

/** True once the probe saw verdict highlights (runs in the page). */
export function probeSawVerdicts(global: string): boolean {
  const probe = (window as unknown as Record<string, { verdicts: number | null } | undefined>)[global];
  return probe !== undefined && probe.verdicts !== null;
}

export interface ImportReading {
  state: string;
  status: string;
  /** From the file input's change event to the status "done" (validate + write + library view). */
  totalMs: number;
  /** From the change event until the write phase began (validation pass). */
  validateMs: number | null;
  bundleBytes: number;
  usageBefore: number | null;
  usageAfter: number | null;
}

/**
 * Imports a bundle through the options page's own file input, as a user would (runs in the
 * options page): fetches the file, hands it to the input, waits for the import status.
 */
export async function importThroughOptions(arg: { url: string; settleMs: number }): Promise<ImportReading> {
  const blob = await (await fetch(arg.url)).blob();
  const file = new File([blob], 'bench-bundle.jsonl', { type: 'application/x-ndjson' });
  const input = document.querySelector('[data-testid="import-input"]') as HTMLInputElement;
  const status = document.querySelector('[data-testid="import-status"]') as HTMLElement;
  const progress = document.querySelector('[data-testid="import-progress"]') as HTMLElement | null;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  const usageBefore = (await navigator.storage.estimate()).usage ?? null;
  const started = performance.now();
  let writeAt: number | null = null;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (writeAt === null && progress?.dataset.phase === 'write') writeAt = performance.now();
    const state = status.dataset.state;
    if (state === 'done' || state === 'error') break;
  }
  const totalMs = performance.now() - started;
  // The quota manager updates its usage figure lazily; the bench reads it again much later too.
  await new Promise((resolve) => setTimeout(resolve, arg.settleMs));
  const usageAfter = (await navigator.storage.estimate()).usage ?? null;
  return {
    state: status.dataset.state ?? '',
    status: status.textContent ?? '',
    totalMs,
    validateMs: writeAt === null ? null : writeAt - started,
    bundleBytes: blob.size,
    usageBefore,
    usageAfter,
  };
}

export interface LibraryCounts {
  articles: number;
  claims: number;
  /** Claims stored for the article whose URL contains `urlPart` (the page under test). */
  pageClaims: number | null;
  /** Distinct retrieval keys over those claims (one index lookup each). */
  pageKeys: number | null;
  pageKeyList: string[];
  /** navigator.storage.estimate().usage of the extension's origin. */
  usage: number | null;
}

/** Counts rows straight from the extension's IndexedDB (runs in an extension page). */
export async function countLibrary(arg: { dbName: string; urlPart: string }): Promise<LibraryCounts> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(arg.dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const tx = db.transaction(['articles', 'claims'], 'readonly');
    const articles = await new Promise<number>((resolve, reject) => {
      const r = tx.objectStore('articles').count();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const claims = await new Promise<number>((resolve, reject) => {
      const r = tx.objectStore('claims').count();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const pageId = await new Promise<string | null>((resolve, reject) => {
      const r = tx.objectStore('articles').openCursor();
      r.onsuccess = () => {
        const cursor = r.result;
        if (!cursor) return resolve(null);
        const row = cursor.value as { id: string; url: string };
        if (row.url.includes(arg.urlPart)) return resolve(row.id);
        cursor.continue();
      };
      r.onerror = () => reject(r.error);
    });
    const pageKeyLists =
      pageId === null
        ? null
        : await new Promise<string[][]>((resolve, reject) => {
            const r = tx.objectStore('claims').index('articleId').getAll(pageId);
            r.onsuccess = () => resolve((r.result as { keys: string[] }[]).map((c) => c.keys));
            r.onerror = () => reject(r.error);
          });
    const pageClaims = pageKeyLists ? pageKeyLists.length : null;
    const pageKeyList = pageKeyLists ? [...new Set(pageKeyLists.flat())] : [];
    const pageKeys = pageKeyLists ? pageKeyList.length : null;
    const usage = (await navigator.storage.estimate()).usage ?? null;
    return { articles, claims, pageClaims, pageKeys, pageKeyList, usage };
  } finally {
    db.close();
  }
}

export interface RawLookupReading {
  keys: number;
  /** All key lookups (index getAllKeys, `cap` + 1 ids each), issued together in one read transaction. */
  keyLookupsMs: number;
  /** Distinct claim ids over keys with at most `cap` postings (those the library ranks). */
  postedClaims: number;
  /** Reading the first `rowsToRead` of those claim rows by id, in one read transaction. */
  rowsRead: number;
  rowReadsMs: number;
}

/**
 * The floor under the library's candidate query: the same index lookups and row reads done with
 * the raw IndexedDB API, no ranking (runs in an extension page; best of `rounds`).
 */
export async function rawLookups(arg: { dbName: string; keys: string[]; cap: number; rowsToRead: number; rounds: number }): Promise<RawLookupReading> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(arg.dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    let keyLookupsMs = Infinity;
    let rowReadsMs = Infinity;
    let posted: string[] = [];
    for (let round = 0; round < arg.rounds; round++) {
      const index = db.transaction('claims', 'readonly').objectStore('claims').index('keys');
      const started = performance.now();
      const lists = await Promise.all(
        arg.keys.map(
          (key) =>
            new Promise<IDBValidKey[]>((resolve, reject) => {
              const r = index.getAllKeys(IDBKeyRange.only(key), arg.cap + 1);
              r.onsuccess = () => resolve(r.result);
              r.onerror = () => reject(r.error);
            }),
        ),
      );
      keyLookupsMs = Math.min(keyLookupsMs, performance.now() - started);
      posted = [...new Set(lists.filter((list) => list.length <= arg.cap).flat() as string[])];
    }
    const ids = posted.slice(0, arg.rowsToRead);
    for (let round = 0; round < arg.rounds; round++) {
      const store = db.transaction('claims', 'readonly').objectStore('claims');
      const started = performance.now();
      await Promise.all(
        ids.map(
          (id) =>
            new Promise<unknown>((resolve, reject) => {
              const r = store.get(id);
              r.onsuccess = () => resolve(r.result);
              r.onerror = () => reject(r.error);
            }),
        ),
      );
      rowReadsMs = Math.min(rowReadsMs, performance.now() - started);
    }
    return { keys: arg.keys.length, keyLookupsMs, postedClaims: posted.length, rowsRead: ids.length, rowReadsMs };
  } finally {
    db.close();
  }
}
