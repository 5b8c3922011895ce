/**
 * `crosscheck claims FILE [--json]`: the claims the engine extracts from one article file
 * (.txt with or without a header block, or .html), as a readable table or as JSON.
 */
import { parseArgs } from 'node:util';
import type { Claim, DateSlot, NameSlot, QuantitySlot, QuoteSlot } from '../core/model';
import { extractClaims } from '../core/claims';
import { loadArticleFile } from './load';

type Write = (text: string) => void;

const USAGE = 'usage: crosscheck claims FILE [--json]\n';

export async function claimsCommand(argv: string[], write: Write = (t) => process.stdout.write(t)): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: true });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const article = await loadArticleFile(file);
  const claims = extractClaims({ id: article.id, text: article.body, publishedAt: article.publishedAt, title: article.title });
  write(values.json ? `${JSON.stringify(claimsJson(claims))}\n` : formatClaims(claims));
  return 0;
}

/** The --json shape: {"claims": [{"id","start","end","text","slots"}]}. */
export function claimsJson(claims: readonly Claim[]): { claims: Pick<Claim, 'id' | 'start' | 'end' | 'text' | 'slots'>[] } {
  return { claims: claims.map(({ id, start, end, text, slots }) => ({ id, start, end, text, slots })) };
}

const TEXT_WIDTH = 110;

/** One block per claim: offsets and scores, the text (truncated), then each slot on its own line. */
export function formatClaims(claims: readonly Claim[]): string {
  const blocks = claims.map((c) => {
    const head = [`[${c.start}-${c.end}]`, `cw ${c.checkworthiness.toFixed(2)}`];
    if (c.polarity === 'negative') head.push('NEGATIVE');
    if (c.attribution) head.push(`attr: ${c.attribution}`);
    if (c.predicates.length) head.push(`pred: ${c.predicates.join(',')}`);
    const lines = [head.join('  '), `  ${truncate(c.text.replace(/\s+/g, ' '), TEXT_WIDTH)}`];
    for (const q of c.slots.quantities) lines.push(`    qty   ${quantityLine(q)}`);
    for (const d of c.slots.dates) lines.push(`    date  ${dateLine(d)}`);
    for (const n of c.slots.names) lines.push(`    name  ${nameLine(n)}`);
    for (const q of c.slots.quotes) lines.push(`    quote ${quoteLine(q)}`);
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n\n${claims.length} claims\n`;
}

/** "at least 3 member [wound]" → `3 member [wound] (at-least, 3..∞) "at least three"`. */
export function quantityLine(q: QuantitySlot): string {
  const what = [formatNumber(q.value), q.unit, q.noun].filter(Boolean).join(' ');
  const role = q.role ? ` [${q.role}]` : '';
  const bounds = q.hedge === 'exact' ? '' : ` (${q.hedge}, ${formatNumber(q.low)}..${formatNumber(q.high)})`;
  return `${what}${role}${bounds}  "${q.raw}"`;
}

/** `2023-12-25 day (rel)  "Monday"`. */
export function dateLine(d: DateSlot): string {
  const when = d.granularity === 'year' ? d.from.slice(0, 4) : d.granularity === 'month' ? d.from.slice(0, 7) : d.from.slice(0, d.granularity === 'minute' || d.granularity === 'part-of-day' ? 16 : 10);
  const flags = [d.relative ? 'rel' : '', d.zone ?? ''].filter(Boolean).join(', ');
  return `${when} ${d.granularity}${flags ? ` (${flags})` : ''}  "${d.raw}"`;
}

export function nameLine(n: NameSlot): string {
  return `${n.raw} → ${n.canonical} (${n.kind})`;
}

export function quoteLine(q: QuoteSlot): string {
  return `“${truncate(q.text, 70)}” — ${q.speaker ?? '?'}`;
}

function formatNumber(n: number): string {
  if (n === Infinity) return '∞';
  if (n === -Infinity) return '-∞';
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
