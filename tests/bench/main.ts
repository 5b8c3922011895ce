/**
 * `npm run bench`: speed and memory of the engine, printed as a small table and written to
 * tests/bench/results/latest.json. No assertions: figures are for reading and comparing runs.
 *   - extraction throughput (extract.bench.ts when present, else a plain loop over the corpus)
 *   - eval wall time on seeds + dev gold with the distractors as library
 *   - retrieval + comparison cost per page claim at library sizes 1k / 10k / 100k claims, the
 *     corpus repeated (matches grow with the copies) and with the copies made other stories
 *   - the library (IndexedDB) benchmark of library.bench.ts when present
 *   - heap used after each stage (after a forced GC)
 *   - the built extension in headless Chromium and Firefox (browser.bench.ts): real IndexedDB
 *     query and import, page load → highlights, longest task, bundle sizes; skipped without
 *     .output/chrome-mv3 or with --no-browser
 * `npm run bench -- --quick` keeps library sizes at 10k claims at most.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { libraryArticles, nodeEngine, runEval } from '../../src/cli/eval';
import { extractAll, type ExtractedArticle } from '../../src/core/eval/pipeline';
import type { Claim } from '../../src/core/model';

const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
const corpusDir = join(shared, 'corpus');
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));

type Row = { bench: string; figure: string; value: number; unit: string };
const rows: Row[] = [];
const extra: Record<string, unknown> = {};

function record(bench: string, figure: string, value: number, unit: string): void {
  rows.push({ bench, figure, value, unit });
}

// A GC before each heap reading, without needing node's --expose-gc flag on the command line.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const quick = process.argv.includes('--quick');

function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

const UNITS: Record<string, string> = { seconds: 's', perSecond: 'articles/s', importSeconds: 's', importClaimsPerSecond: 'claims/s', pageQueryMedianMs: 'ms', captureMedianMs: 'ms', bytesPerClaimJson: 'B' };

/** Numeric leaves of a benchmark's result object as rows ("sizes.10000.importSeconds"). */
function recordNumbers(bench: string, value: unknown, path = ''): void {
  if (typeof value === 'number') record(bench, path, value, UNITS[path.split('.').pop() ?? ''] ?? '');
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) recordNumbers(bench, v, path ? `${path}.${k}` : k);
  }
}

async function optionalBench(file: string, exportName: string, args: unknown[]): Promise<unknown> {
  const path = fileURLToPath(new URL(file, import.meta.url));
  if (!existsSync(path)) return undefined;
  const mod = (await import(path)) as Record<string, unknown>;
  const fn = mod[exportName];
  return typeof fn === 'function' ? await (fn as (...a: unknown[]) => unknown)(...args) : undefined;
}

async function extraction(articles: ExtractedArticle[]): Promise<void> {
  const result = await optionalBench('./extract.bench.ts', 'benchExtraction', []);
  if (result !== undefined) {
    extra.extraction = result;
    recordNumbers('extract (extract.bench.ts)', result);
    return;
  }
  // Fallback: time extraction over the articles already read, a few rounds, best round kept.
  const words = articles.reduce((n, a) => n + a.body.split(/\s+/).length, 0);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const t = performance.now();
    extractAll(articles, nodeEngine);
    best = Math.min(best, performance.now() - t);
  }
  record('extract', 'articles/s', (articles.length / best) * 1000, '/s');
  record('extract', 'words/s', (words / best) * 1000, '/s');
  record('extract', 'ms/article', best / articles.length, 'ms');
}

async function evalWallTime(): Promise<void> {
  const t = performance.now();
  const run = await runEval({ gold: [join(corpusDir, 'gold')], corpus: corpusDir, library: [join(corpusDir, 'distractors')] });
  const total = performance.now() - t;
  record('eval seeds+dev, distractor library', 'articles', run.articles.gold + run.articles.library, '');
  record('eval seeds+dev, distractor library', 'claims', run.articles.claims, '');
  record('eval seeds+dev, distractor library', 'extract', run.timings.extractMs, 'ms');
  record('eval seeds+dev, distractor library', 'compare', run.timings.compareMs, 'ms');
  record('eval seeds+dev, distractor library', 'score', run.timings.scoreMs, 'ms');
  record('eval seeds+dev, distractor library', 'total incl. reading', total, 'ms');
  record('eval seeds+dev, distractor library', 'heap after', heapMb(), 'MB');
  extra.eval = {
    mention_recall: run.result.mention_recall,
    link_recall: run.result.link_recall,
    verdicts: run.result.verdicts,
    false_differ: run.result.false_differ,
    unrelated_linked: run.result.unrelated_linked,
    cross_story_links: run.result.cross_story_links,
  };
}

/** Fastest of n runs, in ms: the least disturbed by other load on the machine. */
function bestOf(n: number, run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** The claim as another story would word it: its names and keys carry a tag no page claim has. */
function otherStory(c: Claim, tag: string): Claim {
  const names = c.slots.names.map((n) => ({ ...n, canonical: `${n.canonical} ${tag}` }));
  return { ...c, keys: c.keys.map((k) => `${k}${tag}`), slots: { ...c.slots, names } };
}

/**
 * `size` claims: the corpus claims repeated, each copy under new claim and article ids. With
 * `unrelated`, copies after the first are other stories (no key in common with the pages): the
 * library grows without adding matches, which is what "flat as the library grows" is about.
 */
function syntheticLibrary(source: ExtractedArticle[], size: number, unrelated = false): { claim: Claim; ref: ExtractedArticle['ref'] }[] {
  const out: { claim: Claim; ref: ExtractedArticle['ref'] }[] = [];
  for (let copy = 0; out.length < size; copy++) {
    for (const a of source) {
      const ref = { ...a.ref, id: `${a.ref.id}#${copy}` };
      for (const c of a.claims) {
        if (out.length >= size) break;
        const claim = unrelated && copy > 0 ? otherStory(c, `zq${copy}`) : c;
        out.push({ claim: { ...claim, id: `${c.id}#${copy}`, articleId: ref.id }, ref });
      }
    }
  }
  return out;
}

async function retrieval(library: ExtractedArticle[], pages: ExtractedArticle[], unrelated = false): Promise<void> {
  const probeClaims = pages.reduce((n, p) => n + p.claims.length, 0);
  for (const size of quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]) {
    const before = heapMb();
    const index = nodeEngine.newIndex();
    const entries = syntheticLibrary(library, size, unrelated);
    const t = performance.now();
    for (const { claim, ref } of entries) nodeEngine.addToIndex(index, claim, ref);
    const buildMs = performance.now() - t;
    const heap = heapMb() - before;
    let candidates = 0;
    const retrieveMs = bestOf(3, () => {
      candidates = 0;
      for (const page of pages) for (const c of page.claims) candidates += index.candidates(c, { limit: 50, excludeArticleIds: [`${page.ref.id}@probe`] }).length;
    });
    let findings = 0;
    const checkMs = bestOf(3, () => {
      findings = 0;
      for (const page of pages) findings += nodeEngine.crossCheck(page.claims, { ...page.ref, id: `${page.ref.id}@probe` }, index).length;
    });
    const label = `library ${size / 1000}k claims${unrelated ? ', copies unrelated' : ''}`;
    record(label, 'index build', buildMs, 'ms');
    record(label, 'retrieval per page claim', retrieveMs / probeClaims, 'ms');
    record(label, 'candidates per page claim', candidates / probeClaims, '');
    record(label, 'cross-check per page claim', checkMs / probeClaims, 'ms');
    record(label, 'findings per page claim', findings / probeClaims, '');
    record(label, 'heap: claims + index', heap, 'MB');
  }
}

/** The browser benchmarks, when there is a Chromium build to load and they are not turned off. */
async function browsers(): Promise<void> {
  const build = fileURLToPath(new URL('../../.output/chrome-mv3/manifest.json', import.meta.url));
  if (process.argv.includes('--no-browser')) return void console.log('browser benchmarks skipped: --no-browser');
  if (!existsSync(build)) return void console.log('browser benchmarks skipped: no .output/chrome-mv3 (run `npm run build` first)');
  const mod = await import('./browser.bench');
  const result = await mod.benchBrowsers({ sizes: quick ? [10_000] : [10_000, 100_000] });
  extra.browser = result;
  recordNumbers('browser (browser.bench.ts)', mod.headlineFigures(result));
  for (const reason of result.skipped) console.log(`browser benchmarks: ${reason}`);
  console.log(`browser benchmarks written to ${mod.saveResult(result)}`);
}

/** A deterministic shuffle key. */
function spread(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

function printTable(): void {
  const w = Math.max(...rows.map((r) => r.bench.length));
  const f = Math.max(...rows.map((r) => r.figure.length));
  for (const r of rows) {
    const v = r.value >= 100 ? r.value.toFixed(0) : r.value.toFixed(3);
    console.log(`${r.bench.padEnd(w)}  ${r.figure.padEnd(f)}  ${v.padStart(10)} ${r.unit}`);
  }
}

async function main(): Promise<void> {
  const started = new Date().toISOString();
  record('process', 'heap at start', heapMb(), 'MB');
  const seeds = await libraryArticles([join(corpusDir, 'seeds'), join(corpusDir, 'dev')]);
  const distractors = await libraryArticles([join(corpusDir, 'distractors')]);
  const pages = extractAll(seeds, nodeEngine);
  await extraction(pages);
  await evalWallTime();
  // Library copies mix the distractors with the probe pages' own claims, so probes find matches.
  const mixed = [...extractAll(distractors, nodeEngine), ...pages].sort((a, b) => spread(a.ref.id) - spread(b.ref.id));
  await retrieval(mixed, pages);
  // The same sizes where the copies beyond the corpus are other stories: cost as unrelated claims pile up.
  await retrieval(mixed, pages, true);
  const library = await optionalBench('./library.bench.ts', 'benchLibrary', quick ? [[10_000]] : []);
  if (library !== undefined) {
    extra.library = library;
    recordNumbers('library store (library.bench.ts)', library);
  }
  await browsers();
  record('process', 'heap at end', heapMb(), 'MB');
  printTable();
  mkdirSync(resultsDir, { recursive: true });
  const out = join(resultsDir, 'latest.json');
  writeFileSync(out, JSON.stringify({ started, node: process.version, rows, ...extra }, null, 1));
  console.log(`\nwritten ${out}`);
}

await main();
