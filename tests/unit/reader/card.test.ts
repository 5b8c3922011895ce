// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ClaimView, OutletView } from '../../../src/messages/schemas';
import { createCard } from '../../../src/reader/card';
import { emphasise, summaryLine, verdictLabel } from '../../../src/reader/card-view';

function outlet(over: Partial<OutletView>): OutletView {
  return {
    articleId: 'a', site: 'Harbour Post', title: 'T', url: 'https://harbour.test/a', publishedAt: '2026-03-04T08:00:00Z',
    verdict: 'agree', text: 'Three people died in the fire.', evidence: [], via: [], source: 'Harbour Post', ...over,
  };
}

function view(outlets: OutletView[]): ClaimView {
  return { claimId: 'c1', start: 0, end: 30, text: 'Four people died in the fire.', verdict: 'differ', outlets };
}

describe('card wording', () => {
  it('counts each independent source once and names wire copies', () => {
    const line = summaryLine(view([
      outlet({ verdict: 'agree', site: 'A' }),
      outlet({ verdict: 'agree', site: 'B', source: 'AP via 3 outlets', via: ['C', 'D'] }),
      outlet({ verdict: 'differ', site: 'D' }),
    ]));
    expect(line).toBe('2 outlets agree, 1 outlet differs; AP via 3 outlets');
  });

  it('labels an updated figure as newer or earlier against the page date', () => {
    const later = outlet({ verdict: 'updated', publishedAt: '2026-03-05T00:00:00Z' });
    expect(verdictLabel(later, '2026-03-04T00:00:00Z')).toBe('Newer figure');
    expect(verdictLabel(later, '2026-03-06T00:00:00Z')).toBe('Earlier figure');
    expect(verdictLabel(later, null)).toBe('Count from another time');
  });

  it('splits text around emphasised spans and ignores overlaps and bad spans', () => {
    expect(emphasise('killed in January 2020 by a drone', [
      { span: [10, 22], status: 'differ' },
      { span: [12, 16], status: 'agree' },
      { span: null, status: 'agree' },
    ])).toEqual([
      { text: 'killed in ', emphasis: null },
      { text: 'January 2020', emphasis: 'differ' },
      { text: ' by a drone', emphasis: null },
    ]);
  });
});

describe('createCard', () => {
  it('renders hostile page text as text, inside a closed shadow root', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const card = createCard(document, () => null);
    card.show(view([outlet({ site: hostile, text: hostile })]), [new DOMRect(10, 10, 100, 20)], { focus: false });
    const host = document.querySelector('crosscheck-card') as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(document.querySelectorAll('img, crosscheck-card script').length).toBe(0);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
    expect(card.open).toBe(true);
    card.hide();
    expect(card.open).toBe(false);
    card.destroy();
    expect(document.querySelector('crosscheck-card')).toBeNull();
  });
});
