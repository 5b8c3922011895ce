/**
 * `crosscheck check ARTICLE --library DIR [--library DIR]... [--date YYYY-MM-DD] [--related] [--json]`
 * Per claim of the article: the other outlets that agree, differ or updated, and how
 * ("here" vs "there", slot by slot). Wire copies count once ("AP via 3 outlets").
 */
import { parseArgs } from 'node:util';
import { extractClaims } from '../core/claims';
import { ClaimIndex, crossCheck, fingerprint, summarise, type ArticleRef, type ClaimSummary, type SourceGroup } from '../core/compare';
import type { Claim, Finding, SlotEvidence } from '../core/model';
import { libraryArticles } from './eval';
import { loadArticleFile } from './load';

const USAGE = 'usage: crosscheck check ARTICLE --library DIR [--library DIR]... [--date YYYY-MM-DD] [--related] [--json]\n';

type Write = (text: string) => void;

export interface CheckedArticle {
  article: ArticleRef;
  claims: Claim[];
  summaries: ClaimSummary[];
  /** Library claims and articles the findings point to, by id. */
  otherClaims: Map<string, Claim>;
  otherArticles: Map<string, ArticleRef>;
  libraryClaims: number;
}

export interface CheckOptions {
  includeRelated?: boolean;
  /** Publication date for an article whose file names none (relative dates resolve against it). */
  date?: string;
}

/** Check one article file against the articles under the library folders. */
export async function checkArticle(path: string, libraryDirs: readonly string[], opts: CheckOptions = {}): Promise<CheckedArticle> {
  const loaded = await loadArticleFile(path);
  const page = { ...loaded, publishedAt: loaded.publishedAt ?? opts.date ?? null };
  const pageRef: ArticleRef = {
    id: page.id,
    site: page.source ?? page.id,
    publishedAt: page.publishedAt,
    byline: page.byline,
    fingerprint: fingerprint(page.body),
    ...(page.title ? { title: page.title } : {}),
    ...(page.url ? { url: page.url } : {}),
  };
  const claims = extractClaims({ id: page.id, text: page.body, publishedAt: page.publishedAt, title: page.title });

  const index = new ClaimIndex();
  const otherClaims = new Map<string, Claim>();
  const otherArticles = new Map<string, ArticleRef>();
  for (const a of await libraryArticles(libraryDirs, new Set([page.id]))) {
    const ref: ArticleRef = { ...a.ref, fingerprint: fingerprint(a.body) };
    otherArticles.set(ref.id, ref);
    for (const c of extractClaims({ id: ref.id, text: a.body, publishedAt: ref.publishedAt, title: ref.title ?? null })) {
      index.add(c, ref);
      otherClaims.set(c.id, c);
    }
  }
  const findings = crossCheck(claims, pageRef, index, { includeRelated: opts.includeRelated ?? false });
  const summaries = summarise(findings, [...otherArticles.values()]);
  return { article: pageRef, claims, summaries, otherClaims, otherArticles, libraryClaims: otherClaims.size };
}

const VERDICT_LABEL = { agree: 'agree', differ: 'DIFFER', updated: 'updated', related: 'related' } as const;

function evidenceLine(e: SlotEvidence): string {
  const note = e.note ? ` (${e.note})` : '';
  return `${e.kind} ${e.status}: "${e.here}" here vs "${e.there}" there${note}`;
}

function groupLines(verdict: keyof typeof VERDICT_LABEL, group: SourceGroup, check: CheckedArticle): string[] {
  const lines = [`    ${VERDICT_LABEL[verdict]} · ${group.label}${group.sites.length > 1 ? ` (${group.sites.join(', ')})` : ''}`];
  const shown = new Set<string>();
  for (const f of group.findings as Finding[]) {
    if (shown.has(f.otherClaimId)) continue;
    shown.add(f.otherClaimId);
    const other = check.otherClaims.get(f.otherClaimId);
    const when = check.otherArticles.get(f.otherArticleId)?.publishedAt;
    lines.push(`      there [${f.otherArticleId}${when ? `, ${when}` : ''}]: ${other?.text.trim() ?? f.otherClaimId}`);
    for (const e of f.evidence.filter((x) => x.status !== 'agree' || verdict === 'agree')) lines.push(`        ${evidenceLine(e)}`);
  }
  return lines;
}

/** Readable report: one block per claim that other outlets speak to, differences first. */
export function formatCheckReport(check: CheckedArticle): string {
  const byClaim = new Map(check.claims.map((c) => [c.id, c]));
  const order = (s: ClaimSummary) => (s.differ.length ? 0 : s.updated.length ? 1 : s.agree.length ? 2 : 3);
  const summaries = [...check.summaries].sort((x, y) => order(x) - order(y) || (byClaim.get(x.claimId)?.start ?? 0) - (byClaim.get(y.claimId)?.start ?? 0));
  const count = (k: 'agree' | 'differ' | 'updated') => check.summaries.filter((s) => s[k].length > 0).length;
  const lines = [
    `${check.article.title ?? check.article.id} (${check.article.site}${check.article.publishedAt ? `, ${check.article.publishedAt}` : ''})`,
    `${check.claims.length} claims; library ${check.otherArticles.size} articles, ${check.libraryClaims} claims; ` +
      `claims with outlets that differ ${count('differ')}, updated ${count('updated')}, agree ${count('agree')}`,
  ];
  for (const s of summaries) {
    const claim = byClaim.get(s.claimId);
    lines.push('', `• ${claim?.text.trim() ?? s.claimId}`);
    for (const verdict of ['differ', 'updated', 'agree', 'related'] as const) {
      for (const group of s[verdict]) lines.push(...groupLines(verdict, group, check));
    }
  }
  if (summaries.length === 0) lines.push('', 'No other outlet in the library reports these claims.');
  return `${lines.join('\n')}\n`;
}

/** JSON shape: the article, then per claim its text and the summary groups with evidence. */
export function checkJson(check: CheckedArticle): unknown {
  const byClaim = new Map(check.claims.map((c) => [c.id, c]));
  return {
    article: check.article,
    claims: check.claims.length,
    findings: check.summaries.map((s) => ({ text: byClaim.get(s.claimId)?.text ?? null, ...s })),
  };
}

/** CLI entry: returns the exit code. */
export async function checkCommand(argv: string[], write: Write = (t) => process.stdout.write(t)): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { library: { type: 'string', multiple: true }, date: { type: 'string' }, related: { type: 'boolean' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file || positionals.length > 1 || !values.library?.length || (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(values.date))) {
    process.stderr.write(USAGE);
    return 2;
  }
  const check = await checkArticle(file, values.library, { includeRelated: values.related ?? false, ...(values.date ? { date: values.date } : {}) });
  write(values.json ? `${JSON.stringify(checkJson(check), null, 1)}\n` : formatCheckReport(check));
  return 0;
}
