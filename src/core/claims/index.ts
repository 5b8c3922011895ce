/** Public face of claim extraction: article body → Claim[] and the pieces it is built from. */
export { extractClaims, type ArticleForClaims } from './extract';
export { claimUnits, type ClaimUnit } from './units';
export { isBoilerplateSentence, isBoilerplateParagraph, isByline, isTimestampLine, datelineLength } from './boilerplate';
export { findQuoteSpans, type QuoteSpan } from './quotes';
export { findAttribution, quoteSpeaker, type AttributionMatch } from './attribution';
export { polarityOf, negationCues } from './polarity';
export { claimKeys, MAX_KEYS, type KeyInput } from './keys';
export { checkworthiness, type WorthinessInput } from './checkworthiness';
export { EXTRACTOR_VERSION } from './version';
