/**
 * Capture settings, one zod-validated row in the `settings` table. Reading never fails: a missing or
 * damaged field falls back to its default; writing validates and rejects bad values.
 */
import { z } from 'zod';
import type { LibraryDb } from './db';

const SiteList = z.array(z.string().trim().toLowerCase().min(1));

export const Settings = z.object({
  /** Global switch: capture articles the user reads. */
  captureEnabled: z.boolean(),
  /** Sites never captured (nor checked, the caller decides) — a site covers its subdomains. */
  excludedSites: SiteList,
  /** Sites the user paused for now; same matching as excludedSites. */
  pausedSites: SiteList,
  /** Set when a write hit the storage quota; capture stays off until the user frees space. */
  libraryFull: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { captureEnabled: true, excludedSites: [], pausedSites: [], libraryFull: false };

const SETTINGS_KEY = 'settings';

/** Each field parsed on its own so one damaged field does not reset the others. */
function lenientParse(value: unknown): Settings {
  const stored = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const shape = Settings.shape;
  const field = <K extends keyof Settings>(key: K): Settings[K] => {
    const parsed = shape[key].safeParse(stored[key]);
    return (parsed.success ? parsed.data : DEFAULT_SETTINGS[key]) as Settings[K];
  };
  return {
    captureEnabled: field('captureEnabled'),
    excludedSites: field('excludedSites'),
    pausedSites: field('pausedSites'),
    libraryFull: field('libraryFull'),
  };
}

export async function getSettings(db: LibraryDb): Promise<Settings> {
  return lenientParse((await db.settings.get(SETTINGS_KEY))?.value);
}

/** Merges a patch into the stored settings; throws (a ZodError) on an invalid value and writes nothing. */
export async function updateSettings(db: LibraryDb, patch: Partial<Settings>): Promise<Settings> {
  const valid = Settings.partial().strict().parse(patch);
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await getSettings(db)), ...valid };
    await db.settings.put({ key: SETTINGS_KEY, value: next });
    return next;
  });
}

/** Host without a leading "www." and trailing dot, lower-cased. */
function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** True when `host` is `site` or one of its subdomains ("news.example.org" is in "example.org"). */
export function hostInSites(host: string, sites: readonly string[]): boolean {
  const h = normaliseHost(host);
  return sites.some((site) => {
    const s = normaliseHost(site);
    return s !== '' && (h === s || h.endsWith(`.${s}`));
  });
}

/** Whether a page on `host` may be captured under these settings. */
export function shouldCapture(settings: Settings, host: string): boolean {
  return (
    settings.captureEnabled &&
    !settings.libraryFull &&
    !hostInSites(host, settings.excludedSites) &&
    !hostInSites(host, settings.pausedSites)
  );
}
