// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { captureArticle, getSettings, headerLine, libraryStats, recordLine, updateSettings, type LibraryDb } from '../../../src/library';
import { startOptions, type OptionsPage } from '../../../src/ui/options';
import { article, claim, deleteOpened, freshDb } from '../library/helpers';

afterEach(async () => {
  document.body.replaceChildren();
  delete document.documentElement.dataset.ready;
  await deleteOpened();
});

const $ = <T extends Element = HTMLElement>(testid: string, root: ParentNode = document) => {
  const el = root.querySelector<T>(`[data-testid="${testid}"]`);
  if (!el) throw new Error(`no [data-testid="${testid}"]`);
  return el;
};
const $$ = (testid: string, root: ParentNode = document) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)];
const click = (el: Element) => (el as HTMLElement).click();

/** Waits until `check` passes (the page's handlers run asynchronously after a click). */
async function until(check: () => void, tries = 2000): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      check();
      return;
    } catch (error) {
      if (i >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

interface Saved {
  blob: Blob;
  name: string;
}

async function open(db: LibraryDb, saved: Saved[] = []): Promise<OptionsPage> {
  document.body.append(document.createElement('main'));
  return startOptions(document, {
    db,
    estimate: async () => ({ usage: 3 * 1024 * 1024, quota: 1024 ** 3 }),
    saveFile: (blob, name) => saved.push({ blob, name }),
    now: () => new Date(2025, 5, 7, 12),
    debounceMs: 0,
  });
}

async function seed(db: LibraryDb): Promise<void> {
  await captureArticle(db, article('a1', 'alpha.test', { title: 'Flood toll rises', capturedAt: '2025-03-01T10:00:00Z' }), [claim('a1', 0), claim('a1', 20)]);
  await captureArticle(db, article('a2', 'alpha.test', { title: 'Bridge reopens', capturedAt: '2025-03-03T10:00:00Z', publishedAt: null }), [claim('a2', 0)]);
  await captureArticle(db, article('b1', 'beta.test', { title: 'Flood warning lifted', capturedAt: '2025-03-02T10:00:00Z' }), []);
}

const rowIds = () => $$('article-row').map((row) => row.dataset.articleId);

describe('options page: library', () => {
  it('renders stats, outlets and articles newest first, then marks itself ready', async () => {
    const db = freshDb();
    await seed(db);
    await open(db);
    expect(document.documentElement.dataset.ready).toBe('1');
    expect($('stats-articles').textContent).toBe('3');
    expect($('stats-outlets').textContent).toBe('2');
    expect($('stats-claims').textContent).toBe('3');
    expect($('stats-bytes').textContent).toBe('3.0 MB of 1.0 GB available');
    const outlets = $$('outlet-row').map((row) => [row.dataset.site, $('outlet-articles', row).textContent, $('outlet-claims', row).textContent]);
    expect(outlets).toEqual([
      ['alpha.test', '2', '3'],
      ['beta.test', '1', '0'],
    ]);
    expect(rowIds()).toEqual(['a2', 'b1', 'a1']);
    const first = $$('article-row')[0]!;
    expect(first.querySelector('a')?.getAttribute('href')).toBe('https://alpha.test/a2');
    expect(first.querySelector('a')?.textContent).toBe('Bridge reopens');
    expect($('article-claims', first).textContent).toBe('1 claim');
    // No publication date: the capture day stands in, labelled as such.
    expect($('article-date', first).textContent).toBe('added 2025-03-03');
    expect($('article-date', $$('article-row')[1]!).textContent).toBe('published 2025-03-04');
    expect($('articles-empty').hidden).toBe(true);
  });

  it('renders hostile titles as text and never links a non-http URL', async () => {
    const db = freshDb();
    const title = '<img src=x onerror="window.pwned=1"><b>bold</b>';
    await captureArticle(db, article('x', 'evil.test', { title, url: 'javascript:alert(1)' }), []);
    await open(db);
    const row = $$('article-row')[0]!;
    expect(row.querySelector('img, b, a')).toBeNull();
    expect(row.textContent).toContain(title);
  });

  it('searches titles and sites (case-insensitive) and says when nothing matches', async () => {
    const db = freshDb();
    await seed(db);
    const page = await open(db);
    const box = $<HTMLInputElement>('article-search');
    box.value = 'FLOOD';
    box.dispatchEvent(new Event('input'));
    await until(() => expect(rowIds()).toEqual(['b1', 'a1']));
    await page.library.search('beta');
    expect(rowIds()).toEqual(['b1']);
    await page.library.search('volcano');
    expect(rowIds()).toEqual([]);
    expect($('articles-empty').hidden).toBe(false);
    expect($('articles-empty').textContent).toContain('volcano');
  });

  it('pages 50 articles at a time', async () => {
    const db = freshDb();
    for (let i = 0; i < 120; i++) {
      const id = `n${String(i).padStart(3, '0')}`;
      await captureArticle(db, article(id, 'many.test', { capturedAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString() }), []);
    }
    await open(db);
    expect(rowIds()).toHaveLength(50);
    expect(rowIds()[0]).toBe('n119');
    expect($<HTMLButtonElement>('articles-newer').disabled).toBe(true);
    click($('articles-older'));
    await until(() => expect(rowIds()[0]).toBe('n069'));
    click($('articles-older'));
    await until(() => expect(rowIds()).toHaveLength(20));
    expect($('articles-range').textContent).toBe('101–120');
    expect($<HTMLButtonElement>('articles-older').disabled).toBe(true);
    click($('articles-newer'));
    await until(() => expect(rowIds()[0]).toBe('n069'));
  });

  it('deletes an outlet only after the confirm step, and updates the counts', async () => {
    const db = freshDb();
    await seed(db);
    await open(db);
    const alpha = $$('outlet-row').find((row) => row.dataset.site === 'alpha.test')!;
    click($('outlet-delete', alpha));
    expect((await libraryStats(db)).articles).toBe(3);
    click($('outlet-delete-cancel', alpha));
    expect($$('outlet-delete-confirm')).toHaveLength(0);
    click($('outlet-delete', alpha));
    expect(alpha.textContent).toContain('Delete 2 articles from alpha.test?');
    click($('outlet-delete-confirm', alpha));
    await until(() => expect($('outlets-status').textContent).toBe('Deleted 2 articles from alpha.test.'));
    await until(() => expect($$('outlet-row').map((r) => r.dataset.site)).toEqual(['beta.test']));
    // The other sections refresh on their own turn after the delete.
    await until(() => expect(rowIds()).toEqual(['b1']));
    await until(() => expect($('stats-articles').textContent).toBe('1'));
    expect(await libraryStats(db)).toMatchObject({ articles: 1, claims: 0 });
  });

  it('deletes one article after confirming', async () => {
    const db = freshDb();
    await seed(db);
    await open(db);
    const row = $$('article-row').find((r) => r.dataset.articleId === 'a1')!;
    click($('article-delete', row));
    click($('article-delete-confirm', row));
    await until(() => expect(rowIds()).toEqual(['a2', 'b1']));
    expect(await db.articles.get('a1')).toBeUndefined();
    expect(await db.claims.where('articleId').equals('a1').count()).toBe(0);
    await until(() => expect($('stats-claims').textContent).toBe('1'));
  });

  it('clears everything only once the phrase is typed, keeping settings', async () => {
    const db = freshDb();
    await seed(db);
    await updateSettings(db, { excludedSites: ['kept.test'] });
    await open(db);
    const button = $<HTMLButtonElement>('clear-library');
    const input = $<HTMLInputElement>('clear-confirm-input');
    expect(button.disabled).toBe(true);
    input.value = 'delete';
    input.dispatchEvent(new Event('input'));
    expect(button.disabled).toBe(true);
    input.value = 'Delete everything';
    input.dispatchEvent(new Event('input'));
    expect(button.disabled).toBe(false);
    click(button);
    await until(() => expect($('clear-status').textContent).toBe('The library is empty.'));
    await until(() => expect($('stats-articles').textContent).toBe('0'));
    expect($$('outlet-row')).toHaveLength(0);
    expect($('outlets-empty').hidden).toBe(false);
    expect(await libraryStats(db)).toMatchObject({ articles: 0, claims: 0 });
    expect((await getSettings(db)).excludedSites).toEqual(['kept.test']);
  });
});

function bundle(records: { id: string; site: string; claims: number }[]): string {
  const lines = [headerLine({ articles: records.length, claims: records.reduce((n, r) => n + r.claims, 0) })];
  for (const r of records) lines.push(recordLine(article(r.id, r.site, { origin: 'imported' }), Array.from({ length: r.claims }, (_, i) => claim(r.id, i * 20))));
  return `${lines.join('\n')}\n`;
}

describe('options page: import and export', () => {
  it('imports a file, showing progress, then the counts, and refreshes the library', async () => {
    const db = freshDb();
    const page = await open(db);
    const seen: string[] = [];
    const status = $('import-status');
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    const records = Array.from({ length: 1200 }, (_, i) => ({ id: `i${i}`, site: i % 2 ? 'odd.test' : 'even.test', claims: 1 }));
    await page.transfer.importFile(new File([bundle(records)], 'lib.jsonl'));
    expect(status.dataset.state).toBe('done');
    expect(status.textContent).toBe('Imported 1,200 articles with 1,200 claims.');
    await until(() => expect(seen).toContain('Validating line 500 / 1,201'));
    expect(seen.some((text) => text.startsWith('Writing line'))).toBe(true);
    expect($('import-progress').hidden).toBe(true);
    expect($('stats-articles').textContent).toBe('1,200');
    expect($$('outlet-row').map((r) => r.dataset.site).sort()).toEqual(['even.test', 'odd.test']);
  });

  it('imports through the file input and says when articles were replaced', async () => {
    const db = freshDb();
    await captureArticle(db, article('r1', 'alpha.test'), []);
    await open(db);
    const input = $<HTMLInputElement>('import-input');
    const file = new File([bundle([{ id: 'r1', site: 'alpha.test', claims: 2 }, { id: 'r2', site: 'alpha.test', claims: 0 }])], 'lib.jsonl');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await until(() => expect($('import-status').dataset.state).toBe('done'));
    expect($('import-status').textContent).toBe('Imported 2 articles with 2 claims; 1 article already in the library was replaced.');
  });

  it('rejects a bad line with its number and reason, and changes nothing', async () => {
    const db = freshDb();
    await seed(db);
    const page = await open(db);
    const lines = bundle([{ id: 'g1', site: 'gamma.test', claims: 1 }, { id: 'g2', site: 'gamma.test', claims: 1 }, { id: 'g3', site: 'gamma.test', claims: 1 }]).split('\n');
    lines[3] = lines[3]!.replace('"checkworthiness":0.5', '"checkworthiness":7');
    await page.transfer.importFile(new File([lines.join('\n')], 'bad.jsonl'));
    const status = $('import-status');
    expect(status.dataset.state).toBe('error');
    expect(status.textContent).toMatch(/^Import failed at line 4: claims\.0\.checkworthiness/);
    expect(status.textContent).toContain('Nothing was imported; your library is unchanged.');
    expect(await libraryStats(db)).toMatchObject({ articles: 3, claims: 3 });
    expect($$('outlet-row').map((r) => r.dataset.site)).toEqual(['alpha.test', 'beta.test']);
    expect($<HTMLInputElement>('import-input').disabled).toBe(false);
  });

  it('rejects a file that is not a bundle at line 1', async () => {
    const db = freshDb();
    const page = await open(db);
    await page.transfer.importFile(new File(['hello world\n'], 'notes.jsonl'));
    expect($('import-status').textContent).toMatch(/^Import failed at line 1: not JSON/);
  });

  it('exports the whole library as bundle lines that import back', async () => {
    const db = freshDb();
    await seed(db);
    const saved: Saved[] = [];
    await open(db, saved);
    click($('export-library'));
    await until(() => expect($('export-status').dataset.state).toBe('done'));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe('crosscheck-library-2025-06-07.jsonl');
    expect($('export-status').textContent).toBe('Exported 3 articles with 3 claims to crosscheck-library-2025-06-07.jsonl.');
    const lines = (await saved[0]!.blob.text()).trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'crosscheck-bundle', articles: 3, claims: 3 });
    expect(lines.slice(1).map((l) => (JSON.parse(l) as { article: { id: string } }).article.id)).toEqual(['a1', 'a2', 'b1']);

    const other = freshDb();
    const page2 = await open(other);
    await page2.transfer.importFile(saved[0]!.blob);
    expect(await libraryStats(other)).toMatchObject({ articles: 3, claims: 3, outlets: 2 });
  });

  it('exports one outlet from its row', async () => {
    const db = freshDb();
    await seed(db);
    const saved: Saved[] = [];
    await open(db, saved);
    const beta = $$('outlet-row').find((row) => row.dataset.site === 'beta.test')!;
    click($('outlet-export', beta));
    await until(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('crosscheck-beta.test-2025-06-07.jsonl');
    const lines = (await saved[0]!.blob.text()).trim().split('\n');
    expect(lines.slice(1).map((l) => (JSON.parse(l) as { article: { site: string } }).article.site)).toEqual(['beta.test']);
  });

  it('exports with many lines folded into one blob in order', async () => {
    const { bundleToBlob } = await import('../../../src/ui/options');
    async function* lines() {
      yield headerLine({ articles: 5, claims: 0 });
      for (let i = 0; i < 5; i++) yield `line ${i}`;
    }
    const { blob, articles } = await bundleToBlob(lines(), 2);
    expect(articles).toBe(5);
    expect((await blob.text()).split('\n').slice(1)).toEqual(['line 0', 'line 1', 'line 2', 'line 3', 'line 4', '']);
  });
});

describe('options page: capture settings', () => {
  it('turns capture off and on', async () => {
    const db = freshDb();
    await open(db);
    const toggle = $<HTMLInputElement>('capture-switch');
    expect(toggle.checked).toBe(true);
    toggle.checked = false;
    toggle.dispatchEvent(new Event('change'));
    await until(() => expect($('capture-status').textContent).toContain('Capture is off'));
    expect((await getSettings(db)).captureEnabled).toBe(false);
  });

  it('adds a valid excluded site, rejects invalid and duplicate ones, and removes', async () => {
    const db = freshDb();
    await open(db);
    const input = $<HTMLInputElement>('excluded-site-input');
    input.value = 'not a site';
    click($('excluded-site-add'));
    await until(() => expect($('excluded-site-error').textContent).not.toBe(''));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect((await getSettings(db)).excludedSites).toEqual([]);

    input.value = 'https://www.Example.org/world';
    click($('excluded-site-add'));
    await until(() => expect($$('excluded-site-remove')).toHaveLength(1));
    expect((await getSettings(db)).excludedSites).toEqual(['example.org']);
    expect($('excluded-site-error').textContent).toBe('');
    expect(input.value).toBe('');

    input.value = 'example.org';
    click($('excluded-site-add'));
    await until(() => expect($('excluded-site-error').textContent).toBe('example.org is already excluded.'));

    click($('excluded-site-remove'));
    await until(() => expect($$('excluded-site-remove')).toHaveLength(0));
    expect((await getSettings(db)).excludedSites).toEqual([]);
  });

  it('lists paused sites with remove, and resumes capture after the library was full', async () => {
    const db = freshDb();
    await updateSettings(db, { pausedSites: ['a.test', 'b.test'], libraryFull: true });
    await open(db);
    expect([...$('paused-sites').querySelectorAll('li')].map((li) => li.dataset.site)).toEqual(['a.test', 'b.test']);
    expect($('library-full').hidden).toBe(false);
    click($('paused-site-remove'));
    await until(() => expect([...$('paused-sites').querySelectorAll('li')].map((li) => li.dataset.site)).toEqual(['b.test']));
    click($('resume-capture'));
    await until(() => expect($('library-full').hidden).toBe(true));
    expect(await getSettings(db)).toMatchObject({ pausedSites: ['b.test'], libraryFull: false });
  });

  it('shows the privacy facts', async () => {
    await open(freshDb());
    const about = $('about-section').textContent ?? '';
    expect(about).toContain('IndexedDB');
    expect(about).toContain('no network requests');
    expect(about).toContain('no analytics');
  });
});
