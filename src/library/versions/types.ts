import type { Transaction } from 'dexie';

/** One released schema: its Dexie store spec and the migration from the previous version. */
export interface SchemaVersion {
  version: number;
  /** Dexie store spec of the tables this version adds or changes (others carry over). */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}
