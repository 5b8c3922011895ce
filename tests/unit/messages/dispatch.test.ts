import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../../src/messages/channel';

const stats = { articles: 1, claims: 2, outlets: 1, bytesUsed: null, bytesQuota: null };
const site = { host: 'x.test', paused: false, captureEnabled: true, libraryFull: false };
const handlers: Handlers = {
  CS_PAGE_READ: async () => ({ paused: false, captured: true, publishedAt: null, views: [], library: stats }),
  CS_REPORT_UNANCHORED: async () => ({ ok: true }),
  UI_PAGE_REPORT: async () => ({ report: null, library: stats, site: null }),
  UI_LIBRARY_STATS: async () => {
    throw new Error('database closed');
  },
  UI_FOCUS_CLAIM: async () => ({ found: false }),
  UI_SET_SITE_PAUSED: async () => site,
  UI_SITE_STATE: async () => site,
  UI_LIBRARY_CHANGED: async () => ({ ok: true }),
};
const own = { id: 'ext-id' };

describe('dispatch', () => {
  it('answers a valid message from our own extension', async () => {
    expect(await dispatch({ type: 'UI_PAGE_REPORT', tabId: 3, url: null }, own, 'ext-id', handlers)).toEqual({
      ok: true,
      value: { report: null, library: stats, site: null },
    });
  });

  it('refuses other senders', async () => {
    const answer = await dispatch({ type: 'UI_LIBRARY_STATS' }, { id: 'someone-else' }, 'ext-id', handlers);
    expect(answer).toEqual({ ok: false, error: 'sender is not this extension' });
  });

  it('turns unknown and malformed messages into clear errors', async () => {
    const unknown = await dispatch({ type: 'NOPE' }, own, 'ext-id', handlers);
    expect(unknown.ok).toBe(false);
    const malformed = await dispatch({ type: 'UI_PAGE_REPORT', tabId: 'x', url: null }, own, 'ext-id', handlers);
    expect(malformed).toMatchObject({ ok: false, error: expect.stringContaining('malformed message') });
  });

  it('turns a failing handler into an error answer, not a crash', async () => {
    expect(await dispatch({ type: 'UI_LIBRARY_STATS' }, own, 'ext-id', handlers)).toEqual({ ok: false, error: 'database closed' });
  });
});
