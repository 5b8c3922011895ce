/**
 * A publication day read from an article's URL, for pages that state none: news sites put it in
 * the path ("/2024/03/12/slug", "/2024-03-12-slug", "/20240312/"). Two-digit years are ambiguous
 * ("130909" is 2013-09-09 or 13 Sep 2009) and are left alone.
 */
const SEPARATED = /(?:^|[/_-])((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=$|[/_.?#-])/;
const COMPACT = /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=$|[/_.?#-])/;

/** The day in the URL's path as "YYYY-MM-DD", or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = SEPARATED.exec(path) ?? COMPACT.exec(path);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  // "2023-02-30" parses to another day: keep only a real one.
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().startsWith(iso) ? iso : null;
}
