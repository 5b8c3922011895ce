/**
 * Library bundles for the browser benchmarks, made of real news: the CLI ingests the corpus
 * distractors (the same extraction the extension runs), then the bench takes a subset (10k claims)
 * or replicates articles under new ids, URLs, outlets and fingerprints (100k claims). Claim keys are
 * kept as extracted, so the index has the key distribution of real text, only denser.
 * A small CORS-enabled server hands the files to extension pages.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { hashHex } from '../../src/core/hash';
import type { Article, Claim } from '../../src/core/model';
import { headerLine } from '../../src/library/bundle';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DISTRACTORS = fileURLToPath(new URL('../../../shared/corpus/distractors', import.meta.url));

export interface BundleRecordJson {
  article: Article;
  claims: Claim[];
}

export interface BundleFile {
  path: string;
  articles: number;
  claims: number;
  bytes: number;
}

/** Runs `crosscheck ingest` over the distractors; returns the records (about 900 articles, 13k claims). */
export function ingestDistractors(outFile: string): BundleRecordJson[] {
  execFileSync(join(REPO, 'node_modules/.bin/tsx'), ['src/cli/main.ts', 'ingest', DISTRACTORS, '--out', outFile], {
    cwd: REPO,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return readFileSync(outFile, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as BundleRecordJson);
}

async function writeBundle(path: string, records: Iterable<BundleRecordJson>, counts: { articles: number; claims: number }): Promise<BundleFile> {
  const out = createWriteStream(path);
  out.write(headerLine(counts) + '\n');
  let bytes = 0;
  for (const record of records) {
    const line = JSON.stringify(record) + '\n';
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  out.end();
  await finished(out);
  return { path, ...counts, bytes };
}

/** The first records (file order) whose claims add up to at most `maxClaims`. */
export function subset(records: readonly BundleRecordJson[], maxClaims: number): BundleRecordJson[] {
  const out: BundleRecordJson[] = [];
  let claims = 0;
  for (const record of records) {
    if (claims + record.claims.length > maxClaims) continue;
    out.push(record);
    claims += record.claims.length;
  }
  return out;
}

/** A 64-bit hex fingerprint with about half its bits flipped: no longer a near-duplicate of the source. */
function otherFingerprint(fingerprint: string, salt: string): string {
  const mask = (hashHex(salt) + hashHex(`${salt}/2`)).slice(0, fingerprint.length);
  let out = '';
  for (let i = 0; i < fingerprint.length; i++) out += (parseInt(fingerprint[i]!, 16) ^ parseInt(mask[i] ?? '0', 16)).toString(16);
  return out;
}

/** Copy `copy` of an article, as if another outlet had published the same text. */
export function replicate(record: BundleRecordJson, copy: number): BundleRecordJson {
  const { article } = record;
  const host = `outlet-${copy}.example`;
  const url = `https://${host}/${copy}/${basename(article.url) || article.id}-${article.id}`;
  const id = hashHex(url);
  return {
    article: {
      ...article,
      id,
      url,
      canonicalUrl: url,
      site: host,
      textHash: hashHex(`${article.textHash}/${copy}`),
      fingerprint: otherFingerprint(article.fingerprint, `${article.id}/${copy}`),
    },
    claims: record.claims.map((claim) => ({ ...claim, id: `${id}:${claim.start}`, articleId: id })),
  };
}

/** Replicas of the records (copies 1, 2, …) until `claims` claims; never the originals themselves. */
export function replicas(records: readonly BundleRecordJson[], claims: number): BundleRecordJson[] {
  const out: BundleRecordJson[] = [];
  let total = 0;
  for (let copy = 1; total < claims; copy++) {
    for (const record of records) {
      if (total + record.claims.length > claims) continue;
      out.push(replicate(record, copy));
      total += record.claims.length;
    }
    if (copy > 1_000) break; // claims below any record's size: stop rather than loop
  }
  return out;
}

export function saveBundle(path: string, records: readonly BundleRecordJson[]): Promise<BundleFile> {
  const claims = records.reduce((n, r) => n + r.claims.length, 0);
  return writeBundle(path, records, { articles: records.length, claims });
}

export interface FileServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves the files of one folder with `Access-Control-Allow-Origin: *` (extension pages fetch them). */
export async function serveFolder(dir: string): Promise<FileServer> {
  const server: Server = createServer((req, res) => {
    const name = basename(new URL(req.url ?? '/', 'http://bench.invalid').pathname);
    let body: Buffer;
    try {
      body = readFileSync(join(dir, name));
    } catch {
      res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/x-ndjson', 'content-length': body.length, 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
