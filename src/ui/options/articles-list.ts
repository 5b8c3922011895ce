/** The articles browser: a debounced search box, 50 articles a page (newest first), delete per article. */
import { deleteArticle } from '../../library';
import { findArticles, PAGE_SIZE, type ArticleListItem } from './articles-query';
import type { OptionsContext } from './context';
import { confirmingButton, debounce, errorText, h, safeHref } from './dom';
import { formatCount, formatDay, plural } from './format';

/** Publication day when known, else the day it was added — labelled, so the two are never confused. */
function dateOf(doc: Document, article: ArticleListItem): HTMLElement {
  const published = formatDay(article.publishedAt);
  const day = published || formatDay(article.capturedAt);
  const time = h(doc, 'time', { text: day, attrs: day ? { datetime: day } : {} });
  return h(doc, 'span', { testid: 'article-date' }, [published ? 'published ' : 'added ', time]);
}

export interface ArticlesList {
  element: HTMLElement;
  /** Re-reads the current page (same search); steps back a page if this one became empty. */
  refresh: () => Promise<void>;
  /** Sets the search text and shows its first page (what typing does, minus the debounce). */
  search: (text: string) => Promise<void>;
}

export function mountArticlesList(ctx: OptionsContext): ArticlesList {
  const { doc } = ctx;
  const searchBox = h(doc, 'input', {
    testid: 'article-search',
    attrs: { type: 'search', id: 'article-search', autocomplete: 'off', placeholder: 'Title or outlet' },
  });
  const label = h(doc, 'label', { text: 'Search articles', attrs: { for: 'article-search' } });
  const list = h(doc, 'ol', { class: 'articles', testid: 'articles-list' });
  const empty = h(doc, 'p', { class: 'empty', testid: 'articles-empty' });
  const status = h(doc, 'p', { class: 'status', testid: 'articles-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const range = h(doc, 'span', { testid: 'articles-range' });
  const newer = h(doc, 'button', { text: 'Newer', testid: 'articles-newer', attrs: { type: 'button' } });
  const older = h(doc, 'button', { text: 'Older', testid: 'articles-older', attrs: { type: 'button' } });
  const pager = h(doc, 'nav', { class: 'pager', attrs: { 'aria-label': 'Article pages' } }, [newer, ' ', range, ' ', older]);
  const element = h(doc, 'div', { class: 'articles-wrap' }, [
    h(doc, 'h3', { text: 'Articles' }),
    h(doc, 'div', { class: 'field' }, [label, searchBox]),
    empty,
    list,
    pager,
    status,
  ]);

  let query = '';
  let offset = 0;
  let generation = 0;

  const item = (article: ArticleListItem): HTMLLIElement => {
    const href = safeHref(article.url);
    const title = href
      ? h(doc, 'a', { text: article.title || article.url, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } })
      : h(doc, 'span', { text: article.title || article.url });
    const remove = confirmingButton(doc, {
      label: 'Delete',
      ariaLabel: `Delete “${article.title}”`,
      question: 'Delete this article?',
      confirmLabel: 'Delete',
      testid: 'article-delete',
      action: async () => {
        try {
          await deleteArticle(ctx.db, article.id);
          status.textContent = `Deleted “${article.title}”.`;
          await ctx.libraryChanged();
        } catch (error) {
          status.textContent = `Could not delete the article: ${errorText(error)}`;
        }
      },
    });
    const li = h(doc, 'li', { testid: 'article-row' }, [
      h(doc, 'div', { class: 'article-title' }, [title]),
      h(doc, 'div', { class: 'article-meta' }, [
        h(doc, 'span', { text: article.site, testid: 'article-site' }),
        ' · ',
        dateOf(doc, article),
        ' · ',
        h(doc, 'span', { text: plural(article.claims, 'claim'), testid: 'article-claims' }),
        ' ',
        remove,
      ]),
    ]);
    li.dataset.articleId = article.id;
    return li;
  };

  const show = async (): Promise<void> => {
    const mine = ++generation;
    let page = await findArticles(ctx.db, { search: query, offset, limit: PAGE_SIZE });
    while (page.items.length === 0 && offset > 0) {
      offset = Math.max(0, offset - PAGE_SIZE);
      page = await findArticles(ctx.db, { search: query, offset, limit: PAGE_SIZE });
    }
    if (mine !== generation) return; // a newer search has already started
    list.replaceChildren(...page.items.map(item));
    list.hidden = page.items.length === 0;
    empty.hidden = page.items.length > 0;
    empty.textContent = query.trim() ? `No article matches “${query.trim()}”.` : 'No articles yet.';
    range.textContent = page.items.length ? `${formatCount(offset + 1)}–${formatCount(offset + page.items.length)}` : '';
    newer.disabled = offset === 0;
    older.disabled = !page.more;
    pager.hidden = offset === 0 && !page.more;
    list.dataset.query = query;
  };

  const search = async (text: string) => {
    query = text;
    offset = 0;
    await show();
  };
  const typed = debounce(() => void search(searchBox.value), ctx.debounceMs);
  searchBox.addEventListener('input', typed);
  newer.addEventListener('click', () => {
    offset = Math.max(0, offset - PAGE_SIZE);
    void show();
  });
  older.addEventListener('click', () => {
    offset += PAGE_SIZE;
    void show();
  });

  return { element, refresh: show, search };
}
