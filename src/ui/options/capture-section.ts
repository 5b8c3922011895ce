/** Section 3, "Capture": the global switch, excluded and paused sites, and the "library is full" state. */
import { getSettings, updateSettings, type Settings } from '../../library';
import type { OptionsContext } from './context';
import { errorText, h, section } from './dom';
import { parseSite, withSite } from './hosts';

export interface CaptureSection {
  element: HTMLElement;
  refresh: () => Promise<void>;
  /** Validates and adds a site to the excluded list; returns false (with the reason shown) when invalid. */
  addExcluded: (text: string) => Promise<boolean>;
}

export function mountCaptureSection(ctx: OptionsContext): CaptureSection {
  const { doc } = ctx;
  const { root, body } = section(doc, 'capture', 'Capture', 'capture-section');
  const status = h(doc, 'p', { class: 'status', testid: 'capture-status', attrs: { role: 'status', 'aria-live': 'polite' } });

  // Global switch.
  const toggle = h(doc, 'input', { testid: 'capture-switch', attrs: { type: 'checkbox', id: 'capture-enabled', role: 'switch' } });
  const switchRow = h(doc, 'div', { class: 'switch-row' }, [
    toggle,
    h(doc, 'label', { text: 'Add the articles I read to my library', attrs: { for: 'capture-enabled' } }),
  ]);

  // Library full.
  const resume = h(doc, 'button', { text: 'Resume capture', testid: 'resume-capture', attrs: { type: 'button' } });
  const full = h(doc, 'div', { class: 'notice', testid: 'library-full', attrs: { role: 'alert' } }, [
    h(doc, 'h3', { text: 'The library is full' }),
    h(doc, 'p', {
      text: 'The browser refused to store more, so Crosscheck stopped adding articles (nothing was half-written; checking pages against your library still works). Free space by deleting outlets or articles above, or clear the library after exporting it, then resume capture.',
    }),
    resume,
  ]);
  full.hidden = true;

  // Excluded sites.
  const siteInput = h(doc, 'input', { testid: 'excluded-site-input', attrs: { type: 'text', id: 'excluded-site', autocomplete: 'off', spellcheck: 'false', placeholder: 'example.org', 'aria-describedby': 'excluded-site-error' } });
  const siteError = h(doc, 'p', { class: 'error', testid: 'excluded-site-error', attrs: { id: 'excluded-site-error', 'aria-live': 'polite' } });
  const addButton = h(doc, 'button', { text: 'Exclude', testid: 'excluded-site-add', attrs: { type: 'submit' } });
  const excludedList = h(doc, 'ul', { class: 'sites', testid: 'excluded-sites' });
  const excludedEmpty = h(doc, 'p', { class: 'empty', text: 'No excluded sites.' });
  const excludedForm = h(doc, 'form', { class: 'add-site' }, [
    h(doc, 'label', { text: 'Site to exclude', attrs: { for: 'excluded-site' } }),
    ' ',
    siteInput,
    ' ',
    addButton,
    siteError,
  ]);

  // Paused sites.
  const pausedList = h(doc, 'ul', { class: 'sites', testid: 'paused-sites' });
  const pausedEmpty = h(doc, 'p', { class: 'empty', text: 'No paused sites. Pause a site from the Crosscheck button in the toolbar.' });

  body.append(
    switchRow,
    full,
    h(doc, 'h3', { text: 'Excluded sites' }),
    h(doc, 'p', { text: 'Never captured or checked. A site covers its subdomains (example.org covers news.example.org).' }),
    excludedForm,
    excludedEmpty,
    excludedList,
    h(doc, 'h3', { text: 'Paused sites' }),
    pausedEmpty,
    pausedList,
    status,
  );

  let settings: Settings | undefined;

  const save = async (patch: Partial<Settings>, done: string): Promise<boolean> => {
    try {
      render(await updateSettings(ctx.db, patch));
      status.textContent = done;
      return true;
    } catch (error) {
      status.textContent = `Could not save: ${errorText(error)}`;
      return false;
    }
  };

  const siteItem = (site: string, list: 'excludedSites' | 'pausedSites'): HTMLLIElement => {
    const remove = h(doc, 'button', { text: 'Remove', testid: list === 'excludedSites' ? 'excluded-site-remove' : 'paused-site-remove', attrs: { type: 'button', 'aria-label': `Remove ${site}` } });
    remove.addEventListener('click', () => {
      const current = settings?.[list] ?? [];
      void save({ [list]: current.filter((s) => s !== site) }, `${site} removed.`);
    });
    const li = h(doc, 'li', {}, [h(doc, 'span', { text: site }), ' ', remove]);
    li.dataset.site = site;
    return li;
  };

  function render(next: Settings): void {
    settings = next;
    toggle.checked = next.captureEnabled;
    full.hidden = !next.libraryFull;
    excludedList.replaceChildren(...next.excludedSites.map((s) => siteItem(s, 'excludedSites')));
    excludedEmpty.hidden = next.excludedSites.length > 0;
    pausedList.replaceChildren(...next.pausedSites.map((s) => siteItem(s, 'pausedSites')));
    pausedEmpty.hidden = next.pausedSites.length > 0;
  }

  const addExcluded = async (text: string): Promise<boolean> => {
    const parsed = parseSite(text);
    if (!parsed.ok) {
      siteError.textContent = parsed.reason;
      siteInput.setAttribute('aria-invalid', 'true');
      return false;
    }
    const current = settings ?? (await getSettings(ctx.db));
    const next = withSite(current.excludedSites, parsed.host);
    if (next === null) {
      siteError.textContent = `${parsed.host} is already excluded.`;
      siteInput.setAttribute('aria-invalid', 'true');
      return false;
    }
    siteError.textContent = '';
    siteInput.removeAttribute('aria-invalid');
    const saved = await save({ excludedSites: next }, `${parsed.host} excluded.`);
    if (saved) siteInput.value = '';
    return saved;
  };

  toggle.addEventListener('change', () => {
    void save({ captureEnabled: toggle.checked }, toggle.checked ? 'Capture is on.' : 'Capture is off: new articles are not added.');
  });
  resume.addEventListener('click', () => void save({ libraryFull: false }, 'Capture resumed.'));
  excludedForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void addExcluded(siteInput.value);
  });

  const refresh = async () => render(await getSettings(ctx.db));
  return { element: root, refresh, addExcluded };
}
