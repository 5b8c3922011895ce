/** Bundles as files: lines streamed into a Blob (export) and a File opened as lines (import). */
import { BundleHeader, linesOf } from '../../library';

export interface BundleBlob {
  blob: Blob;
  articles: number;
  claims: number;
}

/**
 * Joins bundle lines into a Blob. Parts are folded into intermediate Blobs every `foldEvery` lines
 * so the browser can move them out of the JS heap while the export goes on.
 */
export async function bundleToBlob(lines: AsyncIterable<string>, foldEvery = 1000): Promise<BundleBlob> {
  const type = 'application/x-ndjson';
  const folded: Blob[] = [];
  let parts: string[] = [];
  let header: BundleHeader | undefined;
  for await (const line of lines) {
    if (!header) header = BundleHeader.parse(JSON.parse(line));
    parts.push(line, '\n');
    if (parts.length >= foldEvery * 2) {
      folded.push(new Blob(parts, { type }));
      parts = [];
    }
  }
  if (!header) throw new Error('the export produced no header line');
  return { blob: new Blob([...folded, ...parts], { type }), articles: header.articles, claims: header.claims };
}

/** A factory that opens the file's lines afresh each time (import reads a bundle twice). */
export function fileLines(file: Blob): () => AsyncIterable<string> {
  if (typeof file.stream === 'function') return () => linesOf(file.stream());
  return async function* () {
    yield* linesOf(await file.text());
  };
}

/** The browser's way to hand over a file: a temporary <a download> pointing at an object URL. */
export function downloadBlob(doc: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Firefox starts the download asynchronously; revoking at once would cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
