/**
 * Row shapes as stored. An article row is the model's Article plus `copyOf` (added in schema v2):
 * the id of the article it is a near-duplicate (wire copy) of, or null. Bundles and messages carry
 * plain Articles; `copyOf` is library bookkeeping, recomputed on every write.
 */
import type { Article } from '../core/model';

export type StoredArticle = Article & {
  /** Root of this article's near-duplicate group (never itself), or null when it is an original. */
  copyOf: string | null;
  /** EXTRACTOR_VERSION that made its stored claims; absent for imported or older rows (see refresh.ts). */
  claimsBy?: number;
};

/** The plain model Article of a stored row (drops library bookkeeping). */
export function toModelArticle(row: StoredArticle): Article {
  const { copyOf: _copyOf, claimsBy: _claimsBy, ...article } = row;
  return article;
}
