/** The background's answers to each message; the library is opened once and shared. */
import { browser } from 'wxt/browser';
import {
  captureArticle,
  forgetCommonKeys,
  getSettings,
  hostInSites,
  libraryStats,
  LibraryFullError,
  shouldCapture,
  updateSettings,
  type LibraryDb,
} from '../library';
import type { Handlers } from '../messages/channel';
import type { ClaimView, LibraryStats, PageReport } from '../messages/schemas';
import { toArticle } from './capture';
import { EXTRACTOR_VERSION } from '../core/claims';
import { checkPage } from './check-page';
import { refreshLibrary } from './refresh';
import { detailLines } from './views';
import { findReport, saveReport, markUnanchored } from './reports';

async function stats(db: LibraryDb): Promise<LibraryStats> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  return libraryStats(db, estimate);
}

async function siteState(db: LibraryDb, host: string) {
  const settings = await getSettings(db);
  return { host, paused: hostInSites(host, settings.pausedSites), captureEnabled: settings.captureEnabled, libraryFull: settings.libraryFull };
}

function counts(views: readonly ClaimView[]): PageReport['counts'] {
  const out = { agree: 0, differ: 0, updated: 0 };
  for (const view of views) out[view.verdict]++;
  return out;
}

export function makeHandlers(db: LibraryDb): Handlers {
  return {
    async CS_PAGE_READ(request, sender) {
      const read = request.article;
      const host = new URL(read.url).hostname;
      const settings = await getSettings(db);
      if (hostInSites(host, settings.pausedSites)) {
        return { paused: true, captured: false, publishedAt: read.publishedAt, views: [], library: await stats(db) };
      }
      const article = toArticle(read, 'visited', new Date());
      const { claims, views } = await checkPage(db, article);
      let captured = false;
      if (shouldCapture(settings, host)) {
        try {
          await captureArticle(db, article, claims, EXTRACTOR_VERSION);
          captured = true;
        } catch (error) {
          if (!(error instanceof LibraryFullError)) throw error;
          await updateSettings(db, { libraryFull: true });
        }
      }
      await saveReport(sender.tab?.id, {
        tabId: sender.tab?.id ?? null,
        url: read.url,
        title: article.title,
        site: article.site,
        publishedAt: article.publishedAt,
        sentences: request.sentences.length,
        anchored: request.anchored,
        claims: claims.length,
        counts: counts(views),
        flagged: views.map((view) => ({ claimId: view.claimId, text: view.text, verdict: view.verdict, details: detailLines(view) })),
        unanchored: [],
        outlets: [...new Set(views.flatMap((v) => v.outlets.map((o) => o.site)))].sort(),
        captured,
        checkedAt: new Date().toISOString(),
      });
      return { paused: false, captured, publishedAt: article.publishedAt, views, library: await stats(db) };
    },
    async CS_REPORT_UNANCHORED(request, sender) {
      await markUnanchored(sender.tab?.id, request.url, request.claimIds);
      return { ok: true as const };
    },
    async UI_PAGE_REPORT(request) {
      const report = await findReport(request.tabId, request.url);
      const url = report?.url ?? request.url;
      const host = url && /^https?:/.test(url) ? new URL(url).hostname : null;
      return { report, library: await stats(db), site: host ? await siteState(db, host) : null };
    },
    async UI_LIBRARY_STATS() {
      return stats(db);
    },
    async UI_FOCUS_CLAIM(request) {
      const answer: unknown = await browser.tabs.sendMessage(request.tabId, { type: 'BG_FOCUS_CLAIM', claimId: request.claimId });
      return { found: answer === true };
    },
    async UI_SET_SITE_PAUSED(request) {
      const { pausedSites } = await getSettings(db);
      const others = pausedSites.filter((site) => !hostInSites(request.host, [site]));
      await updateSettings(db, { pausedSites: request.paused ? [...others, request.host] : others });
      return siteState(db, request.host);
    },
    async UI_SITE_STATE(request) {
      return siteState(db, request.host);
    },
    async UI_LIBRARY_CHANGED() {
      // The options page wrote through its own connection: drop what this one cached, and bring
      // claims an import brought (made by any engine) up to this one.
      forgetCommonKeys(db);
      void refreshLibrary(db, true);
      return { ok: true as const };
    },
  };
}
