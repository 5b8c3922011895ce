/**
 * v2: articles get `copyOf` (near-duplicate group root, indexed) and an `origin` index.
 * The migration fills `copyOf` for every v1 row from the stored fingerprints.
 */
import type { Transaction } from 'dexie';
import { CopyIndex } from '../copies';
import type { SchemaVersion } from './types';

async function fillCopyOf(tx: Transaction): Promise<void> {
  const articles = tx.table('articles');
  // Oldest capture first, so the earliest article of a group becomes its root.
  const order: { id: string; fingerprint: string }[] = [];
  await articles.orderBy('capturedAt').each((row: { id: string; fingerprint: string }) => {
    order.push({ id: row.id, fingerprint: row.fingerprint });
  });
  const index = new CopyIndex();
  const copyOf = new Map<string, string | null>();
  for (const { id, fingerprint } of order) {
    const root = index.rootFor(id, fingerprint);
    copyOf.set(id, root);
    index.add(id, fingerprint, root);
  }
  await articles.toCollection().modify((row: { id: string; copyOf?: string | null }) => {
    row.copyOf = copyOf.get(row.id) ?? null;
  });
}

export const v2: SchemaVersion = {
  version: 2,
  stores: {
    articles: 'id, site, canonicalUrl, fingerprint, capturedAt, origin, copyOf',
  },
  upgrade: fillCopyOf,
};
