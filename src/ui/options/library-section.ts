/** Section 1, "Your library": stats, outlets, articles, clear everything. */
import { mountArticlesList } from './articles-list';
import { mountClearLibrary } from './clear-library';
import type { OptionsContext } from './context';
import { section } from './dom';
import { mountOutletsTable } from './outlets-table';
import { mountStats } from './stats';

export interface LibrarySection {
  element: HTMLElement;
  refresh: () => Promise<void>;
  search: (text: string) => Promise<void>;
}

export function mountLibrarySection(ctx: OptionsContext, exportOutlet: (site: string) => Promise<void>): LibrarySection {
  const { root, body } = section(ctx.doc, 'library', 'Your library', 'library-section');
  const stats = mountStats(ctx);
  const outlets = mountOutletsTable(ctx, { exportOutlet });
  const articles = mountArticlesList(ctx);
  const clear = mountClearLibrary(ctx);
  body.append(stats.element, outlets.element, articles.element, clear.element);
  const refresh = async () => {
    await Promise.all([stats.refresh(), outlets.refresh(), articles.refresh()]);
  };
  return { element: root, refresh, search: articles.search };
}
