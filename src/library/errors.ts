/** Typed library errors: the caller pauses capture on LibraryFullError and tells the user. */

export class LibraryFullError extends Error {
  override readonly name = 'LibraryFullError';
  constructor(override readonly cause: unknown) {
    super('The library is full: the browser refused to store more (storage quota exceeded).');
  }
}

/** True when `error` or anything it wraps (Dexie `inner`, `cause`, BulkError failures) is a quota error. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError' || e.name === 'LibraryFullError') return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  const failures = Array.isArray(e.failures) ? e.failures : e.failures && typeof e.failures === 'object' ? Object.values(e.failures) : [];
  return failures.some((f) => isQuotaError(f, depth + 1));
}

/** Runs a write (one transaction), rethrowing a quota failure as LibraryFullError. */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof LibraryFullError) throw error;
    if (isQuotaError(error)) throw new LibraryFullError(error);
    throw error;
  }
}
