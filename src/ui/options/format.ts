/** Pure formatting for the options page: counts, bytes, days, file names and import progress. */
import type { ImportProgress } from '../../library';

const counts = new Intl.NumberFormat('en-US');

/** 12000 → "12,000". */
export function formatCount(n: number): string {
  return counts.format(n);
}

/** Bytes in binary units with one decimal above 1 KB: 1536 → "1.5 KB"; null → "unknown". */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return 'unknown';
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** The calendar day an ISO date or timestamp starts with ("2025-03-04T10:00Z" → "2025-03-04"); "" when none. */
export function formatDay(iso: string | null | undefined): string {
  const match = iso ? /^\d{4}-\d{2}-\d{2}/.exec(iso) : null;
  return match ? match[0] : '';
}

/** The local calendar day of `date` as YYYY-MM-DD (file names follow the user's clock). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A site name safe in a file name: "news.example.org" → "news.example.org", "Le Monde" → "le-monde". */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
  return slug || 'outlet';
}

/** "crosscheck-library-2025-03-04.jsonl", or "crosscheck-<site>-2025-03-04.jsonl" for one outlet. */
export function exportFileName(date: Date, site?: string): string {
  const what = site === undefined ? 'library' : fileSlug(site);
  return `crosscheck-${what}-${localDay(date)}.jsonl`;
}

/** "Validating line 12,000 / 100,000", "Writing line 300 / 100,000" (no total before the header is read). */
export function progressText(progress: ImportProgress): string {
  const verb = progress.phase === 'validate' ? 'Validating' : 'Writing';
  const total = progress.totalLines === undefined ? '' : ` / ${formatCount(progress.totalLines)}`;
  return `${verb} line ${formatCount(progress.lines)}${total}`;
}

/** Value and max for a <progress> in the current phase; max null means indeterminate. */
export function progressValue(progress: ImportProgress): { value: number; max: number | null } {
  if (progress.totalLines === undefined || progress.totalLines <= 0) return { value: 0, max: null };
  return { value: Math.min(progress.lines, progress.totalLines), max: progress.totalLines };
}

/** "1 article", "2 articles". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
