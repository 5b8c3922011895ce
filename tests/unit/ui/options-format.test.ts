import { describe, expect, it } from 'vitest';
import { exportFileName, fileSlug, formatBytes, formatCount, formatDay, localDay, plural, progressText, progressValue } from '../../../src/ui/options/format';

describe('options formatting', () => {
  it('formats counts with thousands separators', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(12000)).toBe('12,000');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(plural(1, 'article')).toBe('1 article');
    expect(plural(2000, 'claim')).toBe('2,000 claims');
  });

  it('formats bytes in binary units and says when they are unknown', () => {
    expect(formatBytes(null)).toBe('unknown');
    expect(formatBytes(undefined)).toBe('unknown');
    expect(formatBytes(-1)).toBe('unknown');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(25 * 1024 * 1024)).toBe('25.0 MB');
    expect(formatBytes(3.25 * 1024 ** 3)).toBe('3.3 GB');
  });

  it('takes the calendar day of ISO dates and timestamps only', () => {
    expect(formatDay('2025-03-04T10:00:00Z')).toBe('2025-03-04');
    expect(formatDay('2025-03-04')).toBe('2025-03-04');
    expect(formatDay('March 4')).toBe('');
    expect(formatDay(null)).toBe('');
  });

  it('names export files after the local day and the outlet', () => {
    const day = new Date(2025, 0, 9, 23, 30);
    expect(localDay(day)).toBe('2025-01-09');
    expect(exportFileName(day)).toBe('crosscheck-library-2025-01-09.jsonl');
    expect(exportFileName(day, 'news.example.org')).toBe('crosscheck-news.example.org-2025-01-09.jsonl');
    expect(exportFileName(day, 'Le Monde Diplomatique')).toBe('crosscheck-le-monde-diplomatique-2025-01-09.jsonl');
    expect(fileSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(fileSlug('Zürich Zeitung')).toBe('zurich-zeitung');
    expect(fileSlug('???')).toBe('outlet');
  });

  it('describes import progress by phase and line', () => {
    expect(progressText({ phase: 'validate', lines: 12000, totalLines: 100000 })).toBe('Validating line 12,000 / 100,000');
    expect(progressText({ phase: 'write', lines: 300, totalLines: 100000 })).toBe('Writing line 300 / 100,000');
    expect(progressText({ phase: 'validate', lines: 1 })).toBe('Validating line 1');
    expect(progressValue({ phase: 'validate', lines: 50, totalLines: 200 })).toEqual({ value: 50, max: 200 });
    expect(progressValue({ phase: 'write', lines: 250, totalLines: 200 })).toEqual({ value: 200, max: 200 });
    expect(progressValue({ phase: 'validate', lines: 0 })).toEqual({ value: 0, max: null });
  });
});
