/**
 * `crosscheck eval --gold FILE_OR_DIR --corpus DIR [--library DIR]... [--json] [--dump FILE]`
 * Extracts claims for every gold doc and library article, indexes them in one ClaimIndex,
 * cross-checks each gold doc against all the others, scores the links like score.py does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { extractClaims } from '../core/claims';
import { ClaimIndex, crossCheck } from '../core/compare';
import { scoredBody } from '../core/eval/body';
import { mergeGold, type MergedGold } from '../core/eval/gold';
import { buildDump, crossCheckAll, dumpForDocs, duplicateClaimIds, extractAll, type EvalArticle, type EvalEngine, type EvalDump } from '../core/eval/pipeline';
import { formatClusterTable, formatScoreReport, type EvalTimings } from '../core/eval/report';
import { scoreDump, type ScoreResult } from '../core/eval/score';
import { goldDocFiles, goldPaths, listFiles, readGold } from './corpus';
import { loadArticleFile } from './load';

/** The extension's engine, as the eval pipeline calls it. */
export const nodeEngine: EvalEngine<ClaimIndex> = {
  extractClaims: (a) => extractClaims(a),
  newIndex: () => new ClaimIndex(),
  addToIndex: (index, claim, ref) => index.add(claim, ref),
  // Related findings are links too (shown in the card): they count for link_recall only.
  crossCheck: (claims, ref, index) => crossCheck(claims, ref, index, { includeRelated: true }),
};

/** Article files a library folder may hold (loadArticleFile reads them). */
export const LIBRARY_SUFFIXES = ['.txt', '.html', '.htm', '.xhtml'];

/** An article read from a file (plain text with optional header, or an HTML page) under `id`. */
export async function readArticleFile(path: string, id: string): Promise<EvalArticle> {
  const a = await loadArticleFile(path);
  return {
    ref: { id, site: a.source ?? id, publishedAt: a.publishedAt, ...(a.title ? { title: a.title } : {}), ...(a.url ? { url: a.url } : {}) },
    body: a.body,
    gold: false,
  };
}

/** Gold docs, with dates and sites from gold doc_meta where the file's header lacks them. */
async function goldArticles(gold: MergedGold, corpusDir: string): Promise<EvalArticle[]> {
  const out: EvalArticle[] = [];
  for (const [doc, path] of goldDocFiles(gold, corpusDir)) {
    const article = await readArticleFile(path, doc);
    if (article.body !== scoredBody(readFileSync(path, 'utf8'))) throw new Error(`${path}: article body differs from the scorer's body`);
    const meta = gold.docMeta.get(doc);
    article.ref.publishedAt ||= meta?.date || null;
    if (article.ref.site === doc && meta?.source) article.ref.site = meta.source;
    if (!article.ref.title && meta?.title) article.ref.title = meta.title;
    out.push({ ...article, gold: true });
  }
  return out;
}

/** Every article under the library folders; ids are file stems, made unique, gold docs skipped. */
export async function libraryArticles(dirs: readonly string[], taken: ReadonlySet<string> = new Set()): Promise<EvalArticle[]> {
  const used = new Set(taken);
  const out: EvalArticle[] = [];
  for (const dir of dirs) {
    for (const path of listFiles(dir, LIBRARY_SUFFIXES)) {
      const stem = basename(path, extname(path));
      if (taken.has(stem)) continue; // a gold doc also found in the library
      let id = stem;
      for (let n = 2; used.has(id); n++) id = `${stem}~${n}`;
      used.add(id);
      out.push(await readArticleFile(path, id));
    }
  }
  return out;
}

export interface EvalRun {
  result: ScoreResult;
  dump: EvalDump;
  timings: EvalTimings;
  articles: { gold: number; library: number; claims: number };
  /** The same dump scored against each gold file alone (one row per story). */
  perCluster: { cluster: string; result: ScoreResult }[];
}

/** The whole eval, as a function (the CLI, the corpus test and the benchmark call it). */
export async function runEval(opts: { gold: string[]; corpus: string; library?: string[] }): Promise<EvalRun> {
  const paths = opts.gold.flatMap(goldPaths);
  const { gold, files } = readGold(paths);
  const golds = await goldArticles(gold, opts.corpus);
  const library = await libraryArticles(opts.library ?? [], new Set(golds.map((a) => a.ref.id)));
  const articles = [...golds, ...library];

  let t = performance.now();
  const extracted = extractAll(articles, nodeEngine);
  const extractMs = performance.now() - t;
  const dups = duplicateClaimIds(extracted);
  if (dups.length) throw new Error(`duplicate claim ids: ${dups.slice(0, 5).join(', ')}`);

  t = performance.now();
  const links = crossCheckAll(extracted, nodeEngine);
  const dump = buildDump(extracted, links);
  const compareMs = performance.now() - t;

  t = performance.now();
  const bodies = new Map(golds.map((a) => [a.ref.id, a.body]));
  const result = scoreDump(gold, bodies, dump);
  const scoreMs = performance.now() - t;
  const perCluster =
    files.length > 1
      ? files.map((f, i) => {
          const one = mergeGold([f]);
          return { cluster: f.cluster ?? basename(paths[i]!, '.json'), result: scoreDump(one, bodies, dumpForDocs(dump, new Set(one.docs.keys()))) };
        })
      : [];

  return {
    result,
    dump,
    timings: { extractMs, compareMs, scoreMs },
    articles: { gold: golds.length, library: library.length, claims: extracted.reduce((n, a) => n + a.claims.length, 0) },
    perCluster,
  };
}

const USAGE = 'usage: crosscheck eval --gold FILE_OR_DIR [--gold …] --corpus DIR [--library DIR]... [--json] [--dump FILE]';

/** CLI entry: returns the exit code. */
export async function evalCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      gold: { type: 'string', multiple: true },
      corpus: { type: 'string' },
      library: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      dump: { type: 'string' },
    },
    allowPositionals: false,
  });
  if (!values.gold?.length || !values.corpus) {
    console.error(USAGE);
    return 2;
  }
  const run = await runEval({ gold: values.gold, corpus: values.corpus, library: values.library ?? [] });
  if (values.dump) writeFileSync(values.dump, JSON.stringify(run.dump));
  if (values.json) {
    const perCluster = Object.fromEntries(run.perCluster.map((c) => [c.cluster, c.result]));
    console.log(JSON.stringify({ ...run.result, timings_ms: run.timings, articles: run.articles, per_cluster: perCluster }, null, 1));
  } else {
    console.log(`articles: ${run.articles.gold} gold + ${run.articles.library} library, ${run.articles.claims} claims`);
    console.log(formatScoreReport(run.result, run.timings));
    if (run.perCluster.length) console.log(`\nper story:\n${formatClusterTable(run.perCluster)}`);
  }
  return 0;
}
