/**
 * Node-side corpus access for eval: finding DOC.txt files under a folder, reading gold JSON files,
 * listing library articles. Mirrors shared/tools/score.py's list_txt_files / find_doc_file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { scoredBody } from '../core/eval/body';
import { mergeGold, parseGold, type GoldFile, type MergedGold } from '../core/eval/gold';

export interface TxtFile {
  /** File name without `.txt`. */
  stem: string;
  path: string;
}

/** Every file under `dir` (recursively) whose name ends with one of `suffixes`, sorted by path. */
export function listFiles(dir: string, suffixes: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (suffixes.some((s) => entry.name.endsWith(s))) found.push(p);
    }
  };
  walk(dir);
  return found.sort();
}

/** (stem, path) of every *.txt file anywhere under `dir`, sorted by path. */
export function listTxtFiles(dir: string): TxtFile[] {
  return listFiles(dir, ['.txt']).map((path) => ({ stem: basename(path).slice(0, -4), path }));
}

/**
 * Path of DOC.txt or *__DOC.txt among `files`: CLUSTER__DOC.txt first, then DOC.txt, then a unique
 * *__DOC.txt. Null when absent; throws when ambiguous.
 */
export function findDocFile(files: readonly TxtFile[], doc: string, cluster: string | null = null): string | null {
  const hits = files.filter((f) => f.stem === doc || f.stem.endsWith(`__${doc}`));
  for (const wanted of [`${cluster}__${doc}`, doc]) {
    const exact = hits.find((f) => f.stem === wanted);
    if (exact) return exact.path;
  }
  if (hits.length > 1) throw new Error(`ambiguous article file for doc ${JSON.stringify(doc)}: ${hits.map((h) => h.path).join(', ')}`);
  return hits[0]?.path ?? null;
}

/** Gold JSON paths named by a file or found (*.json, sorted) in a folder. */
export function goldPaths(fileOrDir: string): string[] {
  return statSync(fileOrDir).isDirectory() ? listFiles(fileOrDir, ['.json']) : [fileOrDir];
}

/** Parse gold files (zod-validated) and merge them. */
export function readGold(paths: readonly string[]): { files: GoldFile[]; gold: MergedGold } {
  const files = paths.map((p) => {
    try {
      return parseGold(JSON.parse(readFileSync(p, 'utf8')));
    } catch (err) {
      throw new Error(`bad gold file ${p}: ${(err as Error).message}`);
    }
  });
  return { files, gold: mergeGold(files) };
}

/** Path of every gold doc's file under `corpusDir`; throws on a missing one. */
export function goldDocFiles(gold: MergedGold, corpusDir: string): Map<string, string> {
  const files = listTxtFiles(corpusDir);
  const out = new Map<string, string>();
  for (const [doc, cluster] of [...gold.docs.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
    const path = findDocFile(files, doc, cluster);
    if (path === null) throw new Error(`no article file for doc ${JSON.stringify(doc)} under ${corpusDir}`);
    out.set(doc, path);
  }
  return out;
}

/** Scored body (score.py's article_body) of every gold doc. */
export function loadGoldBodies(gold: MergedGold, corpusDir: string): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const [doc, path] of goldDocFiles(gold, corpusDir)) bodies.set(doc, scoredBody(readFileSync(path, 'utf8')));
  return bodies;
}
