import { browser } from 'wxt/browser';
import { openLibrary } from '../library';
import { listen } from '../messages/channel';
import { makeHandlers } from './handlers';
import { refreshLibrary } from './refresh';
import { forgetTab } from './reports';

export function startBackground(): void {
  const db = openLibrary();
  listen(makeHandlers(db));
  void refreshLibrary(db);
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.commands?.onCommand.addListener((command) => void relayCommand(command));
}

/** Keyboard commands act on the active tab's page. */
async function relayCommand(command: string): Promise<void> {
  if (command !== 'next-claim' && command !== 'previous-claim') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'BG_COMMAND', command }).catch(() => undefined);
}
