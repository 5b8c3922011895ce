/**
 * Wire copies: an article whose fingerprint is a near-duplicate of an already stored article
 * (another URL) is stored with `copyOf` = the root of that group, so "AP via 3 outlets" is one
 * group: rows sharing `copyOf ?? id`. Roots are never copies themselves, so groups stay flat.
 *
 * The core's test (Hamming distance ≤ NEAR_DUPLICATE_BITS, up to 10 of 64 bits) is too loose for an
 * exact-match index to find, so candidates come from a linear scan of fingerprints held as 32-bit
 * pairs (a few ns each); the core's isNearDuplicate confirms each hit.
 */
import { isNearDuplicate, NEAR_DUPLICATE_BITS, popcount32 } from '../core/dedup';
import type { LibraryDb } from './db';

export type NearDuplicateTest = (a: string, b: string) => boolean;

/** A 16-hex-digit fingerprint as two 32-bit halves, or null when malformed (never a copy). */
function halves(fingerprint: string): [number, number] | null {
  if (!/^[0-9a-f]{16}$/i.test(fingerprint)) return null;
  return [parseInt(fingerprint.slice(0, 8), 16), parseInt(fingerprint.slice(8), 16)];
}

interface Entry {
  id: string;
  fingerprint: string;
  hi: number;
  lo: number;
  root: string;
}

/** In-memory (id, fingerprint, group root) of the library, for one write transaction or an import. */
export class CopyIndex {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly near: NearDuplicateTest = isNearDuplicate) {}

  get size(): number {
    return this.entries.size;
  }

  add(id: string, fingerprint: string, copyOf: string | null): void {
    const parts = halves(fingerprint);
    if (!parts) {
      this.entries.delete(id);
      return;
    }
    this.entries.set(id, { id, fingerprint, hi: parts[0], lo: parts[1], root: copyOf ?? id });
  }

  /** Roots of every group a new article with this fingerprint is a near-duplicate of (not its own). */
  rootsNear(id: string, fingerprint: string): string[] {
    const parts = halves(fingerprint);
    if (!parts) return [];
    const [hi, lo] = parts;
    const roots = new Set<string>();
    for (const e of this.entries.values()) {
      if (e.id === id || e.root === id) continue;
      if (popcount32(e.hi ^ hi) + popcount32(e.lo ^ lo) > NEAR_DUPLICATE_BITS) continue;
      if (this.near(fingerprint, e.fingerprint)) roots.add(e.root);
    }
    return [...roots];
  }

  /** Root of the group a new article joins, or null (it is an original). Smallest id when several match. */
  rootFor(id: string, fingerprint: string): string | null {
    const roots = this.rootsNear(id, fingerprint);
    return roots.length ? roots.reduce((a, b) => (b < a ? b : a)) : null;
  }
}

/** Loads every stored (id, fingerprint, copyOf) through index keys only: article texts stay on disk. */
export async function loadCopyIndex(db: LibraryDb, near?: NearDuplicateTest): Promise<CopyIndex> {
  const copyOf = new Map<string, string>();
  await db.articles.orderBy('copyOf').eachKey((root, cursor) => {
    copyOf.set(String(cursor.primaryKey), String(root));
  });
  const index = new CopyIndex(near);
  await db.articles.orderBy('fingerprint').eachKey((fingerprint, cursor) => {
    const id = String(cursor.primaryKey);
    index.add(id, String(fingerprint), copyOf.get(id) ?? null);
  });
  return index;
}
