export { readArticle, extractArticle, isArticlePage, looksLikeListingUrl } from './extract';
export { blockText } from './blocks';
export { buildTextIndex, rangeAt, type TextIndex } from './text-index';
export { anchorQuotes, normaliseSpace, sequentialAnchor } from './anchor';
export { paint, clearPaint, highlightsSupported } from './paint';
export { publishedDate, canonicalUrl, siteName, declaresArticle } from './metadata';
