/** The library's size: articles, outlets, claims, bytes used. */
import { libraryStats } from '../../library';
import type { OptionsContext } from './context';
import { h } from './dom';
import { formatBytes, formatCount } from './format';

export function mountStats(ctx: OptionsContext): { element: HTMLElement; refresh: () => Promise<void> } {
  const { doc } = ctx;
  const fields = {
    articles: h(doc, 'dd', { testid: 'stats-articles' }),
    outlets: h(doc, 'dd', { testid: 'stats-outlets' }),
    claims: h(doc, 'dd', { testid: 'stats-claims' }),
    bytes: h(doc, 'dd', { testid: 'stats-bytes' }),
  };
  const element = h(doc, 'dl', { class: 'stats', testid: 'library-stats' }, [
    h(doc, 'dt', { text: 'Articles' }), fields.articles,
    h(doc, 'dt', { text: 'Outlets' }), fields.outlets,
    h(doc, 'dt', { text: 'Claims' }), fields.claims,
    h(doc, 'dt', { text: 'Storage used' }), fields.bytes,
  ]);
  const refresh = async () => {
    const estimate = await ctx.estimate().catch(() => undefined);
    const stats = await libraryStats(ctx.db, estimate);
    fields.articles.textContent = formatCount(stats.articles);
    fields.outlets.textContent = formatCount(stats.outlets);
    fields.claims.textContent = formatCount(stats.claims);
    fields.bytes.textContent =
      stats.bytesQuota !== null && stats.bytesUsed !== null
        ? `${formatBytes(stats.bytesUsed)} of ${formatBytes(stats.bytesQuota)} available`
        : formatBytes(stats.bytesUsed);
  };
  return { element, refresh };
}
