/** Wires the reader in a page: card, controller, session, living-page watch and tab messages. */
import { browser } from 'wxt/browser';
import { TabMessage } from '../messages/schemas';
import { createCard } from './card';
import { createController } from './controller';
import { watchPage } from './live';
import { isOwnMark } from './mark-fallback';
import { createSession } from './session';

export interface Reader {
  /** Reads the page again (client-side navigation); unchanged pages cost one extraction. */
  reread(): void;
  stop(): void;
}

export function startReader(doc: Document, currentUrl: () => string): Reader {
  let publishedAt: string | null = null;
  const card = createCard(doc, () => publishedAt);
  const controller = createController(doc, card);
  const read = createSession(doc, controller);

  // One reading at a time; changes during a reading ask for one more afterwards.
  let running = false;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const outcome = await read(currentUrl());
        if (outcome.status !== 'unchanged') publishedAt = outcome.publishedAt;
      } while (again);
    } catch (error) {
      console.debug('[crosscheck]', error);
    } finally {
      running = false;
    }
  };

  const onMessage = (raw: unknown): Promise<boolean> | undefined => {
    const parsed = TabMessage.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    if (message.type === 'BG_FOCUS_CLAIM') return Promise.resolve(controller.focusClaim(message.claimId));
    if (message.command === 'next-claim') controller.next();
    else controller.previous();
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = watchPage(doc, () => void run(), { ignore: (node) => card.owns(node) || isOwnMark(node) });
  void run();

  return {
    reread: () => void run(),
    stop() {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
      controller.destroy();
    },
  };
}
