/**
 * Lookup tables keyed by words read from pages. They have no prototype, so a page word such as
 * "constructor", "toString" or "__proto__" finds nothing instead of an Object.prototype member.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
