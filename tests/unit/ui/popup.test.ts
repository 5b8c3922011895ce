// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PageReport } from '../../../src/messages/schemas';
import { renderLibrary, renderReport } from '../../../src/ui/popup';

const report: PageReport = {
  tabId: 4, url: 'https://x.test/a', title: '<b>Ferry</b> fire', site: 'Harbour Post', publishedAt: null,
  sentences: 20, anchored: 20, claims: 18, counts: { agree: 2, differ: 1, updated: 0 },
  flagged: [
    { claimId: 'a', text: 'Fourteen were hurt.', verdict: 'agree', details: ['Lake Post agrees'] },
    { claimId: 'b', text: 'Three died.', verdict: 'differ', details: ['Lake Post differs: here 3 · there 4'] },
  ],
  unanchored: ['a'], outlets: ['Lake Post'], captured: true, checkedAt: '2026-03-04T10:00:00Z',
};

function shell(): Document {
  document.body.innerHTML = `<p data-field="empty"></p><div data-field="page"><p data-field="title"></p><span data-field="site"></span>
    <span data-field="sentences"></span><span data-field="claims"></span><b data-field="count-differ"></b><b data-field="count-updated"></b>
    <b data-field="count-agree"></b><ol data-field="flagged"></ol><p data-field="outlets-line"><span data-field="outlets"></span></p></div>
    <b data-field="library-articles"></b><b data-field="library-outlets"></b><b data-field="library-claims"></b>`;
  return document;
}

describe('popup rendering', () => {
  it('lists flagged claims differ first, as text, and disables the ones not found on the page', () => {
    const doc = shell();
    renderReport(doc, report);
    const buttons = Array.from(doc.querySelectorAll<HTMLButtonElement>('[data-field="flagged"] button'));
    expect(buttons.map((b) => b.dataset.claimId)).toEqual(['b', 'a']);
    expect(buttons[1]?.disabled).toBe(true);
    expect(buttons[0]?.disabled).toBe(false);
    expect(buttons[0]?.querySelector('.details')?.textContent).toBe('Lake Post differs: here 3 · there 4');
    expect(doc.querySelector('[data-field="title"]')?.textContent).toBe('<b>Ferry</b> fire');
    expect(doc.querySelector('[data-field="title"] b')).toBeNull();
    expect(doc.querySelector('[data-field="count-differ"]')?.textContent).toBe('1');
  });

  it('shows the empty state without a report and formats library figures', () => {
    const doc = shell();
    renderReport(doc, null);
    expect((doc.querySelector('[data-field="page"]') as HTMLElement).hidden).toBe(true);
    renderLibrary(doc, { articles: 12500, outlets: 3, claims: 100000, bytesUsed: null, bytesQuota: null });
    expect(doc.querySelector('[data-field="library-claims"]')?.textContent).toBe('100,000');
  });
});
