import { describe, expect, it } from 'vitest';
import { toClaimViews } from '../../../src/background/views';
import type { ClaimSummary } from '../../../src/core/compare/check';
import type { Claim, Finding } from '../../../src/core/model';
import type { StoredArticle } from '../../../src/library';

function claim(id: string, articleId: string, text: string): Claim {
  return {
    id, articleId, start: 0, end: text.length, text, slots: { quantities: [], dates: [], names: [], quotes: [] },
    predicates: [], keys: [], polarity: 'positive', attribution: null, checkworthiness: 0.5,
  };
}

function finding(otherClaimId: string, verdict: Finding['verdict'], score: number): Finding {
  return { claimId: 'p:0', otherClaimId, otherArticleId: 'c', verdict, score, evidence: [] };
}

const article = {
  id: 'c', url: 'https://courier.test/a', canonicalUrl: 'https://courier.test/a', site: 'Courier', title: 'T', byline: null,
  publishedAt: null, capturedAt: '2026-03-04T00:00:00Z', origin: 'visited', text: 'x', textHash: 'h', fingerprint: '0', copyOf: null,
} satisfies StoredArticle;

describe('toClaimViews', () => {
  it('shows an outlet once, with its strongest verdict, when its sentences both differ and agree', () => {
    const group = (f: Finding) => ({ label: 'Courier', articleIds: ['c'], sites: ['Courier'], findings: [f] });
    const summary: ClaimSummary = {
      claimId: 'p:0',
      agree: [group(finding('c:10', 'agree', 0.8))],
      differ: [group(finding('c:50', 'differ', 0.9))],
      updated: [],
      related: [],
      independent: { agree: 1, differ: 1, updated: 0, related: 0 },
    };
    const views = toClaimViews([claim('p:0', 'p', 'Here.')], [summary], [claim('c:10', 'c', 'Agreeing.'), claim('c:50', 'c', 'Differing.')], [article]);
    expect(views).toHaveLength(1);
    expect(views[0]?.verdict).toBe('differ');
    expect(views[0]?.outlets.map((o) => [o.site, o.verdict, o.text])).toEqual([['Courier', 'differ', 'Differing.']]);
  });
});
