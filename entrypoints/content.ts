import { defineContentScript } from '#imports';
import { startReader } from '@/src/reader/start';
import '@/assets/highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const reader = startReader(document, () => location.href);
    ctx.addEventListener(window, 'wxt:locationchange', () => reader.reread());
    ctx.onInvalidated(() => reader.stop());
  },
});
