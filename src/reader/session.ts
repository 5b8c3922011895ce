/** One reading of the current page: extract, split, anchor, paint, report to the background. */
import { splitSentences } from '../core/text/segment';
import { send } from '../messages/channel';
import { anchorQuotes } from './anchor';
import { readArticle } from './extract';
import { paint } from './paint';
import { buildTextIndex } from './text-index';

/** Placeholder highlight for every sentence read; verdict styles replace it. */
export const READ_HIGHLIGHT = 'crosscheck-read';

export async function readPage(doc: Document, url: string): Promise<void> {
  const article = readArticle(doc, url);
  if (!article) return;
  const sentences = splitSentences(article.text);
  const index = buildTextIndex(doc.body);
  const ranges = anchorQuotes(index, sentences.map((s) => s.text));
  const anchored = ranges.filter((r): r is Range => r !== null);
  paint(READ_HIGHLIGHT, anchored);
  await send({
    type: 'CS_PAGE_READ',
    article,
    sentences: sentences.map(({ start, end }) => ({ start, end })),
    anchored: anchored.length,
  });
}
