import { browser } from 'wxt/browser';
import { openLibrary } from '../library';
import { listen } from '../messages/channel';
import { makeHandlers } from './handlers';
import { forgetTab } from './reports';

export function startBackground(): void {
  const db = openLibrary();
  listen(makeHandlers(db));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
}
