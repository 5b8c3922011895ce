/**
 * Loads of the page under test with the in-page probe: when highlights appear, the longest tasks
 * and timer-loop gaps, the background's step timings (Chromium worker), and one load under V8's
 * CPU profiler for the content script's own main-thread time.
 */
import { PAGES } from '../fixtures/facts';
import type { BenchBrowser } from './browser-launch';
import { PROBE_GLOBAL, PROBE_SCRIPT, probeSawVerdicts, stopProbe, type ProbeReading } from './browser-probes';
import { scriptTime, type ScriptTime } from './cpu-profile';

const VERDICT_TIMEOUT_MS = 30_000;
/** After verdicts appear: lets the last slices and the capture finish inside the measured window. */
export const TAIL_MS = 500;
const DCL_SLACK_MS = 5;
/** Baseline (no extension) window after load. */
const BASELINE_WINDOW_MS = 2_000;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function median(values: readonly number[]): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const top = (pairs: [number, number][]): [number, number][] =>
  pairs
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([at, ms]) => [Math.round(at), Math.round(ms)]);

const max = (values: readonly number[]): number => values.reduce((m, v) => Math.max(m, v), 0);

export interface PageRun {
  /** ms from the load event; null when not seen within the timeout. */
  loadToRead: number | null;
  loadToVerdicts: number | null;
  /** ms from DOMContentLoaded (the earliest a document_idle content script runs; Chromium may run it before load). */
  dclToRead: number | null;
  dclToVerdicts: number | null;
  /** ms from navigation start, for context. */
  domContentLoaded: number;
  load: number;
  /** The three longest tasks / gaps after DOMContentLoaded: [start or end relative to DOMContentLoaded, duration]. */
  topTasks: [number, number][];
  topGaps: [number, number][];
  loop: string;
  /** Longest task (Chromium longtask API) and longest timer-loop gap starting after DOMContentLoaded, to the end of the window. */
  longestTask: number | null;
  longestGap: number;
  /** The background's latest step timings for this page (Chromium worker only). */
  background: { extract: number | null; candidates: number | null; compare: number | null } | null;
  ranges: Record<string, number>;
}

type StepTimings = { extract: number | null; candidates: number | null; compare: number | null; startedAt: number | null };

/** The background's `crosscheck:*` measures (latest of each step) from the Chromium service worker. */
async function backgroundTimings(browser: BenchBrowser): Promise<StepTimings | null> {
  if (!browser.worker) return null;
  const [extract, candidates, compare] = await browser.worker.evaluate(() =>
    ['extract', 'candidates', 'compare'].map((name) => {
      const entry = performance.getEntriesByName(`crosscheck:${name}`).at(-1);
      return entry ? { duration: entry.duration, startTime: entry.startTime } : null;
    }),
  );
  return { extract: extract?.duration ?? null, candidates: candidates?.duration ?? null, compare: compare?.duration ?? null, startedAt: extract?.startTime ?? null };
}

/** One load of the page under test with the probe; waits for verdicts (or a fixed window without the extension). */
async function measurePageLoad(browser: BenchBrowser, url: string, expectVerdicts: boolean): Promise<PageRun> {
  const before = await backgroundTimings(browser);
  const page = await browser.newPage();
  try {
    await page.addInitScript(PROBE_SCRIPT);
    await page.goto(url);
    if (expectVerdicts) await page.waitFor(probeSawVerdicts, PROBE_GLOBAL, VERDICT_TIMEOUT_MS).catch(() => undefined);
    else await sleep(BASELINE_WINDOW_MS);
    await sleep(TAIL_MS);
    const reading: ProbeReading = await page.evaluate(stopProbe, PROBE_GLOBAL);
    const after = await backgroundTimings(browser);
    const fresh = after && after.startedAt !== null && after.startedAt !== before?.startedAt;
    // Work that starts after DOMContentLoaded (a document_idle content script never runs earlier);
    // the slack covers the timer loop's last tick before a task. Parsing that straddles it is the page's.
    const fromDcl = (start: number) => start >= reading.domContentLoaded - DCL_SLACK_MS;
    return {
      loadToRead: reading.read === null ? null : reading.read - reading.load,
      loadToVerdicts: reading.verdicts === null ? null : reading.verdicts - reading.load,
      dclToRead: reading.read === null ? null : reading.read - reading.domContentLoaded,
      dclToVerdicts: reading.verdicts === null ? null : reading.verdicts - reading.domContentLoaded,
      domContentLoaded: reading.domContentLoaded,
      load: reading.load,
      topTasks: top(reading.longtasks.filter((t) => fromDcl(t.start)).map((t) => [t.start - reading.domContentLoaded, t.duration])),
      topGaps: top(reading.gaps.filter((g) => fromDcl(g.end - g.gap)).map((g) => [g.end - g.gap - reading.domContentLoaded, g.gap])),
      loop: reading.loop,
      longestTask: reading.longtaskSupported ? max(reading.longtasks.filter((t) => fromDcl(t.start)).map((t) => t.duration)) : null,
      // A gap ending after DOMContentLoaded; minus the loop's own 4 ms timer clamp it is the busy time.
      longestGap: max(reading.gaps.filter((g) => fromDcl(g.end - g.gap)).map((g) => g.gap)),
      background: fresh ? { extract: after.extract, candidates: after.candidates, compare: after.compare } : null,
      ranges: reading.verdictRanges,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

const CONTENT_SCRIPT_URL = /^chrome-extension:\/\/[^/]+\/content-scripts\/content\.js$/;

export interface ProfiledLoad extends ScriptTime {
  samplingIntervalUs: number;
  loadToVerdicts: number | null;
}

/**
 * One more load of the page with V8's sampling profiler on (Chromium): the content script's own
 * main-thread time and its longest unbroken stretch. The tab first opens the fixture site's home
 * page so that the long read loads in the same renderer process as the profiler.
 */
export async function profiledLoad(browser: BenchBrowser, origin: string, url: string): Promise<ProfiledLoad | null> {
  const page = await browser.newPage();
  try {
    if (!page.cpuProfile) return null;
    await page.goto(`${origin}${PAGES.index.path}`);
    await page.addInitScript(PROBE_SCRIPT);
    const samplingIntervalUs = 200;
    await page.cpuProfile.start(samplingIntervalUs);
    await page.goto(url);
    await page.waitFor(probeSawVerdicts, PROBE_GLOBAL, VERDICT_TIMEOUT_MS).catch(() => undefined);
    await sleep(TAIL_MS);
    const profile = await page.cpuProfile.stop();
    const reading: ProbeReading = await page.evaluate(stopProbe, PROBE_GLOBAL);
    return {
      ...scriptTime(profile, (u) => CONTENT_SCRIPT_URL.test(u)),
      samplingIntervalUs,
      loadToVerdicts: reading.verdicts === null ? null : reading.verdicts - reading.load,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

export interface PageSummary {
  runs: number;
  verdictsSeen: number;
  loadToReadMedianMs: number | null;
  loadToVerdictsMedianMs: number | null;
  dclToReadMedianMs: number | null;
  dclToVerdictsMedianMs: number | null;
  loadMedianMs: number | null;
  longestTaskMaxMs: number | null;
  longestTaskMedianMs: number | null;
  longestGapMaxMs: number;
  longestGapMedianMs: number | null;
  candidatesMedianMs?: number | null;
  candidatesFirstMs?: number | null;
  extractMedianMs?: number | null;
  compareMedianMs?: number | null;
}

function summarise(runs: readonly PageRun[]): PageSummary {
  const numbers = (pick: (r: PageRun) => number | null | undefined) => runs.map(pick).filter((v): v is number => typeof v === 'number');
  const tasks = numbers((r) => r.longestTask);
  const summary: PageSummary = {
    runs: runs.length,
    verdictsSeen: runs.filter((r) => r.loadToVerdicts !== null).length,
    loadToReadMedianMs: median(numbers((r) => r.loadToRead)),
    loadToVerdictsMedianMs: median(numbers((r) => r.loadToVerdicts)),
    dclToReadMedianMs: median(numbers((r) => r.dclToRead)),
    dclToVerdictsMedianMs: median(numbers((r) => r.dclToVerdicts)),
    loadMedianMs: median(numbers((r) => r.load)),
    longestTaskMaxMs: tasks.length ? max(tasks) : null,
    longestTaskMedianMs: median(tasks),
    longestGapMaxMs: max(numbers((r) => r.longestGap)),
    longestGapMedianMs: median(numbers((r) => r.longestGap)),
  };
  if (runs.some((r) => r.background)) {
    summary.candidatesMedianMs = median(numbers((r) => r.background?.candidates));
    summary.candidatesFirstMs = runs[0]?.background?.candidates ?? null;
    summary.extractMedianMs = median(numbers((r) => r.background?.extract));
    summary.compareMedianMs = median(numbers((r) => r.background?.compare));
  }
  return summary;
}

export async function pageLoads(browser: BenchBrowser, url: string, runs: number, expectVerdicts: boolean): Promise<{ summary: PageSummary; runs: PageRun[] }> {
  const out: PageRun[] = [];
  for (let i = 0; i < runs; i++) {
    out.push(await measurePageLoad(browser, url, expectVerdicts));
    await sleep(300); // the previous visit's capture write settles in the background
  }
  return { summary: summarise(out), runs: out };
}
