/**
 * `crosscheck ingest SOURCE... --out FILE`: builds a library bundle outside the browser. A SOURCE is
 * an article file (.txt with an optional header block, .html) or a folder searched recursively.
 * Records are streamed to a side file while claims are extracted, then the header (which needs the
 * counts) is written first and the records copied after it, so memory holds one article at a time.
 */
import { createReadStream, createWriteStream, statSync, unlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractClaims, EXTRACTOR_VERSION } from '../core/claims';
import { withRetrievalKeys } from '../core/compare';
import { fingerprint } from '../core/dedup';
import { hashHex } from '../core/hash';
import type { Article, Claim } from '../core/model';
import { headerLine, recordLine } from '../library/bundle';
import { listFiles } from './corpus';
import { loadArticleFile, type LoadedArticle } from './load';

const USAGE = 'usage: crosscheck ingest SOURCE... --out FILE   (SOURCE: article file or folder of .txt/.html)\n';
const ARTICLE_SUFFIXES = ['.txt', '.html', '.htm'];

type Write = (text: string) => void;

export interface IngestSummary {
  articles: number;
  claims: number;
  skipped: number;
  seconds: number;
}

/** Every article file named by the sources, folders expanded recursively, in a stable order. */
export function articleFiles(sources: readonly string[]): string[] {
  const files = sources.flatMap((source) => (statSync(source).isDirectory() ? listFiles(source, ARTICLE_SUFFIXES) : [source]));
  return [...new Set(files.map((f) => resolve(f)))];
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** A loaded file as a library Article: id from the canonical URL (the file's URL when it has none). */
export function toLibraryArticle(loaded: LoadedArticle, capturedAt: Date): Article {
  const url = loaded.url ?? pathToFileURL(resolve(loaded.path)).href;
  return {
    id: hashHex(url),
    url,
    canonicalUrl: url,
    site: loaded.source ?? hostOf(url) ?? 'local',
    title: loaded.title ?? loaded.id,
    byline: loaded.byline,
    publishedAt: loaded.publishedAt,
    capturedAt: capturedAt.toISOString(),
    origin: 'imported',
    text: loaded.body,
    textHash: hashHex(loaded.body),
    fingerprint: fingerprint(loaded.body),
  };
}

export async function ingest(sources: readonly string[], out: string, warn: Write = (t) => process.stderr.write(t)): Promise<IngestSummary> {
  const started = performance.now();
  const capturedAt = new Date();
  const body = `${out}.records.tmp`;
  const records = createWriteStream(body, 'utf8');
  const seen = new Set<string>();
  let articles = 0;
  let claims = 0;
  let skipped = 0;
  try {
    for (const file of articleFiles(sources)) {
      const article = toLibraryArticle(await loadArticleFile(file), capturedAt);
      if (seen.has(article.id)) {
        warn(`skipped ${file}: same URL as an earlier file (${article.url})\n`);
        skipped++;
        continue;
      }
      seen.add(article.id);
      const found: Claim[] = extractClaims({ id: article.id, text: article.text, publishedAt: article.publishedAt, title: article.title }).map(withRetrievalKeys);
      if (!records.write(`${recordLine(article, found)}\n`)) await new Promise<void>((r) => records.once('drain', () => r()));
      articles++;
      claims += found.length;
    }
    records.end();
    await finished(records);
    const output = createWriteStream(out, 'utf8');
    output.write(`${headerLine({ articles, claims, extractor: EXTRACTOR_VERSION }, capturedAt)}\n`);
    createReadStream(body).pipe(output);
    await finished(output);
  } finally {
    records.destroy();
    unlinkSync(body);
  }
  return { articles, claims, skipped, seconds: (performance.now() - started) / 1000 };
}

export async function ingestCommand(argv: string[], write: Write = (t) => process.stdout.write(t)): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { out: { type: 'string' } }, allowPositionals: true });
  if (!values.out || positionals.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const summary = await ingest(positionals, values.out);
  write(
    `${summary.articles} articles, ${summary.claims} claims` +
      `${summary.skipped ? `, ${summary.skipped} skipped` : ''} in ${summary.seconds.toFixed(1)} s → ${values.out}\n`,
  );
  return 0;
}
