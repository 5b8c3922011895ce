/** Rows and databases for the library tests. */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { Article, Claim } from '../../../src/core/model';
import { openLibrary, type LibraryDb } from '../../../src/library';

export function article(id: string, site: string, extra: Partial<Article> = {}): Article {
  return {
    id, url: `https://${site}/${id}`, canonicalUrl: `https://${site}/${id}`, site, title: `Story ${id}`, byline: null,
    publishedAt: '2025-03-04', capturedAt: '2025-03-04T10:00:00Z', origin: 'visited', text: `Text of ${id}.`,
    textHash: `h-${id}`, fingerprint: uniqueFingerprint(id), ...extra,
  };
}

/** A 64-bit hex fingerprint far (many bits) from any other id's. */
export function uniqueFingerprint(id: string): string {
  let h = 0x811c9dc5;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  const a = (h >>> 0).toString(16).padStart(8, '0');
  const b = (Math.imul(h, 2654435761) >>> 0).toString(16).padStart(8, '0');
  return a + b;
}

export function claim(articleId: string, start: number, keys: string[] = ['l:text'], extra: Partial<Claim> = {}): Claim {
  return {
    id: `${articleId}:${start}`, articleId, start, end: start + 10, text: `Claim at ${start}.`,
    slots: { quantities: [], dates: [], names: [], quotes: [] }, predicates: [], keys,
    polarity: 'positive', attribution: null, checkworthiness: 0.5, ...extra,
  };
}

const opened: LibraryDb[] = [];

/** Fake IndexedDB for Dexie, passed explicitly so import order does not matter. */
export const fakeIdb = { indexedDB, IDBKeyRange };

export function freshDb(): LibraryDb {
  const db = openLibrary(`test-${Math.random()}`, { indexedDB, IDBKeyRange });
  opened.push(db);
  return db;
}

export async function deleteOpened(): Promise<void> {
  for (const db of opened.splice(0)) await db.delete();
}
