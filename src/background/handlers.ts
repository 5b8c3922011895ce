/** The background's answers to each message; the library is opened once and shared. */
import { libraryStats, putArticle, type LibraryDb } from '../library';
import type { Handlers } from '../messages/channel';
import { toArticle } from './capture';
import { findReport, saveReport } from './reports';

export function makeHandlers(db: LibraryDb): Handlers {
  return {
    async CS_PAGE_READ(request, sender) {
      const article = toArticle(request.article, 'visited', new Date());
      await putArticle(db, article, []);
      await saveReport(sender.tab?.id, {
        url: request.article.url,
        title: article.title,
        site: article.site,
        sentences: request.sentences.length,
        anchored: request.anchored,
        checkedAt: new Date().toISOString(),
      });
      return { stored: true, library: await libraryStats(db) };
    },
    async UI_PAGE_REPORT(request) {
      return { report: await findReport(request.tabId, request.url), library: await libraryStats(db) };
    },
    async UI_LIBRARY_STATS() {
      return libraryStats(db);
    },
  };
}
