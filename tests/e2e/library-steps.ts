/**
 * Issue 5 in the browser: the library survives a browser restart on the same profile, imports a
 * bundle through the options page (and refuses a broken one whole), and exports it back.
 */
import { readFileSync } from 'node:fs';
import type { PageId } from '../fixtures/facts';
import { expect, expectEqual } from './harness';
import { buildBundles, clickExport, compareExport, fetchExportLink, waitOptions } from './library-checks';
import { pollTab, popupView } from './probes';
import type { Walk } from './scenario';

/** Fixture pages the walk never visits: imported instead. */
const IMPORTED: readonly PageId[] = ['nearMiss', 'longRead'];
const OPTIONS_VIEWPORT = { width: 1100, height: 1000 };

async function popupLibraryCount(walk: Walk): Promise<string | null> {
  const tab = await walk.ctx.browser.openExtensionPage('popup.html');
  try {
    const polled = await pollTab(tab, popupView, null, (v) => v.ready && !!v.libraryArticles, 10_000);
    return polled.value?.libraryArticles ?? null;
  } finally {
    await tab.close().catch(() => undefined);
  }
}

export async function stepRestart(walk: Walk): Promise<void> {
  const size = walk.library.length;
  await walk.ctx.runner.step(`${walk.name}: after a browser restart on the same profile the library still has ${size} articles`, async () => {
    expect(size >= 2, `only ${size} articles captured before the restart`);
    walk.forgetTabs();
    await walk.ctx.browser.restart();
    expectEqual(await popupLibraryCount(walk), String(size), 'popup library count after the restart');
  }, 90_000);
}

export async function stepImportExport(walk: Walk): Promise<void> {
  const { runner, browser } = walk.ctx;
  const before = walk.library.length;
  const after = before + IMPORTED.length;
  const bundles = buildBundles(IMPORTED);
  const options = await browser.openExtensionPage('options.html', OPTIONS_VIEWPORT);
  try {
    await runner.step(`${walk.name}: options page imports a CLI-built bundle (${before} → ${after} articles)`, async () => {
      await waitOptions(options, (v) => v.articles === String(before), `library shows ${before} articles`);
      await options.setInputFiles('[data-testid="import-input"]', bundles.good);
      const view = await waitOptions(options, (v) => v.importState === 'done' || v.importState === 'error', 'import finishes', 30_000);
      expectEqual(view.importState, 'done', `import state (${view.importText ?? ''})`);
      await waitOptions(options, (v) => v.articles === String(after), `library shows ${after} articles`);
      expectEqual(await popupLibraryCount(walk), String(after), 'popup library count after the import');
      await options.screenshot(walk.screenshotPath('options-imported'));
    });
    await runner.step(`${walk.name}: a bundle with a bad line ${bundles.badLine} is rejected with its line number; library unchanged`, async () => {
      const beforeBad = await waitOptions(options, (v) => v.articles === String(after), `library shows ${after} articles`);
      await options.setInputFiles('[data-testid="import-input"]', bundles.bad);
      const view = await waitOptions(options, (v) => v.importState === 'error' || v.importState === 'done', 'import finishes', 30_000);
      expectEqual(view.importState, 'error', `import state (${view.importText ?? ''})`);
      expect((view.importText ?? '').includes(`line ${bundles.badLine}`), `error text does not name line ${bundles.badLine}: ${view.importText ?? ''}`);
      const settled = await waitOptions(options, () => true, 'page ready');
      expectEqual(settled.articles, beforeBad.articles, 'articles after the rejected import');
      expectEqual(settled.claims, beforeBad.claims, 'claims after the rejected import');
      await options.screenshot(walk.screenshotPath('options-import-error'));
    });
    await runner.step(`${walk.name}: the export holds the imported articles unchanged`, async () => {
      let text: string;
      if (options.downloadFrom) {
        text = (await options.downloadFrom('[data-testid="export-library"]')).text;
      } else {
        // Firefox: downloads are not reachable over BiDi here; read the page's own export link.
        await options.evaluate(clickExport, null);
        const view = await waitOptions(options, (v) => v.exportState === 'done' && !!v.exportHref, 'export finishes', 30_000);
        text = await options.evaluate(fetchExportLink, view.exportHref as string);
      }
      const problems = compareExport(bundles.goodLines, text, after);
      expect(problems.length === 0, problems.join('\n'));
      expect(readFileSync(bundles.good, 'utf8').length > 0, 'bundle file vanished');
    });
  } finally {
    await options.close().catch(() => undefined);
  }
}
