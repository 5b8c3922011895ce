export { openLibrary, DB_NAME, type LibraryDb, type SettingRow } from './db';
export { putArticle, libraryStats, type Stats } from './articles';
