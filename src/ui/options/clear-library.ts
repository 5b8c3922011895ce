/** "Clear everything", guarded by typing a phrase: one click must never empty a library built over months. */
import { clearLibrary } from '../../library';
import type { OptionsContext } from './context';
import { errorText, h } from './dom';

export const CLEAR_PHRASE = 'delete everything';

export function mountClearLibrary(ctx: OptionsContext): { element: HTMLElement } {
  const { doc } = ctx;
  const input = h(doc, 'input', { testid: 'clear-confirm-input', attrs: { type: 'text', id: 'clear-confirm', autocomplete: 'off', spellcheck: 'false' } });
  const label = h(doc, 'label', { attrs: { for: 'clear-confirm' } }, ['To delete every article and claim, type ', h(doc, 'kbd', { text: CLEAR_PHRASE }), ':']);
  const button = h(doc, 'button', { text: 'Clear everything', class: 'danger', testid: 'clear-library', attrs: { type: 'submit' } });
  const status = h(doc, 'p', { class: 'status', testid: 'clear-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const form = h(doc, 'form', { class: 'clear' }, [
    h(doc, 'h3', { text: 'Clear everything' }),
    h(doc, 'p', { text: 'Settings (capture switch, excluded sites) are kept. This cannot be undone; export the library first to keep a copy.' }),
    h(doc, 'div', { class: 'field' }, [label, input]),
    button,
    status,
  ]);
  const matches = () => input.value.trim().toLowerCase() === CLEAR_PHRASE;
  const sync = () => {
    button.disabled = !matches();
  };
  input.addEventListener('input', sync);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!matches()) return;
    button.disabled = true;
    void (async () => {
      try {
        await clearLibrary(ctx.db);
        input.value = '';
        status.textContent = 'The library is empty.';
        await ctx.libraryChanged();
      } catch (error) {
        status.textContent = `Could not clear the library: ${errorText(error)}`;
      } finally {
        sync();
      }
    })();
  });
  sync();
  return { element: form };
}
