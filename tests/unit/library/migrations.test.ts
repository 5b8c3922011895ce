import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary, SCHEMA_VERSIONS, type LibraryDb } from '../../../src/library';
import { article, claim, fakeIdb } from './helpers';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Writes rows with only the versions up to `version` declared, as a user of that release would have. */
async function writeWithVersion(name: string, version: number, write: (db: LibraryDb) => Promise<void>): Promise<void> {
  const old = openLibrary(name, fakeIdb, SCHEMA_VERSIONS.filter((v) => v.version <= version));
  await write(old);
  old.close();
}

describe('schema versions', () => {
  it('are listed in increasing order, starting at the released v1', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers[0]).toBe(1);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(SCHEMA_VERSIONS[0]!.stores).toEqual({
      articles: 'id, site, canonicalUrl, fingerprint, capturedAt',
      claims: 'id, articleId, *keys',
      settings: 'key',
    });
  });

  it('v1 → current: keeps every article, claim and setting, and fills copyOf from fingerprints', async () => {
    const name = `migrate-${Math.random()}`;
    const v1Articles = [
      article('wire', 'agency.test', { fingerprint: '00ff00ff00ff00ff', capturedAt: '2024-01-01T08:00:00Z' }),
      article('copy', 'paper.test', { fingerprint: '00ff00ff00ff00fe', capturedAt: '2024-01-01T09:00:00Z' }),
      article('own', 'paper.test', { fingerprint: 'abcdefabcdefabcd', capturedAt: '2024-01-02T09:00:00Z', origin: 'imported' }),
    ];
    const v1Claims = [
      claim('wire', 0, ['n:ankara', 'l:quake']),
      claim('wire', 40, ['u:people']),
      claim('copy', 0, ['n:ankara', 'l:quake']),
      claim('own', 7, ['d:2024-01']),
    ];
    await writeWithVersion(name, 1, async (db) => {
      // Raw v1 rows: no copyOf field at all.
      await db.table('articles').bulkAdd(v1Articles);
      await db.claims.bulkAdd(v1Claims);
      await db.settings.put({ key: 'settings', value: { captureEnabled: false, excludedSites: ['x.test'], pausedSites: [] } });
    });

    const db = openLibrary(name, fakeIdb);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    const rows = await db.articles.orderBy('id').toArray();
    expect(rows.map(({ copyOf: _c, ...rest }) => rest)).toEqual([...v1Articles].sort((a, b) => a.id.localeCompare(b.id)));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.copyOf]))).toEqual({ wire: null, copy: 'wire', own: null });
    expect(await db.claims.orderBy('id').toArray()).toEqual([...v1Claims].sort((a, b) => a.id.localeCompare(b.id)));
    expect((await db.settings.get('settings'))?.value).toEqual({ captureEnabled: false, excludedSites: ['x.test'], pausedSites: [] });
    // The indexes v2 added answer queries over migrated rows.
    expect(await db.articles.where('origin').equals('imported').primaryKeys()).toEqual(['own']);
    expect(await db.articles.where('copyOf').equals('wire').primaryKeys()).toEqual(['copy']);
    expect(await db.claims.where('keys').equals('n:ankara').primaryKeys()).toEqual(['copy:0', 'wire:0']);
  });
});
