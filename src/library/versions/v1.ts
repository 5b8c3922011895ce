/** v1, the first released schema. Frozen: never edit; add a new version instead. */
import type { SchemaVersion } from './types';

export const v1: SchemaVersion = {
  version: 1,
  stores: {
    articles: 'id, site, canonicalUrl, fingerprint, capturedAt',
    claims: 'id, articleId, *keys',
    settings: 'key',
  },
};
