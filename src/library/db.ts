/**
 * The library database. Its schema is the list in ./versions (each version one module with its
 * migration); tests open a database written by each older version and check nothing is lost.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Claim } from '../core/model';
import type { StoredArticle } from './rows';
import { SCHEMA_VERSIONS, type SchemaVersion } from './versions';

export interface SettingRow {
  key: string;
  value: unknown;
}

export type LibraryDb = Dexie & {
  articles: EntityTable<StoredArticle, 'id'>;
  claims: EntityTable<Claim, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
};

export const DB_NAME = 'crosscheck-library';

export type DexieOptions = ConstructorParameters<typeof Dexie>[1];

/** Opens the library declaring `versions` (all released versions unless a test asks for fewer). */
export function openLibrary(
  name: string = DB_NAME,
  options?: DexieOptions,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): LibraryDb {
  const db = new Dexie(name, options) as LibraryDb;
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}
