/** One row per outlet (site): its article and claim counts, export and delete (with a confirm step). */
import { deleteOutlet, outlets } from '../../library';
import type { OptionsContext } from './context';
import { confirmingButton, errorText, h } from './dom';
import { formatCount, plural } from './format';

export interface OutletsTableOptions {
  /** Exports one outlet (the transfer section does the work and shows the result). */
  exportOutlet: (site: string) => Promise<void>;
}

export function mountOutletsTable(ctx: OptionsContext, opts: OutletsTableOptions): { element: HTMLElement; refresh: () => Promise<void> } {
  const { doc } = ctx;
  const body = h(doc, 'tbody');
  const empty = h(doc, 'p', { class: 'empty', text: 'No outlets yet: read a few articles or import a library.', testid: 'outlets-empty' });
  const status = h(doc, 'p', { class: 'status', testid: 'outlets-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const table = h(doc, 'table', { class: 'outlets', testid: 'outlets-table' }, [
    h(doc, 'caption', { text: 'Outlets in your library', class: 'visually-hidden' }),
    h(doc, 'thead', {}, [
      h(doc, 'tr', {}, [
        h(doc, 'th', { text: 'Outlet', attrs: { scope: 'col' } }),
        h(doc, 'th', { text: 'Articles', class: 'num', attrs: { scope: 'col' } }),
        h(doc, 'th', { text: 'Claims', class: 'num', attrs: { scope: 'col' } }),
        h(doc, 'th', { text: 'Actions', attrs: { scope: 'col' } }),
      ]),
    ]),
    body,
  ]);
  const element = h(doc, 'div', {}, [h(doc, 'h3', { text: 'Outlets' }), empty, h(doc, 'div', { class: 'table-scroll' }, [table]), status]);

  const row = (site: string, articles: number, claims: number): HTMLTableRowElement => {
    const exportButton = h(doc, 'button', { text: 'Export', testid: 'outlet-export', attrs: { type: 'button', 'aria-label': `Export ${site}` } });
    exportButton.addEventListener('click', () => {
      exportButton.disabled = true;
      void opts.exportOutlet(site).finally(() => {
        exportButton.disabled = false;
      });
    });
    const remove = confirmingButton(doc, {
      label: 'Delete',
      ariaLabel: `Delete ${site}`,
      question: `Delete ${plural(articles, 'article')} from ${site}?`,
      confirmLabel: 'Delete',
      testid: 'outlet-delete',
      action: async () => {
        try {
          const gone = await deleteOutlet(ctx.db, site);
          status.textContent = `Deleted ${plural(gone, 'article')} from ${site}.`;
          await ctx.libraryChanged();
        } catch (error) {
          status.textContent = `Could not delete ${site}: ${errorText(error)}`;
        }
      },
    });
    const tr = h(doc, 'tr', { testid: 'outlet-row' }, [
      h(doc, 'th', { text: site, attrs: { scope: 'row' } }),
      h(doc, 'td', { text: formatCount(articles), class: 'num', testid: 'outlet-articles', attrs: { 'data-label': 'Articles' } }),
      h(doc, 'td', { text: formatCount(claims), class: 'num', testid: 'outlet-claims', attrs: { 'data-label': 'Claims' } }),
      h(doc, 'td', { class: 'actions' }, [exportButton, ' ', remove]),
    ]);
    tr.dataset.site = site;
    return tr;
  };

  const refresh = async () => {
    const list = await outlets(ctx.db);
    body.replaceChildren(...list.map((o) => row(o.site, o.articles, o.claims)));
    table.hidden = list.length === 0;
    empty.hidden = list.length > 0;
  };
  return { element, refresh };
}
