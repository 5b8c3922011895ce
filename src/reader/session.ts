/**
 * One reading of the current page: extract, split, anchor in slices, ask the background to
 * cross-check, paint the verdicts. Unchanged pages are not read twice.
 */
import { hashHex } from '../core/hash';
import { splitSentences } from '../core/text/segment';
import { send } from '../messages/channel';
import type { ClaimView } from '../messages/schemas';
import { sequentialAnchor } from './anchor';
import type { Controller } from './controller';
import { readArticle } from './extract';
import { paint, READ_HIGHLIGHT } from './paint';
import { mapInSlices, yieldToPage } from './slices';
import { buildTextIndex, type TextIndex } from './text-index';

export interface ReadOutcome {
  status: 'not-article' | 'unchanged' | 'paused' | 'checked';
  views: ClaimView[];
  publishedAt: string | null;
}

function anchorInSlices(index: TextIndex, quotes: readonly string[]): Promise<(Range | null)[]> {
  return mapInSlices(quotes, sequentialAnchor(index));
}

/**
 * A cheap fingerprint of the page: address plus text length in coarse steps. Ads and tickers
 * change a few characters; a late article body or a new page changes far more.
 */
function pageSignature(doc: Document, url: string): string {
  return `${url}\u0000${Math.round((doc.body.textContent?.length ?? 0) / 400)}`;
}

export function createSession(doc: Document, controller: Controller) {
  let lastKey = '';
  let lastSignature = '';

  return async function read(url: string): Promise<ReadOutcome> {
    const signature = pageSignature(doc, url);
    if (signature === lastSignature) return { status: 'unchanged', views: [], publishedAt: null };
    lastSignature = signature;
    const article = readArticle(doc, url);
    if (!article) {
      lastKey = '';
      paint(READ_HIGHLIGHT, []);
      controller.update([], new Map());
      return { status: 'not-article', views: [], publishedAt: null };
    }
    const key = `${url}\u0000${hashHex(article.text)}`;
    if (key === lastKey) return { status: 'unchanged', views: [], publishedAt: article.publishedAt };
    lastKey = key;

    // Each phase is its own task, so the page's input and frames get turns in between.
    await yieldToPage();
    const sentences = splitSentences(article.text);
    await yieldToPage();
    const index = buildTextIndex(doc.body);
    await yieldToPage();
    const sentenceRanges = await anchorInSlices(index, sentences.map((s) => s.text));
    const anchored = sentenceRanges.filter((r): r is Range => r !== null);
    paint(READ_HIGHLIGHT, anchored);

    const answer = await send({
      type: 'CS_PAGE_READ',
      article,
      sentences: sentences.map(({ start, end }) => ({ start, end })),
      anchored: anchored.length,
    });
    if (answer.paused) {
      controller.update([], new Map());
      return { status: 'paused', views: [], publishedAt: article.publishedAt };
    }
    const claimRanges = await anchorInSlices(index, answer.views.map((v) => article.text.slice(v.start, v.end)));
    const ranges = new Map<string, Range>();
    const unanchored: string[] = [];
    answer.views.forEach((view, i) => {
      const range = claimRanges[i];
      if (range) ranges.set(view.claimId, range);
      else unanchored.push(view.claimId);
    });
    controller.update(answer.views, ranges);
    if (unanchored.length) await send({ type: 'CS_REPORT_UNANCHORED', url, claimIds: unanchored });
    return { status: 'checked', views: answer.views, publishedAt: answer.publishedAt };
  };
}
