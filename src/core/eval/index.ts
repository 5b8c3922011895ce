/** Scoring against hand-labelled gold (a port of shared/tools/score.py) and the eval pipeline. */
export { locateQuote, matchMention, matchMentionIndex, overlap, type Span, type SpannedClaim } from './mentions';
export { scoredBody, toCodePointOffset, toUtf16Offset } from './body';
export {
  GoldFile,
  GoldFact,
  GoldMention,
  GoldQuoteRef,
  GoldUnrelatedPair,
  GoldDocMeta,
  GoldFactVerdict,
  mergeGold,
  parseGold,
  type MergedGold,
} from './gold';
export { Dump, scoreDump, mentionPairLabel, SCORED, type ScoreResult, type Prf, type ClaimRef, type ExpectedClass } from './score';
export {
  extractAll,
  crossCheckAll,
  buildDump,
  dumpForDocs,
  duplicateClaimIds,
  type EvalArticle,
  type EvalArticleRef,
  type EvalEngine,
  type EvalDump,
  type ExtractedArticle,
} from './pipeline';
export { formatScoreReport, formatClusterTable, strongLinkRecall, type EvalTimings } from './report';
