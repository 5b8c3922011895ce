/**
 * Library benchmark (fake-indexeddb in Node): candidate query time for one page at 10k and 100k
 * claims, import speed, re-extraction (refresh) speed on the storage side, bytes per claim. Run: npx tsx tests/bench/library.bench.ts
 * Synthetic library: keys drawn Zipf-like per family (a few very common keys, many rare ones).
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { pathToFileURL } from 'node:url';
import type { Article, Claim } from '../../src/core/model';
import { captureArticle, candidatesForPage, headerLine, importBundle, openLibrary, recordLine, refreshClaims, type LibraryDb } from '../../src/library';

export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zipf(s≈1) rank in [0, n): rank r drawn with probability ∝ 1/(r+1). */
function zipf(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1)) - 1));
}

const FAMILIES = [
  { prefix: 'n:name', vocab: 30_000, perClaim: [1, 3] },
  { prefix: 'l:lemma', vocab: 6_000, perClaim: [2, 4] },
  { prefix: 'u:noun', vocab: 300, perClaim: [0, 1] },
  { prefix: 'd:month', vocab: 120, perClaim: [0, 1] },
] as const;

export function keysFor(random: () => number): string[] {
  const keys = new Set<string>();
  for (const { prefix, vocab, perClaim } of FAMILIES) {
    const count = perClaim[0] + Math.floor(random() * (perClaim[1] - perClaim[0] + 1));
    for (let i = 0; i < count; i++) keys.add(`${prefix}${zipf(random, vocab)}`);
  }
  return [...keys];
}

function syntheticClaim(random: () => number, articleId: string, index: number): Claim {
  const start = index * 180;
  const text = 'x'.repeat(120 + Math.floor(random() * 80));
  return {
    id: `${articleId}:${start}`, articleId, start, end: start + text.length, text,
    slots: {
      quantities: random() < 0.4 ? [{ raw: 'at least 12', start: 10, end: 21, value: 12, low: 12, high: Number.MAX_SAFE_INTEGER, hedge: 'at-least', unit: null, noun: 'people', role: 'kill' }] : [],
      dates: random() < 0.4 ? [{ raw: 'on Monday', start: 30, end: 39, from: '2024-01-22', to: '2024-01-23', granularity: 'day', relative: true, zone: null }] : [],
      names: [{ raw: 'Someone Name', start: 0, end: 12, canonical: 'someone name', kind: 'person' }],
      quotes: [],
    },
    predicates: ['kill'], keys: keysFor(random), polarity: 'positive', attribution: null, checkworthiness: Math.round(random() * 100) / 100,
  };
}

function syntheticArticle(random: () => number, n: number): Article {
  const id = `art${String(n).padStart(7, '0')}`;
  const fp = Array.from({ length: 16 }, () => Math.floor(random() * 16).toString(16)).join('');
  return {
    id, url: `https://site${n % 50}.test/${id}`, canonicalUrl: `https://site${n % 50}.test/${id}`, site: `site${n % 50}.test`,
    title: `Title ${n}`, byline: null, publishedAt: '2024-01-01', capturedAt: '2024-01-02T00:00:00Z', origin: 'imported',
    text: 'w '.repeat(1500), textHash: id, fingerprint: fp,
  };
}

const CLAIMS_PER_ARTICLE = 20;

export function* bundleLines(totalClaims: number, seed: number): Generator<string> {
  const random = rng(seed);
  const articles = Math.ceil(totalClaims / CLAIMS_PER_ARTICLE);
  yield headerLine({ articles, claims: articles * CLAIMS_PER_ARTICLE });
  for (let n = 0; n < articles; n++) {
    const article = syntheticArticle(random, n);
    yield recordLine(article, Array.from({ length: CLAIMS_PER_ARTICLE }, (_, i) => syntheticClaim(random, article.id, i)));
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function pageQueryMs(db: LibraryDb, pages: number): Promise<{ medianMs: number; candidates: number }> {
  const random = rng(777);
  const times: number[] = [];
  let candidates = 0;
  for (let p = 0; p < pages + 1; p++) {
    const pageClaims = Array.from({ length: 40 }, () => ({ keys: keysFor(random) }));
    const t0 = performance.now();
    const result = await candidatesForPage(db, pageClaims, { page: { id: 'page', fingerprint: '0123456789abcdef' } });
    if (p > 0) times.push(performance.now() - t0); // the first run warms up
    candidates += result.claims.length;
  }
  return { medianMs: Math.round(median(times) * 10) / 10, candidates: Math.round(candidates / (pages + 1)) };
}

/** One page captured into the library: dominated by the scan of stored fingerprints for copies. */
async function captureMedianMs(db: LibraryDb, runs: number): Promise<number> {
  const random = rng(99);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const article = { ...syntheticArticle(random, 9_000_000 + i), origin: 'visited' as const };
    const claims = Array.from({ length: CLAIMS_PER_ARTICLE }, (_, k) => syntheticClaim(random, article.id, k));
    const t0 = performance.now();
    await captureArticle(db, article, claims);
    times.push(performance.now() - t0);
  }
  return Math.round(median(times) * 10) / 10;
}

/**
 * Re-extraction of a whole library after an engine change, storage side only: the stand-in
 * extractor returns ready claims (the engine's own extraction time per article is the extract bench's).
 */
async function refreshArticlesPerSecond(db: LibraryDb): Promise<number> {
  const random = rng(5);
  const extract = (a: Article) => Array.from({ length: CLAIMS_PER_ARTICLE }, (_, i) => syntheticClaim(random, a.id, i));
  const t0 = performance.now();
  const articles = await refreshClaims(db, extract, 1, { force: true });
  return Math.round(articles / ((performance.now() - t0) / 1000));
}

async function libraryOf(claims: number): Promise<{ db: LibraryDb; importSeconds: number }> {
  const db = openLibrary(`bench-${claims}-${Math.random()}`, { indexedDB, IDBKeyRange });
  const t0 = performance.now();
  await importBundle(db, () => bundleLines(claims, 42));
  return { db, importSeconds: (performance.now() - t0) / 1000 };
}

export async function benchLibrary(sizes: readonly number[] = [10_000, 100_000]): Promise<object> {
  const random = rng(1);
  const sample = Array.from({ length: 1000 }, (_, i) => syntheticClaim(random, 'art0000001', i));
  const bytesPerClaim = Math.round(sample.reduce((sum, c) => sum + JSON.stringify(c).length, 0) / sample.length);
  const perSize: Record<string, object> = {};
  for (const claims of sizes) {
    const { db, importSeconds } = await libraryOf(claims);
    const query = await pageQueryMs(db, 10);
    const captureMs = await captureMedianMs(db, 5);
    const refreshPerSecond = await refreshArticlesPerSecond(db);
    perSize[String(claims)] = {
      importSeconds: Math.round(importSeconds * 10) / 10,
      importClaimsPerSecond: Math.round(claims / importSeconds),
      pageQueryMedianMs: query.medianMs,
      candidatesPerPage: query.candidates,
      captureMedianMs: captureMs,
      refreshArticlesPerSecond: refreshPerSecond,
    };
    await db.delete();
  }
  return { store: 'fake-indexeddb (Node)', pageClaims: 40, bytesPerClaimJson: bytesPerClaim, sizes: perSize };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log(JSON.stringify(await benchLibrary(sizes.length ? sizes : undefined), null, 2));
}
