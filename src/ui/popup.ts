/** The popup: the current tab's reading and the library's size. Page text goes in via textContent only. */
import { browser } from 'wxt/browser';
import { send } from '../messages/channel';
import type { LibraryStats, PageReport } from '../messages/schemas';

function setField(doc: Document, name: string, value: string): void {
  const el = doc.querySelector<HTMLElement>(`[data-field="${name}"]`);
  if (el) el.textContent = value;
}

/** The popup reads ?url= when opened as a page (a pinned tab, the e2e tests); else the active tab. */
async function target(doc: Document): Promise<{ tabId: number | null; url: string | null }> {
  const url = new URL(doc.location.href).searchParams.get('url');
  if (url) return { tabId: null, url };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id ?? null, url: tab?.url ?? null };
}

export function render(doc: Document, report: PageReport | null, library: LibraryStats): void {
  const page = doc.querySelector<HTMLElement>('[data-field="page"]');
  const empty = doc.querySelector<HTMLElement>('[data-field="empty"]');
  if (page) page.hidden = report === null;
  if (empty) empty.hidden = report !== null;
  if (report) {
    setField(doc, 'title', report.title);
    setField(doc, 'site', report.site);
    setField(doc, 'sentences', String(report.sentences));
  }
  setField(doc, 'library-articles', String(library.articles));
  setField(doc, 'library-outlets', String(library.outlets));
  setField(doc, 'library-claims', String(library.claims));
}

export async function startPopup(doc: Document): Promise<void> {
  const { tabId, url } = await target(doc);
  const { report, library } = await send({ type: 'UI_PAGE_REPORT', tabId, url });
  render(doc, report, library);
  doc.documentElement.dataset.ready = '1';
}
