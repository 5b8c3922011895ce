/**
 * The library through the options page: bundles built with the project's own CLI, imported with a
 * real file input, a bad line rejected whole, and the export compared line by line.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGES, type PageId } from '../fixtures/facts';
import { FIXTURE_SITE_DIR } from '../fixtures/server';
import type { Tab } from './browsers';
import { expect } from './harness';
import { pollTab } from './probes';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface Bundles {
  good: string;
  goodLines: string[];
  /** The good bundle with line `badLine` broken. */
  bad: string;
  badLine: number;
}

let built: Bundles | undefined;

/** Ingests fixture pages with `crosscheck ingest` into a bundle; the bad copy breaks its line 3. */
export function buildBundles(pages: readonly PageId[]): Bundles {
  if (built) return built;
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-bundles-'));
  const good = join(dir, 'fixtures.jsonl');
  const files = pages.map((page) => join(FIXTURE_SITE_DIR, PAGES[page].path.replace(/\?.*$/, '')));
  execFileSync(join(REPO, 'node_modules/.bin/tsx'), ['src/cli/main.ts', 'ingest', ...files, '--out', good], { cwd: REPO, stdio: 'pipe', timeout: 60_000 });
  const goodLines = readFileSync(good, 'utf8').split('\n').filter((line) => line.trim() !== '');
  const badLine = 3;
  expect(goodLines.length >= badLine, `the bundle has ${goodLines.length} lines, expected at least ${badLine}`);
  const broken = goodLines.map((line, i) => (i === badLine - 1 ? JSON.stringify({ article: { id: 42 }, claims: 'none' }) : line));
  const bad = join(dir, 'broken.jsonl');
  writeFileSync(bad, broken.join('\n') + '\n');
  built = { good, goodLines, bad, badLine };
  return built;
}

export interface OptionsView {
  ready: boolean;
  articles: string | null;
  claims: string | null;
  importState: string | null;
  importText: string | null;
  exportState: string | null;
  exportHref: string | null;
}

export function optionsView(_: null): OptionsView {
  return {
    ready: document.documentElement.dataset.ready === '1',
    articles: document.querySelector('[data-testid="stats-articles"]')?.textContent?.trim() ?? null,
    claims: document.querySelector('[data-testid="stats-claims"]')?.textContent?.trim() ?? null,
    importState: (document.querySelector('[data-testid="import-status"]') as HTMLElement | null)?.dataset.state ?? null,
    importText: document.querySelector('[data-testid="import-status"]')?.textContent?.trim() ?? null,
    exportState: (document.querySelector('[data-testid="export-status"]') as HTMLElement | null)?.dataset.state ?? null,
    exportHref: document.querySelector('[data-testid="export-link"]')?.getAttribute('href') ?? null,
  };
}

export async function waitOptions(tab: Tab, accept: (view: OptionsView) => boolean, what: string, timeoutMs = 15_000): Promise<OptionsView> {
  const polled = await pollTab(tab, optionsView, null, (view) => view.ready && accept(view), timeoutMs);
  expect(polled.accepted && polled.value !== undefined, `options page: ${what} (last seen ${JSON.stringify(polled.value ?? null)}${polled.lastError ? `, ${polled.lastError}` : ''})`);
  return polled.value;
}

export function clickExport(_: null): void {
  (document.querySelector('[data-testid="export-library"]') as HTMLButtonElement | null)?.click();
}

/** Reads the last export through the page's own "Download again" object URL (Firefox route). */
export async function fetchExportLink(href: string): Promise<string> {
  return (await fetch(href)).text();
}

/** JSON with sorted keys, so key order does not count as a difference. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Every imported record must come back out of the export unchanged. */
export function compareExport(imported: readonly string[], exported: string, expectArticles: number): string[] {
  const lines = exported.split('\n').filter((line) => line.trim() !== '');
  const problems: string[] = [];
  const header = JSON.parse(lines[0] ?? '{}') as { format?: string; articles?: number };
  if (header.format !== 'crosscheck-bundle') problems.push(`export header format is ${String(header.format)}`);
  if (header.articles !== expectArticles) problems.push(`export header says ${String(header.articles)} articles, the library has ${expectArticles}`);
  if (lines.length - 1 !== expectArticles) problems.push(`export has ${lines.length - 1} article lines, expected ${expectArticles}`);
  type Rec = { article: { id: string }; claims: unknown[] };
  const byId = new Map(lines.slice(1).map((line) => [(JSON.parse(line) as Rec).article.id, line]));
  for (const line of imported.slice(1)) {
    const record = JSON.parse(line) as Rec;
    const out = byId.get(record.article.id);
    if (!out) problems.push(`imported article ${record.article.id} is not in the export`);
    else if (canonicalJson(JSON.parse(out)) !== canonicalJson(record)) {
      problems.push(`article ${record.article.id} changed between import and export`);
    }
  }
  return problems;
}
