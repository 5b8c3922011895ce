/**
 * Extraction throughput: articles per second over the dev and distractor corpora (~900 files).
 * Run directly: npx tsx tests/bench/extract.bench.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractClaims } from '../../src/core/claims';
import { parseArticleText } from '../../src/core/text/article';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

function txtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return txtFiles(path);
    return name.endsWith('.txt') ? [path] : [];
  });
}

export async function benchExtraction(): Promise<{ articles: number; seconds: number; perSecond: number; claims: number }> {
  const files = [...txtFiles(join(CORPUS, 'dev')), ...txtFiles(join(CORPUS, 'distractors'))].sort();
  const articles = files.map((path) => {
    const { meta, body } = parseArticleText(readFileSync(path, 'utf8'));
    return { id: path, text: body, publishedAt: meta.date, title: meta.title };
  });
  // Warm up the JIT and lazy tables on a few articles before timing.
  for (const a of articles.slice(0, 20)) extractClaims(a);
  let claims = 0;
  const t0 = performance.now();
  for (const a of articles) claims += extractClaims(a).length;
  const seconds = (performance.now() - t0) / 1000;
  return { articles: articles.length, seconds, perSecond: articles.length / seconds, claims };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchExtraction();
  console.log(`${r.articles} articles, ${r.claims} claims in ${r.seconds.toFixed(2)} s: ${r.perSecond.toFixed(0)} articles/s`);
}
