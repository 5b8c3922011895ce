export { openLibrary, DB_NAME, type LibraryDb, type SettingRow, type DexieOptions } from './db';
export type { StoredArticle } from './rows';
export { toModelArticle } from './rows';
export { SCHEMA_VERSIONS, type SchemaVersion } from './versions';
export {
  captureArticle,
  putArticle,
  deleteArticle,
  deleteOutlet,
  clearLibrary,
  libraryStats,
  outlets,
  type CaptureResult,
  type Stats,
  type OutletStats,
  type StorageEstimateLike,
} from './articles';
export { candidateClaims, candidatesForPage, articlesByIds, sourceGroup, forgetCommonKeys, type CandidateOptions, type PageCandidateOptions, type PageCandidates } from './queries';
export { Settings, DEFAULT_SETTINGS, getSettings, updateSettings, shouldCapture, hostInSites } from './settings';
export { LibraryFullError, isQuotaError, guardQuota } from './errors';
export { BundleHeader, BundleRecord, BundleError, BUNDLE_FORMAT, BUNDLE_VERSION, parseBundle, linesOf, headerLine, recordLine, type BundleItem } from './bundle';
export { importBundle, exportBundle, type BundleSource, type ImportProgress, type ImportOptions, type ImportResult, type ExportOptions } from './transfer';
export { CopyIndex, loadCopyIndex, type NearDuplicateTest } from './copies';
export { refreshClaims, type RefreshOptions } from './refresh';
