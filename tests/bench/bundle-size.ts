/** Raw and gzip sizes of a build's entry bundles (what the user downloads and each context parses). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function sizeOf(buildDir: string, file: string): FileSize {
  const content = readFileSync(join(buildDir, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** Chunks whose name starts with `prefix` (wxt names them popup-<hash>.js, options-<hash>.js). */
function chunks(buildDir: string, prefix: string): string[] {
  const dir = join(buildDir, 'chunks');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.js'))
    .map((name) => `chunks/${name}`);
}

/** content script, background, popup and options entry chunks, plus the shared chunks they import. */
export function bundleSizes(buildDir: string): Record<string, FileSize> {
  const out: Record<string, FileSize> = {};
  const add = (key: string, file: string) => {
    if (existsSync(join(buildDir, file))) out[key] = sizeOf(buildDir, file);
  };
  add('content', 'content-scripts/content.js');
  add('contentCss', 'content-scripts/content.css');
  add('background', 'background.js');
  for (const file of chunks(buildDir, 'popup')) add('popup', file);
  for (const file of chunks(buildDir, 'options')) add('options', file);
  const entries = new Set(Object.values(out).map((s) => s.file));
  const dir = join(buildDir, 'chunks');
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
      const file = `chunks/${name}`;
      if (!entries.has(file)) add(`shared:${name.replace(/-[\w]+\.js$/, '')}`, file);
    }
  }
  return out;
}
