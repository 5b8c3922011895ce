/**
 * Browser benchmarks of the built extension in headless Chromium (MV3) and Firefox ESR (MV2), with
 * the real IndexedDB. No assertions: figures for reading and comparing runs.
 *   (a) candidate query time for one page (the background's `crosscheck:candidates` measure) with
 *       10k and 100k claims in the library, next to the raw IndexedDB cost of the same key lookups;
 *       import speed (claims/s) and bytes per claim on the way
 *   (b) page load → first highlights (every sentence anchored) and → verdict highlights on the
 *       3,700-word fixture article, 10k-claim library
 *   (c) the longest main-thread task while the content script reads: Chromium's longtask observer
 *       and, in both browsers, the longest gap of a timer loop (browser-probes.ts), each compared
 *       with the same page in the same browser without the extension; in Chromium also the content
 *       script's longest unbroken run in a V8 CPU profile
 *   (d) gzip sizes of the content script, background, popup and options bundles
 * Run: npx tsx tests/bench/browser.bench.ts [--quick] [--no-firefox] [--no-chromium] [--runs=N]
 * Results: tests/bench/results/browser.json
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DB_NAME } from '../../src/library/db';
import { PAGES } from '../fixtures/facts';
import { serveFixtures } from '../fixtures/server';
import { ingestDistractors, replicas, REPO, saveBundle, serveFolder, subset, type BundleFile, type BundleRecordJson, type FileServer } from './browser-bundles';
import { launchChromiumBench, launchFirefoxBench, snapshotBuild, type BenchBrowser } from './browser-launch';
import { median, pageLoads, profiledLoad, sleep, type PageRun, type PageSummary, type ProfiledLoad } from './browser-pageload';
import { countLibrary, importThroughOptions, rawLookups, type ImportReading, type LibraryCounts, type RawLookupReading } from './browser-probes';
import { bundleSizes, type FileSize } from './bundle-size';

/** Extra loads under the CPU profiler per library size (Chromium). */
const PROFILED_LOADS = 3;

export interface BrowserBenchOptions {
  chromiumBuild?: string;
  firefoxBuild?: string;
  /** Library sizes in claims for Chromium; Firefox uses the first (default 10k and 100k). */
  sizes?: number[];
  /** Long-read page loads per library size (default 5); baselines use max(3, runs - 2). */
  runs?: number;
  firefox?: boolean;
  chromium?: boolean;
  log?: (line: string) => void;
}

const OUTLET_PAGES = [PAGES.courier, PAGES.wire, PAGES.post];
const LONG_READ = PAGES.longRead;
export interface ImportFigures {
  bundleClaims: number;
  bundleArticles: number;
  bundleMB: number;
  seconds: number;
  validateSeconds: number | null;
  claimsPerSecond: number;
  /**
   * navigator.storage.estimate() usage delta / claims imported (extension origin), 1 s after the
   * import; the figure moves for a while after large writes, so bytesPerClaimLater reads it again
   * after the page loads (10 s or more later).
   */
  bytesPerClaim: number | null;
  bytesPerClaimLater?: number | null;
  usageBefore: number | null;
  libraryClaims: number;
  state: string;
  status: string;
}

async function openOptions(browser: BenchBrowser): Promise<Awaited<ReturnType<BenchBrowser['newPage']>>> {
  const page = await browser.newPage();
  await page.goto(`${browser.extensionBase}options.html`, false);
  await page.waitFor(() => document.documentElement.dataset.ready === '1', undefined, 20_000);
  return page;
}

async function importBundle(browser: BenchBrowser, bundle: BundleFile, files: FileServer): Promise<ImportFigures> {
  const options = await openOptions(browser);
  try {
    const url = `${files.origin}/${bundle.path.split('/').pop()}`;
    const r: ImportReading = await options.evaluate(importThroughOptions, { url, settleMs: 1_000 });
    const counts: LibraryCounts = await options.evaluate(countLibrary, { dbName: DB_NAME, urlPart: LONG_READ.path });
    const seconds = r.totalMs / 1000;
    return {
      bundleClaims: bundle.claims,
      bundleArticles: bundle.articles,
      bundleMB: r.bundleBytes / 2 ** 20,
      seconds,
      validateSeconds: r.validateMs === null ? null : r.validateMs / 1000,
      claimsPerSecond: bundle.claims / seconds,
      bytesPerClaim: r.usageAfter !== null && r.usageBefore !== null ? (r.usageAfter - r.usageBefore) / bundle.claims : null,
      usageBefore: r.usageBefore,
      libraryClaims: counts.claims,
      state: r.state,
      status: r.status,
    };
  } finally {
    await options.close().catch(() => undefined);
  }
}

async function libraryCounts(browser: BenchBrowser): Promise<LibraryCounts> {
  const options = await openOptions(browser);
  try {
    return await options.evaluate(countLibrary, { dbName: DB_NAME, urlPart: LONG_READ.path });
  } finally {
    await options.close().catch(() => undefined);
  }
}

/** Matches the library's default cap on postings read per key (src/library/queries.ts). */
const MAX_KEY_POSTINGS = 200;
const RAW_ROWS = 1_000;

async function rawFloorOf(browser: BenchBrowser, keys: string[]): Promise<RawLookupReading> {
  const options = await openOptions(browser);
  try {
    return await options.evaluate(rawLookups, { dbName: DB_NAME, keys, cap: MAX_KEY_POSTINGS, rowsToRead: RAW_ROWS, rounds: 3 });
  } finally {
    await options.close().catch(() => undefined);
  }
}

/** Reads the three other outlets' articles so the library holds what the long read agrees and differs with. */
async function visitOutlets(browser: BenchBrowser, origin: string): Promise<number> {
  const start = (await libraryCounts(browser)).articles;
  for (const outlet of OUTLET_PAGES) {
    const page = await browser.newPage();
    await page.goto(`${origin}${outlet.path}`);
    await page.waitFor(() => (CSS.highlights.get('crosscheck-read')?.size ?? 0) > 0, undefined, 20_000).catch(() => undefined);
    await sleep(700);
    await page.close();
  }
  const end = (await libraryCounts(browser)).articles;
  return end - start;
}

export interface BrowserFigures {
  label: string;
  libraries: Record<string, { import: ImportFigures; outletsCaptured?: number; pageClaims: number | null; pageKeys: number | null; rawFloor: RawLookupReading | null; profiled: ProfiledLoad[]; longRead: PageSummary; runs: PageRun[] }>;
  baseline: { longRead: PageSummary; runs: PageRun[] };
  longestTaskMethod: string;
}

async function benchOneBrowser(
  label: string,
  launch: (build: string | null) => Promise<BenchBrowser>,
  build: string,
  bundles: BundleFile[],
  servers: { fixtures: string; files: FileServer },
  runs: number,
  log: (line: string) => void,
): Promise<BrowserFigures> {
  const longReadUrl = `${servers.fixtures}${LONG_READ.path}`;
  const libraries: BrowserFigures['libraries'] = {};
  const browser = await launch(build);
  try {
    for (const [i, bundle] of bundles.entries()) {
      log(`${label}: importing ${bundle.claims} claims (${(bundle.bytes / 2 ** 20).toFixed(1)} MB)…`);
      const imported = await importBundle(browser, bundle, servers.files);
      log(`${label}: import ${imported.state} in ${imported.seconds.toFixed(1)} s; library ${imported.libraryClaims} claims`);
      const outletsCaptured = i === 0 ? await visitOutlets(browser, servers.fixtures) : undefined;
      const { summary, runs: pageRuns } = await pageLoads(browser, longReadUrl, runs, true);
      const profiled: ProfiledLoad[] = [];
      for (let p = 0; p < PROFILED_LOADS; p++) {
        const load = await profiledLoad(browser, servers.fixtures, longReadUrl);
        if (load) profiled.push(load);
      }
      const counts = await libraryCounts(browser);
      imported.bytesPerClaimLater =
        counts.usage !== null && imported.usageBefore !== null ? (counts.usage - imported.usageBefore) / (counts.claims - (imported.libraryClaims - imported.bundleClaims)) : null;
      const rawFloor = counts.pageKeyList.length ? await rawFloorOf(browser, counts.pageKeyList) : null;
      libraries[String(counts.claims)] = { import: imported, outletsCaptured, pageClaims: counts.pageClaims, pageKeys: counts.pageKeys, rawFloor, profiled, longRead: summary, runs: pageRuns };
      log(`${label}: library ${counts.claims} claims → load→verdicts median ${summary.loadToVerdictsMedianMs?.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
  }
  const plain = await launch(null);
  try {
    const { summary, runs: pageRuns } = await pageLoads(plain, longReadUrl, Math.max(3, runs - 2), false);
    return {
      label,
      libraries,
      baseline: { longRead: summary, runs: pageRuns },
      longestTaskMethod: browser.worker
        ? 'PerformanceObserver longtask (buffered) + longest setTimeout(0)-loop gap, from DOMContentLoaded to 500 ms after verdicts'
        : 'longest setTimeout(0)-loop gap (no longtask API), from DOMContentLoaded to 500 ms after verdicts',
    };
  } finally {
    await plain.close();
  }
}

export interface BuildIdentity {
  dir: string;
  /** When the build's manifest was written (builds change under a long session: which one was measured). */
  builtAt: string;
  gitHead: string | null;
}

function buildIdentity(dir: string): BuildIdentity {
  let gitHead: string | null = null;
  try {
    gitHead = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
  } catch {
    gitHead = null;
  }
  let builtAt = 'unknown';
  try {
    builtAt = statSync(join(dir, 'manifest.json')).mtime.toISOString();
  } catch {
    // a rebuild elsewhere removed it since the snapshot
  }
  return { dir, builtAt, gitHead };
}

export interface BrowserBenchResult {
  build: BuildIdentity;
  sizes: Record<string, FileSize>;
  chromium?: BrowserFigures;
  firefox?: BrowserFigures;
  skipped: string[];
  seconds: number;
}

async function makeBundles(dir: string, sizes: readonly number[]): Promise<BundleFile[]> {
  const records = ingestDistractors(join(dir, 'distractors.jsonl'));
  const files: BundleFile[] = [];
  let total = 0;
  for (const [i, size] of sizes.entries()) {
    const records_: BundleRecordJson[] = i === 0 ? subset(records, size) : replicas(records, size - total);
    const file = await saveBundle(join(dir, `library-${i}-${size}.jsonl`), records_);
    total += file.claims;
    files.push(file);
  }
  return files;
}

export async function benchBrowsers(opts: BrowserBenchOptions = {}): Promise<BrowserBenchResult> {
  const started = performance.now();
  const log = opts.log ?? ((line: string) => console.error(line));
  const sizes = opts.sizes ?? [10_000, 100_000];
  const runs = opts.runs ?? 5;
  const chromiumBuild = opts.chromiumBuild ?? join(REPO, '.output/chrome-mv3');
  const firefoxBuild = opts.firefoxBuild ?? join(REPO, '.output/firefox-mv2');
  const skipped: string[] = [];
  const work = mkdtempSync(join(tmpdir(), 'crosscheck-bench-bundles-'));
  const chromiumSnap = await snapshotBuild(chromiumBuild);
  const build = buildIdentity(chromiumBuild);
  const firefoxSnap = opts.firefox === false ? null : await snapshotBuild(firefoxBuild).catch((e: Error) => (skipped.push(`firefox: ${e.message}`), null));
  const fixtures = await serveFixtures();
  const files = await serveFolder(work);
  try {
    const result: BrowserBenchResult = { build, sizes: bundleSizes(chromiumSnap.dir), skipped, seconds: 0 };
    log(`building bundles (${sizes.join(', ')} claims) with crosscheck ingest…`);
    const bundles = await makeBundles(work, sizes);
    const servers = { fixtures: fixtures.origin, files };
    // One browser failing must not lose the other's figures: the failure is reported instead.
    const attempt = async (label: string, work: () => Promise<BrowserFigures>) =>
      work().catch((error: Error) => {
        skipped.push(`${label} failed: ${error.message.split('\n')[0]}`);
        log(`${label} failed: ${error.stack ?? error.message}`);
        return undefined;
      });
    if (opts.chromium !== false) result.chromium = await attempt('chromium-mv3', () => benchOneBrowser('chromium-mv3', launchChromiumBench, chromiumSnap.dir, bundles, servers, runs, log));
    if (firefoxSnap) {
      result.firefox = await attempt('firefox-mv2', () => benchOneBrowser('firefox-mv2', (b) => launchFirefoxBench(b), firefoxSnap.dir, bundles.slice(0, 1), servers, runs, log));
    } else if (opts.firefox === false) skipped.push('firefox: not asked for');
    result.seconds = (performance.now() - started) / 1000;
    return result;
  } finally {
    await files.close();
    await fixtures.close();
    chromiumSnap.remove();
    firefoxSnap?.remove();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The figures worth a row each, by name (the main bench records every numeric leaf of this). */
export function headlineFigures(result: BrowserBenchResult): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [key, size] of Object.entries(result.sizes)) {
    out[`bundle ${key} gzip KB`] = size.gzipBytes / 1024;
    out[`bundle ${key} raw KB`] = size.bytes / 1024;
  }
  for (const figures of [result.chromium, result.firefox]) {
    if (!figures) continue;
    for (const [claims, lib] of Object.entries(figures.libraries)) {
      const prefix = `${figures.label} ${claims} claims`;
      out[`${prefix} import claims/s`] = lib.import.claimsPerSecond;
      out[`${prefix} import s`] = lib.import.seconds;
      out[`${prefix} bytes/claim`] = lib.import.bytesPerClaim;
      out[`${prefix} bytes/claim (read again later)`] = lib.import.bytesPerClaimLater ?? null;
      out[`${prefix} page claims`] = lib.pageClaims;
      out[`${prefix} page distinct keys`] = lib.pageKeys;
      if (lib.rawFloor) {
        out[`${prefix} raw IDB: all key lookups ms`] = lib.rawFloor.keyLookupsMs;
        out[`${prefix} raw IDB: claims posted under rare keys`] = lib.rawFloor.postedClaims;
        out[`${prefix} raw IDB: read ${lib.rawFloor.rowsRead} claim rows ms`] = lib.rawFloor.rowReadsMs;
      }
      if (lib.longRead.candidatesMedianMs !== undefined) {
        out[`${prefix} candidates median ms`] = lib.longRead.candidatesMedianMs;
        out[`${prefix} candidates first ms`] = lib.longRead.candidatesFirstMs ?? null;
        out[`${prefix} bg extract median ms`] = lib.longRead.extractMedianMs ?? null;
        out[`${prefix} bg compare median ms`] = lib.longRead.compareMedianMs ?? null;
      }
      out[`${prefix} load→read median ms`] = lib.longRead.loadToReadMedianMs;
      out[`${prefix} load→verdicts median ms`] = lib.longRead.loadToVerdictsMedianMs;
      out[`${prefix} DCL→read median ms`] = lib.longRead.dclToReadMedianMs;
      out[`${prefix} DCL→verdicts median ms`] = lib.longRead.dclToVerdictsMedianMs;
      out[`${prefix} load event median ms`] = lib.longRead.loadMedianMs;
      out[`${prefix} verdict runs seen`] = lib.longRead.verdictsSeen;
      out[`${prefix} longest task median ms`] = lib.longRead.longestTaskMedianMs;
      out[`${prefix} longest task max ms`] = lib.longRead.longestTaskMaxMs;
      out[`${prefix} longest gap median ms`] = lib.longRead.longestGapMedianMs;
      out[`${prefix} longest gap max ms`] = lib.longRead.longestGapMaxMs;
      if (lib.profiled.length) {
        out[`${prefix} CPU profile: content script longest run median ms`] = median(lib.profiled.map((p) => p.longestRunMs));
        out[`${prefix} CPU profile: content script longest run max ms`] = Math.max(...lib.profiled.map((p) => p.longestRunMs));
        out[`${prefix} CPU profile: content script total median ms`] = median(lib.profiled.map((p) => p.totalMs));
      }
    }
    out[`${figures.label} no extension load event median ms`] = figures.baseline.longRead.loadMedianMs;
    out[`${figures.label} no extension longest task median ms`] = figures.baseline.longRead.longestTaskMedianMs;
    out[`${figures.label} no extension longest task max ms`] = figures.baseline.longRead.longestTaskMaxMs;
    out[`${figures.label} no extension longest gap median ms`] = figures.baseline.longRead.longestGapMedianMs;
    out[`${figures.label} no extension longest gap max ms`] = figures.baseline.longRead.longestGapMaxMs;
  }
  return out;
}

export function printFigures(figures: Record<string, number | null>): void {
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  for (const [name, value] of Object.entries(figures)) {
    const text = value === null ? 'n/a' : value >= 100 ? value.toFixed(0) : value.toFixed(2);
    console.log(`${name.padEnd(width)}  ${text.padStart(10)}`);
  }
}

export function saveResult(result: BrowserBenchResult): string {
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'browser.json');
  writeFileSync(file, JSON.stringify({ finished: new Date().toISOString(), figures: headlineFigures(result), ...result }, null, 1));
  return file;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const runsArg = args.find((a) => a.startsWith('--runs='));
  const result = await benchBrowsers({
    sizes: args.includes('--quick') ? [10_000] : [10_000, 100_000],
    firefox: !args.includes('--no-firefox'),
    chromium: !args.includes('--no-chromium'),
    ...(runsArg ? { runs: Number(runsArg.slice('--runs='.length)) } : {}),
  });
  printFigures(headlineFigures(result));
  if (result.skipped.length) console.log(`skipped: ${result.skipped.join('; ')}`);
  console.log(`build of ${result.build.builtAt} (HEAD ${result.build.gitHead?.slice(0, 7) ?? '?'})`);
  console.log(`\n${result.seconds.toFixed(0)} s; written ${saveResult(result)}`);
}
