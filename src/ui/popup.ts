/** The popup: the current tab's cross-check and the library's size. Page text goes in via textContent only. */
import { browser } from 'wxt/browser';
import { send } from '../messages/channel';
import type { LibraryStats, PageReport, ResponseOf } from '../messages/schemas';

type SiteState = NonNullable<ResponseOf<'UI_PAGE_REPORT'>['site']>;

const VERDICT_WORD = { differ: 'Differs', updated: 'Updated', agree: 'Agrees' } as const;

function field<T extends HTMLElement = HTMLElement>(doc: Document, name: string): T | null {
  return doc.querySelector<T>(`[data-field="${name}"]`);
}

function setText(doc: Document, name: string, value: string): void {
  const el = field(doc, name);
  if (el) el.textContent = value;
}

/** The popup reads ?url= when opened as a page (a pinned tab, the e2e tests); else the active tab. */
async function target(doc: Document): Promise<{ tabId: number | null; url: string | null }> {
  const url = new URL(doc.location.href).searchParams.get('url');
  if (url) return { tabId: null, url };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id ?? null, url: tab?.url ?? null };
}

function flaggedItem(doc: Document, report: PageReport, item: PageReport['flagged'][number]): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = item.verdict;
  const button = doc.createElement('button');
  button.type = 'button';
  button.dataset.claimId = item.claimId;
  const badge = doc.createElement('span');
  badge.className = `badge ${item.verdict}`;
  badge.textContent = VERDICT_WORD[item.verdict];
  const text = doc.createElement('span');
  text.className = 'text';
  text.textContent = item.text;
  const details = doc.createElement('span');
  details.className = 'details';
  details.textContent = item.details.join(' — ');
  const body = doc.createElement('span');
  body.append(text, details);
  button.append(badge, body);
  const lost = report.unanchored.includes(item.claimId);
  if (lost || report.tabId === null) button.disabled = true;
  if (lost) button.title = 'Could not be found on the page any more';
  button.addEventListener('click', async () => {
    if (report.tabId === null) return;
    const { found } = await send({ type: 'UI_FOCUS_CLAIM', tabId: report.tabId, claimId: item.claimId });
    if (found) window.close();
    else button.disabled = true;
  });
  li.append(button);
  return li;
}

export function renderReport(doc: Document, report: PageReport | null): void {
  const page = field(doc, 'page');
  const empty = field(doc, 'empty');
  if (page) page.hidden = report === null;
  if (empty) empty.hidden = report !== null;
  if (!report) return;
  setText(doc, 'title', report.title);
  setText(doc, 'site', report.site);
  setText(doc, 'sentences', String(report.sentences));
  setText(doc, 'claims', String(report.claims));
  for (const verdict of ['differ', 'updated', 'agree'] as const) setText(doc, `count-${verdict}`, String(report.counts[verdict]));
  const order = { differ: 0, updated: 1, agree: 2 } as const;
  const flagged = [...report.flagged].sort((a, b) => order[a.verdict] - order[b.verdict]);
  field(doc, 'flagged')?.replaceChildren(...flagged.map((item) => flaggedItem(doc, report, item)));
  const outletsLine = field(doc, 'outlets-line');
  if (outletsLine) outletsLine.hidden = report.outlets.length === 0;
  setText(doc, 'outlets', report.outlets.join(', '));
}

export function renderLibrary(doc: Document, library: LibraryStats): void {
  setText(doc, 'library-articles', library.articles.toLocaleString('en'));
  setText(doc, 'library-outlets', library.outlets.toLocaleString('en'));
  setText(doc, 'library-claims', library.claims.toLocaleString('en'));
}

function renderSite(doc: Document, site: SiteState | null): void {
  const row = field(doc, 'pause-row');
  const box = field<HTMLInputElement>(doc, 'pause');
  const notice = field(doc, 'notice');
  if (row) row.hidden = site === null;
  if (!site || !box) return;
  setText(doc, 'host', site.host);
  box.checked = site.paused;
  box.onchange = async () => {
    box.disabled = true;
    renderSite(doc, await send({ type: 'UI_SET_SITE_PAUSED', host: site.host, paused: box.checked }));
    box.disabled = false;
  };
  const message = site.libraryFull
    ? 'Your library is full: new articles are not being saved. Free some space in Library & settings.'
    : !site.captureEnabled
      ? 'Saving articles is switched off; pages are still checked against your library.'
      : site.paused
        ? 'Crosscheck is paused on this site.'
        : '';
  if (notice) {
    notice.textContent = message;
    notice.hidden = message === '';
  }
}

export async function startPopup(doc: Document): Promise<void> {
  doc.querySelector('[data-action="options"]')?.addEventListener('click', () => void browser.runtime.openOptionsPage());
  const { tabId, url } = await target(doc);
  const { report, library, site } = await send({ type: 'UI_PAGE_REPORT', tabId, url });
  renderReport(doc, report);
  renderLibrary(doc, library);
  renderSite(doc, site);
  doc.documentElement.dataset.ready = '1';
}
