/** Pages of the library's articles, newest captured first, optionally filtered by a title/site substring. */
import type { LibraryDb } from '../../library';

export interface ArticleListItem {
  id: string;
  url: string;
  site: string;
  title: string;
  publishedAt: string | null;
  /** When it entered the library (list order: newest first). */
  capturedAt: string;
  claims: number;
}

export interface ArticlePage {
  items: ArticleListItem[];
  /** True when there is at least one more article after this page. */
  more: boolean;
}

export interface ArticleQuery {
  search?: string;
  offset?: number;
  limit?: number;
}

export const PAGE_SIZE = 50;

/** Case-insensitive substring of the title or the site; an empty search matches everything. */
export function matchesSearch(article: { title: string; site: string }, search: string): boolean {
  const needle = search.trim().toLocaleLowerCase();
  return needle === '' || article.title.toLocaleLowerCase().includes(needle) || article.site.toLocaleLowerCase().includes(needle);
}

export async function findArticles(db: LibraryDb, query: ArticleQuery = {}): Promise<ArticlePage> {
  const { search = '', offset = 0, limit = PAGE_SIZE } = query;
  return db.transaction('r', db.articles, db.claims, async () => {
    let rows = db.articles.orderBy('capturedAt').reverse();
    if (search.trim()) rows = rows.filter((row) => matchesSearch(row, search));
    // One extra row tells whether a next page exists without counting every match.
    const found = await rows.offset(offset).limit(limit + 1).toArray();
    const page = found.slice(0, limit);
    const claims = await Promise.all(page.map((row) => db.claims.where('articleId').equals(row.id).count()));
    return {
      items: page.map((row, i) => ({
        id: row.id,
        url: row.url,
        site: row.site,
        title: row.title,
        publishedAt: row.publishedAt,
        capturedAt: row.capturedAt,
        claims: claims[i] ?? 0,
      })),
      more: found.length > limit,
    };
  });
}
