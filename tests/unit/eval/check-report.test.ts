import { describe, expect, it } from 'vitest';
import { checkJson, formatCheckReport, type CheckedArticle } from '../../../src/cli/check';
import type { Claim, Finding } from '../../../src/core/model';

function claim(id: string, articleId: string, text: string, start = 0): Claim {
  return {
    id,
    articleId,
    start,
    end: start + text.length,
    text,
    slots: { quantities: [], dates: [], names: [], quotes: [] },
    predicates: [],
    keys: [],
    polarity: 'positive',
    attribution: null,
    checkworthiness: 0.5,
  };
}

const here1 = claim('p:0', 'p', 'The fire killed 12 people.', 0);
const here2 = claim('p:30', 'p', 'The ferry sailed on Monday.', 30);
const there1 = claim('x:0', 'x', 'The fire killed 14 people.');
const there2 = claim('y:0', 'y', 'The ferry left on Monday.');

const differ: Finding = {
  claimId: 'p:0',
  otherClaimId: 'x:0',
  otherArticleId: 'x',
  verdict: 'differ',
  score: 0.9,
  evidence: [{ kind: 'quantity', status: 'differ', here: '12 people', there: '14 people', hereSpan: null, thereSpan: null, note: null }],
};
const agree: Finding = { claimId: 'p:30', otherClaimId: 'y:0', otherArticleId: 'y', verdict: 'agree', score: 0.8, evidence: [] };

const check: CheckedArticle = {
  article: { id: 'p', site: 'Page Times', publishedAt: '2024-05-02', title: 'Ferry fire' },
  claims: [here1, here2],
  summaries: [
    { claimId: 'p:30', agree: [{ label: 'Y News', articleIds: ['y'], sites: ['Y News'], findings: [agree] }], differ: [], updated: [], related: [], independent: { agree: 1, differ: 0, updated: 0, related: 0 } },
    { claimId: 'p:0', agree: [], differ: [{ label: 'X Post', articleIds: ['x'], sites: ['X Post'], findings: [differ] }], updated: [], related: [], independent: { agree: 0, differ: 1, updated: 0, related: 0 } },
  ],
  otherClaims: new Map([
    ['x:0', there1],
    ['y:0', there2],
  ]),
  otherArticles: new Map([
    ['x', { id: 'x', site: 'X Post', publishedAt: '2024-05-03' }],
    ['y', { id: 'y', site: 'Y News', publishedAt: null }],
  ]),
  libraryClaims: 2,
};

describe('check report', () => {
  const text = formatCheckReport(check);

  it('lists differences first, with the evidence here vs there', () => {
    expect(text.indexOf('The fire killed 12 people.')).toBeLessThan(text.indexOf('The ferry sailed on Monday.'));
    expect(text).toContain('DIFFER · X Post');
    expect(text).toContain('there [x, 2024-05-03]: The fire killed 14 people.');
    expect(text).toContain('quantity differ: "12 people" here vs "14 people" there');
    expect(text).toContain('agree · Y News');
  });

  it('counts claims per verdict in the header', () => {
    expect(text).toContain('2 claims; library 2 articles, 2 claims; claims with outlets that differ 1, updated 0, agree 1');
  });

  it('says so when nothing matches', () => {
    expect(formatCheckReport({ ...check, summaries: [] })).toContain('No other outlet');
  });

  it('gives each summary its claim text in JSON', () => {
    const json = checkJson(check) as { findings: { text: string; claimId: string }[] };
    expect(json.findings.map((f) => f.text)).toEqual(['The ferry sailed on Monday.', 'The fire killed 12 people.']);
  });
});
