/**
 * Build-time rewrite of @mozilla/readability's two innerHTML assignments, which the Firefox add-on
 * linter rejects: the page cache keeps a DOM clone instead of an HTML string, and <noscript> image
 * unwrapping (images never matter for article text) is skipped. Fails the build if Readability
 * changes shape, so an upgrade cannot silently bring the assignments back.
 */
import type { Plugin } from 'vite';

const REWRITES: ReadonlyArray<readonly [string, string]> = [
  ['var pageCacheHtml = page.innerHTML;', 'var pageCacheHtml = page.cloneNode(true);'],
  ['page.innerHTML = pageCacheHtml;', 'page.replaceChildren(...Array.from(pageCacheHtml.cloneNode(true).childNodes));'],
  ['tmp.innerHTML = noscript.innerHTML;', 'return;'],
];

export function readabilityWithoutInnerHtml(): Plugin {
  return {
    name: 'crosscheck:readability-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      // Only the file itself; the commonjs plugin's "?commonjs-…" proxies hold no code of it.
      if (!/@mozilla[\\/]readability[\\/]Readability\.js$/.test(id)) return null;
      let out = code;
      for (const [from, to] of REWRITES) {
        if (!out.includes(from)) throw new Error(`Readability changed: "${from}" not found; review this rewrite`);
        out = out.replace(from, to);
      }
      if (/\.innerHTML\s*=(?!=)/.test(out)) throw new Error('Readability still assigns innerHTML');
      return { code: out, map: null };
    },
  };
}
