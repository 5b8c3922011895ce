/** Pure wording for the hover card: summaries, labels and emphasis segments. No DOM here. */
import type { ClaimView, OutletView } from '../messages/schemas';

const VERB: Record<OutletView['verdict'], [string, string]> = {
  agree: ['agrees', 'agree'],
  differ: ['differs', 'differ'],
  updated: ['has a different count from another time', 'have counts from another time'],
  related: ['is related', 'are related'],
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "3 outlets agree, 1 differs; AP via 2 outlets" — each independent source counted once. */
export function summaryLine(view: ClaimView): string {
  const counts = new Map<OutletView['verdict'], number>();
  for (const outlet of view.outlets) counts.set(outlet.verdict, (counts.get(outlet.verdict) ?? 0) + 1);
  const parts: string[] = [];
  for (const verdict of ['agree', 'differ', 'updated'] as const) {
    const n = counts.get(verdict) ?? 0;
    if (n) parts.push(`${plural(n, 'outlet')} ${VERB[verdict][n === 1 ? 0 : 1]}`);
  }
  const copies = view.outlets.filter((o) => o.via.length > 0).map((o) => o.source);
  return [parts.join(', '), copies.join('; ')].filter(Boolean).join('; ');
}

export function verdictLabel(outlet: OutletView, pagePublishedAt: string | null): string {
  if (outlet.verdict !== 'updated') return outlet.verdict === 'agree' ? 'Agrees' : outlet.verdict === 'differ' ? 'Differs' : 'Related';
  if (!outlet.publishedAt || !pagePublishedAt) return 'Count from another time';
  return outlet.publishedAt > pagePublishedAt ? 'Newer figure' : 'Earlier figure';
}

export function formatDate(iso: string | null): string {
  if (!iso) return 'date unknown';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export interface Segment {
  text: string;
  emphasis: 'agree' | 'differ' | 'updated' | null;
}

/** Splits `text` so that the spans the evidence points at can be emphasised. Overlaps keep the first. */
export function emphasise(text: string, spans: ReadonlyArray<{ span: [number, number] | null; status: Segment['emphasis'] }>): Segment[] {
  const marks = spans
    .filter((s): s is { span: [number, number]; status: Segment['emphasis'] } => s.span !== null)
    .map(({ span: [start, end], status }) => ({ start: Math.max(0, start), end: Math.min(text.length, end), status }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) segments.push({ text: text.slice(at, mark.start), emphasis: null });
    segments.push({ text: text.slice(mark.start, mark.end), emphasis: mark.status });
    at = mark.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), emphasis: null });
  return segments;
}
