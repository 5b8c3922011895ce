import { defineContentScript } from '#imports';
import { readPage } from '@/src/reader/session';
import '@/assets/highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    readPage(document, location.href).catch((error: unknown) => console.debug('[crosscheck]', error));
  },
});
