/**
 * Version of claim extraction: bump it whenever the same article text would give other claims,
 * slots or retrieval keys. Stored claims made by an older version are re-extracted from the stored
 * text (src/library/refresh.ts), so a library keeps up with the engine instead of silently
 * missing what new keys would find.
 */
export const EXTRACTOR_VERSION = 3;
