/**
 * The options page: library browser, import/export, capture settings, about & privacy.
 * It is an extension page (the background's origin), so it opens the library directly; bundles
 * never go through runtime messaging. Page and library text reach the DOM via textContent only.
 *
 * Stable hooks for the e2e tests (data-testid):
 *   page           <html data-ready="1"> once every section has rendered; page-error on failure
 *   library        library-section, library-stats, stats-articles, stats-outlets, stats-claims, stats-bytes
 *   outlets        outlets-table, outlet-row (data-site; cells outlet-articles, outlet-claims),
 *                  outlet-export, outlet-delete → outlet-delete-confirm / outlet-delete-cancel,
 *                  outlets-status, outlets-empty
 *   articles       article-search, articles-list, article-row (data-article-id; article-site,
 *                  article-claims), article-delete → article-delete-confirm / -cancel,
 *                  articles-newer, articles-older, articles-range, articles-empty, articles-status
 *   clear          clear-confirm-input (type "delete everything"), clear-library, clear-status
 *   import         import-input (file; importing starts on change), import-progress (data-phase),
 *                  import-status (data-state idle | running | done | error)
 *   export         export-library, export-status (data-state, data-file = file name),
 *                  export-link (<a download> of the last export; fetch its href to read the bundle)
 *   capture        capture-switch, library-full, resume-capture, excluded-site-input,
 *                  excluded-site-add, excluded-site-error, excluded-sites (li data-site),
 *                  excluded-site-remove, paused-sites (li data-site), paused-site-remove, capture-status
 *   about          about-section
 */
import { openLibrary, type LibraryDb, type StorageEstimateLike } from '../../library';
import { mountAboutSection } from './about-section';
import { downloadBlob } from './bundle-file';
import { mountCaptureSection, type CaptureSection } from './capture-section';
import type { OptionsContext } from './context';
import { errorText, h } from './dom';
import { mountImportExport, type ImportExportSection } from './import-export';
import { mountLibrarySection, type LibrarySection } from './library-section';
import { send } from '../../messages/channel';

export { parseSite, withSite, type SiteParse } from './hosts';
export { formatBytes, formatCount, formatDay, exportFileName, progressText, progressValue, localDay } from './format';
export { findArticles, matchesSearch, PAGE_SIZE, type ArticleListItem, type ArticlePage, type ArticleQuery } from './articles-query';
export { bundleToBlob, fileLines, downloadBlob } from './bundle-file';
export { importErrorText, importDoneText } from './import-export';
export { CLEAR_PHRASE } from './clear-library';
export type { OptionsContext } from './context';

export interface OptionsDeps {
  db?: LibraryDb;
  estimate?: () => Promise<StorageEstimateLike | undefined>;
  saveFile?: (blob: Blob, fileName: string) => void;
  now?: () => Date;
  debounceMs?: number;
  /** Tells the background the library changed under it (its retrieval caches go stale). */
  notifyBackground?: () => Promise<unknown>;
}

export interface OptionsPage {
  library: LibrarySection;
  transfer: ImportExportSection;
  capture: CaptureSection;
  /** Re-reads everything (after a change made elsewhere, e.g. the background paused capture). */
  refresh: () => Promise<void>;
}

function browserEstimate(): Promise<StorageEstimateLike | undefined> {
  return typeof navigator !== 'undefined' && navigator.storage?.estimate ? navigator.storage.estimate() : Promise.resolve(undefined);
}

/** Builds the page into `doc`'s <main> (or body) and resolves once it has rendered. */
export async function startOptions(doc: Document, deps: OptionsDeps = {}): Promise<OptionsPage> {
  const main = doc.querySelector('main') ?? doc.body;
  const notify = deps.notifyBackground ?? (() => send({ type: 'UI_LIBRARY_CHANGED' }));
  let page: OptionsPage | undefined;
  const ctx: OptionsContext = {
    db: deps.db ?? openLibrary(),
    doc,
    estimate: deps.estimate ?? browserEstimate,
    saveFile: deps.saveFile ?? ((blob, name) => downloadBlob(doc, blob, name)),
    now: deps.now ?? (() => new Date()),
    debounceMs: deps.debounceMs ?? 250,
    libraryChanged: async () => {
      await notify().catch(() => undefined);
      await page?.library.refresh();
    },
  };
  const transfer = mountImportExport(ctx);
  const library = mountLibrarySection(ctx, (site) => transfer.exportLibrary(site));
  const capture = mountCaptureSection(ctx);
  const about = mountAboutSection(ctx);
  main.append(library.element, transfer.element, capture.element, about.element);
  const refresh = async () => {
    await Promise.all([library.refresh(), capture.refresh()]);
  };
  page = { library, transfer, capture, refresh };
  try {
    await refresh();
  } catch (error) {
    main.prepend(h(doc, 'p', { class: 'notice error', testid: 'page-error', attrs: { role: 'alert' }, text: `Crosscheck could not read its library: ${errorText(error)}` }));
  }
  // Settings change behind our back (the popup pauses a site, a capture fills the library).
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'visible') void refresh().catch(() => undefined);
  });
  doc.documentElement.dataset.ready = '1';
  return page;
}
