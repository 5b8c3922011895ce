/**
 * The bundle format (pure: no storage). JSON lines:
 *   line 1   {"format":"crosscheck-bundle","version":1,"createdAt":ISO,"articles":n,"claims":n}
 *   then     {"article": Article, "claims": Claim[]}   one line per article
 * Blank lines are ignored. Every line is validated with zod; errors carry the 1-based line number.
 */
import { z } from 'zod';
import { Article, Claim } from '../core/model';

export const BUNDLE_FORMAT = 'crosscheck-bundle';
export const BUNDLE_VERSION = 1;

export const BundleHeader = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  createdAt: z.string(),
  articles: z.number().int().nonnegative(),
  claims: z.number().int().nonnegative(),
  /** EXTRACTOR_VERSION that made every claim in the bundle; absent when unknown (claims are then re-extracted). */
  extractor: z.number().int().positive().optional(),
});
export type BundleHeader = z.infer<typeof BundleHeader>;

export const BundleRecord = z
  .object({ article: Article, claims: z.array(Claim) })
  .superRefine(({ article, claims }, ctx) => {
    const seen = new Set<string>();
    claims.forEach((claim, i) => {
      if (claim.articleId !== article.id)
        ctx.addIssue({ code: 'custom', path: ['claims', i, 'articleId'], message: `is ${JSON.stringify(claim.articleId)}, the article is ${JSON.stringify(article.id)}` });
      if (seen.has(claim.id)) ctx.addIssue({ code: 'custom', path: ['claims', i, 'id'], message: `duplicate claim id ${JSON.stringify(claim.id)}` });
      seen.add(claim.id);
    });
  });
export type BundleRecord = z.infer<typeof BundleRecord>;

export class BundleError extends Error {
  override readonly name = 'BundleError';
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`bundle line ${line}: ${reason}`);
  }
}

export type BundleItem = { line: number; header: BundleHeader } | { line: number; record: BundleRecord };

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(line)'}: ${issue.message}`)
    .join('; ');
}

function parseLine<T>(schema: z.ZodType<T>, text: string, line: number): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BundleError(line, `not JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new BundleError(line, describe(parsed.error));
  return parsed.data;
}

/**
 * Streams a bundle: yields the header, then each record, validated, with its line number.
 * Checks across lines: the header comes first, article ids are unique, and the counts the header
 * announces are the counts found (a truncated file is rejected).
 */
export async function* parseBundle(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<BundleItem> {
  let lineNo = 0;
  let header: BundleHeader | undefined;
  const articleIds = new Set<string>();
  let claims = 0;
  for await (const raw of lines) {
    lineNo++;
    const text = raw.trim();
    if (!text) continue;
    if (!header) {
      header = parseLine(BundleHeader, text, lineNo);
      yield { line: lineNo, header };
      continue;
    }
    const record = parseLine(BundleRecord, text, lineNo);
    if (articleIds.has(record.article.id)) throw new BundleError(lineNo, `article ${JSON.stringify(record.article.id)} appears twice`);
    articleIds.add(record.article.id);
    claims += record.claims.length;
    if (articleIds.size > header.articles) throw new BundleError(lineNo, `more articles than the header's ${header.articles}`);
    yield { line: lineNo, record };
  }
  if (!header) throw new BundleError(lineNo + 1, 'empty bundle: no header line');
  if (articleIds.size !== header.articles || claims !== header.claims)
    throw new BundleError(
      lineNo + 1,
      `truncated or inconsistent: the header announces ${header.articles} articles and ${header.claims} claims, found ${articleIds.size} and ${claims}`,
    );
}

export function headerLine(counts: { articles: number; claims: number; extractor?: number }, createdAt: Date = new Date()): string {
  const header: BundleHeader = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, createdAt: createdAt.toISOString(), ...counts };
  return JSON.stringify(header);
}

export function recordLine(article: Article, claims: readonly Claim[]): string {
  return JSON.stringify({ article: Article.parse(article), claims });
}

/** Splits a string or a byte stream (e.g. `file.stream()`, a fetch body) into lines, streaming. */
export async function* linesOf(source: ReadableStream<Uint8Array> | string): AsyncGenerator<string> {
  if (typeof source === 'string') {
    let from = 0;
    while (from <= source.length) {
      const nl = source.indexOf('\n', from);
      const end = nl < 0 ? source.length : nl;
      const line = source.slice(from, end).replace(/\r$/, '');
      if (nl >= 0 || line) yield line;
      if (nl < 0) return;
      from = nl + 1;
    }
    return;
  }
  const reader = source.getReader();
  const decoder = new TextDecoder();
  let rest = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      rest += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let start = 0;
      for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n', start)) {
        yield rest.slice(start, nl).replace(/\r$/, '');
        start = nl + 1;
      }
      rest = rest.slice(start);
      if (done) break;
    }
    if (rest) yield rest.replace(/\r$/, '');
  } finally {
    reader.releaseLock();
  }
}
