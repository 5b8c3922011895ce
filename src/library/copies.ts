/**
 * Wire copies: an article whose fingerprint is a near-duplicate of an already stored article
 * (another URL) is stored with `copyOf` = the root of that group, so "AP via 3 outlets" is one
 * group: rows sharing `copyOf ?? id`. Roots are never copies themselves, so groups stay flat.
 *
 * Candidates are found by banding: the hex fingerprint is cut into 8 bands; two fingerprints
 * within 7 differing bits share at least one band exactly (pigeonhole), then the core's test decides.
 */
import type { LibraryDb } from './db';

export type NearDuplicateTest = (a: string, b: string) => boolean;

/** Stand-in until the core's isNearDuplicate lands: equal-length hex fingerprints within 3 bits. */
export function isNearDuplicate(a: string, b: string): boolean {
  if (a.length !== b.length || !/^[0-9a-f]*$/i.test(a + b)) return a === b;
  let bits = 0;
  for (let i = 0; i < a.length && bits <= 3; i++) {
    let x = parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16);
    for (; x; x &= x - 1) bits++;
  }
  return bits <= 3;
}

const BANDS = 8;

export function fingerprintBands(fingerprint: string): string[] {
  const width = Math.max(1, Math.ceil(fingerprint.length / BANDS));
  const bands: string[] = [];
  for (let i = 0; i * width < fingerprint.length; i++) bands.push(`${i}:${fingerprint.slice(i * width, (i + 1) * width)}`);
  return bands;
}

interface Entry {
  fingerprint: string;
  root: string;
}

/** In-memory index of (id, fingerprint, group root), loaded once per write transaction. */
export class CopyIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly buckets = new Map<string, Set<string>>();

  constructor(private readonly near: NearDuplicateTest = isNearDuplicate) {}

  add(id: string, fingerprint: string, copyOf: string | null): void {
    this.remove(id);
    this.entries.set(id, { fingerprint, root: copyOf ?? id });
    for (const band of fingerprintBands(fingerprint)) {
      let bucket = this.buckets.get(band);
      if (!bucket) this.buckets.set(band, (bucket = new Set()));
      bucket.add(id);
    }
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    for (const band of fingerprintBands(entry.fingerprint)) this.buckets.get(band)?.delete(id);
  }

  /** Root of the group a new article with this fingerprint joins, or null (it is an original). */
  rootFor(id: string, fingerprint: string): string | null {
    if (!fingerprint) return null;
    const roots: string[] = [];
    for (const band of fingerprintBands(fingerprint)) {
      for (const other of this.buckets.get(band) ?? []) {
        const entry = this.entries.get(other);
        if (other === id || !entry || entry.root === id) continue;
        if (this.near(fingerprint, entry.fingerprint)) roots.push(entry.root);
      }
    }
    // Several groups may match: the smallest root id keeps the choice deterministic.
    return roots.length ? roots.reduce((a, b) => (b < a ? b : a)) : null;
  }

  /** Ids of every article in the group `id` belongs to (itself included). */
  groupOf(id: string): string[] {
    const root = this.entries.get(id)?.root ?? id;
    return [...this.entries].filter(([other, e]) => other === root || e.root === root).map(([other]) => other);
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
