import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, getSettings, hostInSites, shouldCapture, updateSettings } from '../../../src/library';
import { deleteOpened, freshDb } from './helpers';

afterEach(deleteOpened);

describe('settings', () => {
  it('defaults to capture on, nothing excluded or paused', async () => {
    const db = freshDb();
    expect(await getSettings(db)).toEqual({ captureEnabled: true, excludedSites: [], pausedSites: [], libraryFull: false });
    expect(DEFAULT_SETTINGS.captureEnabled).toBe(true);
  });

  it('updates by patch, normalising site names, and rejects invalid values without writing', async () => {
    const db = freshDb();
    expect(await updateSettings(db, { excludedSites: [' Example.ORG '] })).toMatchObject({ captureEnabled: true, excludedSites: ['example.org'] });
    await expect(updateSettings(db, { captureEnabled: 'yes' as unknown as boolean })).rejects.toThrow();
    await expect(updateSettings(db, { pausedSites: [''] })).rejects.toThrow();
    await expect(updateSettings(db, { unknownField: 1 } as never)).rejects.toThrow();
    expect(await getSettings(db)).toEqual({ captureEnabled: true, excludedSites: ['example.org'], pausedSites: [], libraryFull: false });
  });

  it('reads a damaged stored row field by field, falling back to defaults', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'settings', value: { captureEnabled: false, excludedSites: 'oops', pausedSites: ['a.test'] } });
    expect(await getSettings(db)).toEqual({ captureEnabled: false, excludedSites: [], pausedSites: ['a.test'], libraryFull: false });
  });
});

describe('shouldCapture', () => {
  const base = { ...DEFAULT_SETTINGS };
  it('follows the global switch, the quota flag and per-site lists (subdomains included)', () => {
    expect(shouldCapture(base, 'news.example.org')).toBe(true);
    expect(shouldCapture({ ...base, captureEnabled: false }, 'news.example.org')).toBe(false);
    expect(shouldCapture({ ...base, libraryFull: true }, 'news.example.org')).toBe(false);
    expect(shouldCapture({ ...base, excludedSites: ['example.org'] }, 'news.example.org')).toBe(false);
    expect(shouldCapture({ ...base, pausedSites: ['example.org'] }, 'WWW.Example.org.')).toBe(false);
    expect(shouldCapture({ ...base, excludedSites: ['example.org'] }, 'badexample.org')).toBe(true);
    expect(hostInSites('example.org', ['www.example.org'])).toBe(true);
  });
});
