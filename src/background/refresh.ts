/** Re-extraction of stored claims made by an older engine, one run at a time, in the background. */
import { EXTRACTOR_VERSION } from '../core/claims';
import { refreshClaims, type LibraryDb } from '../library';
import { claimsOfArticle } from './check-page';

let running: Promise<void> | null = null;
let again = false;

/**
 * Starts a refresh, or asks the running one to look once more when it ends. `imported`: rows came in
 * from elsewhere (a bundle), so every article is looked at even if the last run was complete.
 * Resolves when the run ends; callers need not wait.
 */
export function refreshLibrary(db: LibraryDb, imported = false): Promise<void> {
  again ||= imported;
  if (running) return running;
  running = (async () => {
    let force = again;
    do {
      again = false;
      await refreshClaims(db, claimsOfArticle, EXTRACTOR_VERSION, { force }).catch((error: unknown) => console.warn('crosscheck: library refresh stopped', error));
      force = true;
    } while (again);
  })().finally(() => {
    running = null;
  });
  return running;
}
