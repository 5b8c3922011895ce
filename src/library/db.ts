/**
 * The library database. Every schema version is listed here with its migration;
 * tests open a database written by each older version and check nothing is lost.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Article, Claim } from '../core/model';

export interface SettingRow {
  key: string;
  value: unknown;
}

export type LibraryDb = Dexie & {
  articles: EntityTable<Article, 'id'>;
  claims: EntityTable<Claim, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
};

export const DB_NAME = 'crosscheck-library';

export function openLibrary(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]): LibraryDb {
  const db = new Dexie(name, options) as LibraryDb;
  db.version(1).stores({
    articles: 'id, site, canonicalUrl, fingerprint, capturedAt',
    claims: 'id, articleId, *keys',
    settings: 'key',
  });
  return db;
}
