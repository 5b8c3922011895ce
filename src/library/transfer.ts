/**
 * Bundles in and out of the library (Dexie side; the format is in ./bundle).
 *
 * Import is all-or-nothing and streamed, reading the source twice:
 *   1. validate: parse and check every line, keeping only counts and article ids;
 *   2. write: parse again and write chunk by chunk inside ONE rw transaction, kept open across
 *      the source's reads with Dexie.waitFor. Any failure (a line that changed since pass 1, quota)
 *      aborts that transaction, so the library is unchanged.
 * So a 100k-claim bundle is never held in memory: one chunk at a time (the browser's own
 * transaction journal aside). The caller passes a factory that opens the lines afresh, e.g.
 * `() => linesOf(file.stream())`, or a string.
 */
import Dexie from 'dexie';
import type { Claim } from '../core/model';
import { BundleError, headerLine, linesOf, parseBundle, recordLine, type BundleItem, type BundleRecord } from './bundle';
import { loadCopyIndex, type CopyIndex } from './copies';
import type { LibraryDb } from './db';
import { guardQuota } from './errors';
import { forgetCommonKeys } from './queries';
import { toModelArticle } from './rows';

export type BundleSource = string | (() => AsyncIterable<string> | Iterable<string>);

export interface ImportProgress {
  phase: 'validate' | 'write';
  /** Lines done so far in this phase (header included). */
  lines: number;
  /** Header line plus one line per article, once the header is read. */
  totalLines?: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Records written per chunk, bounded by claims (default 2000 claims). */
  chunkClaims?: number;
  /** Emit a progress event every this many lines (default 100). */
  progressEvery?: number;
}

export interface ImportResult {
  articles: number;
  claims: number;
  /** Articles that were already in the library (same id) and were replaced. */
  replaced: number;
}

function open(source: BundleSource): AsyncIterable<string> | Iterable<string> {
  return typeof source === 'string' ? linesOf(source) : source();
}

/** Validates and then writes a bundle; rejects with a BundleError (line, reason) leaving the library unchanged. */
export async function importBundle(db: LibraryDb, source: BundleSource, opts: ImportOptions = {}): Promise<ImportResult> {
  const { onProgress, chunkClaims = 2000, progressEvery = 100 } = opts;
  const report = (phase: ImportProgress['phase'], lines: number, totalLines: number | undefined, force = false) => {
    if (onProgress && (force || lines % progressEvery === 0)) onProgress(totalLines === undefined ? { phase, lines } : { phase, lines, totalLines });
  };

  // Pass 1: validate everything, keep nothing but counts.
  let totalLines: number | undefined;
  let claimsBy: number | undefined;
  let lines = 0;
  for await (const item of parseBundle(open(source))) {
    lines++;
    if ('header' in item) {
      totalLines = item.header.articles + 1;
      claimsBy = item.header.extractor;
    }
    report('validate', lines, totalLines);
  }
  report('validate', lines, totalLines, true);

  // Pass 2: write in one transaction, chunk by chunk. Replaced articles may make keys rarer.
  forgetCommonKeys(db);
  return guardQuota(() =>
    db.transaction('rw', db.articles, db.claims, async () => {
      const copies = await loadCopyIndex(db);
      const items = parseBundle(open(source))[Symbol.asyncIterator]();
      const result: ImportResult = { articles: 0, claims: 0, replaced: 0 };
      let written = 0;
      for (;;) {
        const { records, headerSeen, done } = await Dexie.waitFor(nextChunk(items, chunkClaims));
        written += records.length + (headerSeen ? 1 : 0);
        if (records.length) {
          await writeChunk(db, copies, records, result, claimsBy);
          report('write', written, totalLines, true);
        }
        if (done) break;
      }
      if (result.articles + 1 !== totalLines) throw new BundleError(written, 'the bundle changed between validation and writing');
      report('write', written, totalLines, true);
      return result;
    }),
  );
}

async function nextChunk(items: AsyncIterator<BundleItem>, maxClaims: number): Promise<{ records: BundleRecord[]; headerSeen: boolean; done: boolean }> {
  const records: BundleRecord[] = [];
  let claims = 0;
  let headerSeen = false;
  while (claims < maxClaims && records.length < 500) {
    const next = await items.next();
    if (next.done) return { records, headerSeen, done: true };
    if ('header' in next.value) headerSeen = true;
    else {
      records.push(next.value.record);
      claims += next.value.record.claims.length;
    }
  }
  return { records, headerSeen, done: false };
}

async function writeChunk(db: LibraryDb, copies: CopyIndex, records: readonly BundleRecord[], result: ImportResult, claimsBy: number | undefined): Promise<void> {
  const ids = records.map((r) => r.article.id);
  result.replaced += (await db.articles.where('id').anyOf(ids).primaryKeys()).length;
  await db.claims.where('articleId').anyOf(ids).delete();
  const rows = records.map(({ article }) => {
    const copyOf = copies.rootFor(article.id, article.fingerprint);
    copies.add(article.id, article.fingerprint, copyOf);
    return claimsBy === undefined ? { ...article, copyOf } : { ...article, copyOf, claimsBy };
  });
  const claims = records.flatMap((r) => r.claims);
  await db.articles.bulkPut(rows);
  await db.claims.bulkPut(claims);
  result.articles += rows.length;
  result.claims += claims.length;
}

export interface ExportOptions {
  /** Only this outlet's articles. */
  site?: string;
  /** Articles read per transaction (default 100). */
  chunkArticles?: number;
  createdAt?: Date;
}

function byPosition(a: Claim, b: Claim): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The library (or one outlet) as bundle lines, header first, articles by id. Reads in small
 * transactions; throws if the library changed during the export so that the header's counts no
 * longer hold (the caller retries), rather than writing a bundle that import would reject.
 */
export async function* exportBundle(db: LibraryDb, opts: ExportOptions = {}): AsyncGenerator<string> {
  const { site, chunkArticles = 100 } = opts;
  const { ids, claimCount } = await db.transaction('r', db.articles, db.claims, async () => {
    const ids = (site === undefined
      ? await db.articles.toCollection().primaryKeys()
      : await db.articles.where('site').equals(site).primaryKeys()) as string[];
    const claimCount = site === undefined ? await db.claims.count() : await db.claims.where('articleId').anyOf(ids).count();
    return { ids: ids.sort(), claimCount };
  });
  yield headerLine({ articles: ids.length, claims: claimCount }, opts.createdAt);
  let articles = 0;
  let claims = 0;
  for (let i = 0; i < ids.length; i += chunkArticles) {
    const chunk = ids.slice(i, i + chunkArticles);
    const [rows, claimRows] = await db.transaction('r', db.articles, db.claims, () =>
      Promise.all([db.articles.bulkGet(chunk), db.claims.where('articleId').anyOf(chunk).toArray()]),
    );
    const claimsOf = new Map<string, Claim[]>();
    for (const claim of claimRows) claimsOf.set(claim.articleId, [...(claimsOf.get(claim.articleId) ?? []), claim]);
    const lines: string[] = [];
    for (const row of rows) {
      if (!row) continue;
      const own = (claimsOf.get(row.id) ?? []).sort(byPosition);
      articles++;
      claims += own.length;
      lines.push(recordLine(toModelArticle(row), own));
    }
    yield* lines;
  }
  if (articles !== ids.length || claims !== claimCount) throw new Error('the library changed during the export; export again');
}
