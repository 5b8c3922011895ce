import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureArticle, headerLine, importBundle, isQuotaError, LibraryFullError, putArticle, recordLine } from '../../../src/library';
import { article, claim, deleteOpened, freshDb } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
  return deleteOpened();
});

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('quota errors', () => {
  it('recognises a quota error directly, wrapped by Dexie (inner) or inside a bulk failure', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', quotaError()))).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), quotaError()] })).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted'))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
  });

  it('a capture that hits the quota throws LibraryFullError and writes nothing', async () => {
    const db = freshDb();
    await putArticle(db, article('old', 'a.test'), [claim('old', 0)]);
    db.claims.hook('creating', () => {
      throw quotaError();
    });
    const failed = captureArticle(db, article('new', 'b.test'), [claim('new', 0)]);
    await expect(failed).rejects.toBeInstanceOf(LibraryFullError);
    expect(await db.articles.toCollection().primaryKeys()).toEqual(['old']);
  });

  it('an import that hits the quota throws LibraryFullError and leaves the library unchanged', async () => {
    const db = freshDb();
    const lines = [headerLine({ articles: 3, claims: 3 }), ...[0, 1, 2].map((i) => recordLine(article(`n${i}`, 'n.test'), [claim(`n${i}`, 0)]))];
    let writes = 0;
    const bulkPut = vi.spyOn(db.claims, 'bulkPut') as unknown as { mockImplementation(fn: () => Promise<unknown>): void };
    bulkPut.mockImplementation(async () => {
      if (++writes === 2) throw new Dexie.AbortError('Transaction aborted', quotaError());
      return '';
    });
    await expect(importBundle(db, () => lines, { chunkClaims: 1 })).rejects.toBeInstanceOf(LibraryFullError);
    expect(writes).toBe(2);
    expect(await db.articles.count()).toBe(0);
  });
});
