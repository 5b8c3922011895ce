/** What every section of the options page gets: the library, the document and a few injected effects. */
import type { LibraryDb, StorageEstimateLike } from '../../library';

export interface OptionsContext {
  db: LibraryDb;
  doc: Document;
  /** navigator.storage.estimate() in the browser; injected so tests control it. */
  estimate: () => Promise<StorageEstimateLike | undefined>;
  /** Hands a finished file to the user (an <a download> click in the browser). */
  saveFile: (blob: Blob, fileName: string) => void;
  now: () => Date;
  /** Search debounce in ms (tests use 0). */
  debounceMs: number;
  /** A section changed the library: the others re-read it. */
  libraryChanged: () => Promise<void>;
}

export interface SectionHandle {
  element: HTMLElement;
  /** Re-reads the library and re-renders; resolves when the DOM is up to date. */
  refresh: () => Promise<void>;
}
