/** Section 4, "About and privacy": what is stored, where, and how to delete it. Static text. */
import type { OptionsContext } from './context';
import { h, section } from './dom';

export function mountAboutSection(ctx: Pick<OptionsContext, 'doc'>): { element: HTMLElement } {
  const { doc } = ctx;
  const { root, body } = section(doc, 'about', 'About and privacy', 'about-section');
  const item = (term: string, text: string) => [h(doc, 'dt', { text: term }), h(doc, 'dd', { text })];
  body.append(
    h(doc, 'p', {
      text: 'Crosscheck compares the statements in the article you are reading with what other outlets in your library said, and shows where they agree and where they differ.',
    }),
    h(doc, 'dl', { class: 'privacy' }, [
      ...item(
        'What is stored',
        'The articles you read on news sites (unless capture is off or the site is excluded or paused) and the ones you import: their address, title, outlet, byline, publication date, text, and the factual claims Crosscheck extracted from them. Plus your settings on this page.',
      ),
      ...item('Where', 'In this browser only, in the extension’s own IndexedDB database. Web pages cannot read it.'),
      ...item(
        'What leaves your machine',
        'Nothing. Crosscheck makes no network requests, has no account, no analytics and no tracking. A library file leaves only when you export it and pass it on yourself.',
      ),
      ...item(
        'How to delete it',
        'Delete single articles or whole outlets under “Your library”, or use “Clear everything”. Removing the extension deletes its database too.',
      ),
    ]),
  );
  return { element: root };
}
