/** The last reading of each tab, kept for the popup; session storage survives worker restarts. */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { PageReport } from '../messages/schemas';

const Reports = z.record(z.string(), PageReport);
const KEY = 'page-reports';

async function load(): Promise<Record<string, PageReport>> {
  const stored = await browser.storage.session.get(KEY);
  const parsed = Reports.safeParse(stored[KEY] ?? {});
  return parsed.success ? parsed.data : {};
}

export async function saveReport(tabId: number | undefined, report: PageReport): Promise<void> {
  const reports = await load();
  reports[tabId === undefined ? `url:${report.url}` : String(tabId)] = report;
  await browser.storage.session.set({ [KEY]: reports });
}

/** The report for a tab, or for a URL when the popup was opened as a page (tests, pinned tab). */
export async function findReport(tabId: number | null, url: string | null): Promise<PageReport | null> {
  const reports = await load();
  if (tabId !== null && reports[String(tabId)]) return reports[String(tabId)] ?? null;
  if (url === null) return null;
  const matches = Object.values(reports).filter((r) => r.url === url);
  return matches.sort((a, b) => b.checkedAt.localeCompare(a.checkedAt))[0] ?? null;
}

export async function forgetTab(tabId: number): Promise<void> {
  const reports = await load();
  if (!(String(tabId) in reports)) return;
  delete reports[String(tabId)];
  await browser.storage.session.set({ [KEY]: reports });
}

/** The content script anchors after the check and reports the flagged claims it could not place. */
export async function markUnanchored(tabId: number | undefined, url: string, claimIds: string[]): Promise<void> {
  const report = await findReport(tabId ?? null, url);
  if (report && report.url === url) await saveReport(tabId, { ...report, unanchored: claimIds });
}
