/**
 * Section 2, "Import and export". Import is all-or-nothing (the library validates every line first);
 * the page shows the phase and line, and on failure the line number, the reason, and that nothing
 * changed. Export streams bundle lines into a Blob and downloads it.
 */
import { BundleError, exportBundle, importBundle, LibraryFullError, type ImportProgress, type ImportResult } from '../../library';
import { bundleToBlob, fileLines } from './bundle-file';
import type { OptionsContext } from './context';
import { errorText, h, section } from './dom';
import { exportFileName, formatCount, plural, progressText, progressValue } from './format';

/** What the status line says after a failed import; every failure leaves the library as it was. */
export function importErrorText(error: unknown): string {
  const unchanged = 'Nothing was imported; your library is unchanged.';
  if (error instanceof BundleError) return `Import failed at line ${formatCount(error.line)}: ${error.reason}. ${unchanged}`;
  if (error instanceof LibraryFullError) return `Import failed: the browser has no room for this bundle (storage quota). ${unchanged}`;
  return `Import failed: ${errorText(error)}. ${unchanged}`;
}

export function importDoneText(result: ImportResult): string {
  const replaced = result.replaced ? `; ${plural(result.replaced, 'article')} already in the library ${result.replaced === 1 ? 'was' : 'were'} replaced` : '';
  return `Imported ${plural(result.articles, 'article')} with ${plural(result.claims, 'claim')}${replaced}.`;
}

export interface ImportExportSection {
  element: HTMLElement;
  /** Imports one file; resolves when done (or failed, with the status showing why). */
  importFile: (file: Blob) => Promise<void>;
  /** Exports the whole library, or one outlet's articles. */
  exportLibrary: (site?: string) => Promise<void>;
}

type State = 'idle' | 'running' | 'done' | 'error';

export function mountImportExport(ctx: OptionsContext): ImportExportSection {
  const { doc } = ctx;
  const { root, body } = section(doc, 'transfer', 'Import and export', 'transfer-section');

  // Import.
  const input = h(doc, 'input', { testid: 'import-input', attrs: { type: 'file', id: 'import-file', accept: '.jsonl,.ndjson,application/x-ndjson,application/jsonl' } });
  const progress = h(doc, 'progress', { testid: 'import-progress', attrs: { 'aria-labelledby': 'import-status' } });
  progress.hidden = true;
  const importStatus = h(doc, 'p', { class: 'status', testid: 'import-status', attrs: { id: 'import-status', role: 'status', 'aria-live': 'polite' } });
  const setImportState = (state: State, text: string) => {
    importStatus.dataset.state = state;
    importStatus.textContent = text;
  };
  setImportState('idle', '');
  const showProgress = (p: ImportProgress) => {
    const { value, max } = progressValue(p);
    if (max === null) progress.removeAttribute('value');
    else {
      progress.max = max;
      progress.value = value;
    }
    progress.dataset.phase = p.phase;
    importStatus.textContent = progressText(p);
  };

  let importing = false;
  const importFile = async (file: Blob) => {
    if (importing) return;
    importing = true;
    input.disabled = true;
    progress.hidden = false;
    progress.removeAttribute('value');
    setImportState('running', 'Reading the file…');
    try {
      let result: ImportResult;
      try {
        result = await importBundle(ctx.db, fileLines(file), { onProgress: showProgress, progressEvery: 500 });
      } catch (error) {
        setImportState('error', importErrorText(error));
        return;
      }
      // "done" only once the library view shows the new articles (e2e tests wait for it).
      await ctx.libraryChanged().catch(() => undefined);
      setImportState('done', importDoneText(result));
    } finally {
      importing = false;
      input.disabled = false;
      progress.hidden = true;
      input.value = ''; // choosing the same file again imports it again
    }
  };
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void importFile(file);
  });

  // Export.
  const exportButton = h(doc, 'button', { text: 'Export the whole library', testid: 'export-library', attrs: { type: 'button' } });
  const exportStatus = h(doc, 'p', { class: 'status', testid: 'export-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  exportStatus.dataset.state = 'idle';
  const again = h(doc, 'a', { text: 'Download again', testid: 'export-link' });
  again.hidden = true;
  let againUrl: string | null = null;

  const exportLibrary = async (site?: string) => {
    exportButton.disabled = true;
    exportStatus.dataset.state = 'running';
    exportStatus.textContent = site === undefined ? 'Exporting the library…' : `Exporting ${site}…`;
    try {
      const { blob, articles, claims } = await bundleToBlob(exportBundle(ctx.db, site === undefined ? {} : { site }));
      const fileName = exportFileName(ctx.now(), site);
      ctx.saveFile(blob, fileName);
      if (againUrl) URL.revokeObjectURL(againUrl);
      againUrl = typeof URL.createObjectURL === 'function' ? URL.createObjectURL(blob) : null;
      if (againUrl) {
        again.href = againUrl;
        again.download = fileName;
        again.hidden = false;
      }
      exportStatus.dataset.state = 'done';
      exportStatus.dataset.file = fileName;
      exportStatus.textContent = `Exported ${plural(articles, 'article')} with ${plural(claims, 'claim')} to ${fileName}.`;
    } catch (error) {
      exportStatus.dataset.state = 'error';
      exportStatus.textContent = `Export failed: ${errorText(error)}`;
    } finally {
      exportButton.disabled = false;
    }
  };
  exportButton.addEventListener('click', () => void exportLibrary());

  body.append(
    h(doc, 'h3', { text: 'Import a library' }),
    h(doc, 'p', {
      text: 'A library file (.jsonl) exported by Crosscheck or built with its command line. Every line is checked before anything is written: if one line is wrong, nothing is imported. Articles already in your library are replaced by the imported copy.',
    }),
    h(doc, 'div', { class: 'field' }, [h(doc, 'label', { text: 'Library file to import', attrs: { for: 'import-file' } }), input]),
    progress,
    importStatus,
    h(doc, 'h3', { text: 'Export' }),
    h(doc, 'p', { text: 'Saves your library as a .jsonl file you can import in another browser or share. To export one outlet, use its Export button in the outlets table.' }),
    exportButton,
    exportStatus,
    h(doc, 'p', {}, [again]),
  );
  return { element: root, importFile, exportLibrary };
}
