import { describe, expect, it } from 'vitest';
import { buildDump, crossCheckAll, dumpForDocs, duplicateClaimIds, extractAll, type EvalEngine, type EvalArticle } from '../../../src/core/eval/pipeline';
import { formatClusterTable, formatScoreReport, strongLinkRecall } from '../../../src/core/eval/report';
import { mergeGold, parseGold } from '../../../src/core/eval/gold';
import { scoreDump } from '../../../src/core/eval/score';
import type { Claim, Finding, Verdict } from '../../../src/core/model';

// A stub engine: one claim per sentence; claims sharing a number are linked, "differ" when the
// sentences also contain "not", else "agree". Findings are emitted both ways, and also on the
// page's own claims, to check that the pipeline dedups and drops them.
function sentenceClaims(id: string, text: string): Claim[] {
  return [...text.matchAll(/[^.]+\./g)].map((m, i) => ({
    id: `${id}:${i}`,
    articleId: id,
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    slots: { quantities: [], dates: [], names: [], quotes: [] },
    predicates: [],
    keys: (m[0].match(/\d+/g) ?? []).map((n) => `q:${n}`),
    polarity: 'positive',
    attribution: null,
    checkworthiness: 1,
  }));
}

const stub: EvalEngine<Claim[]> = {
  extractClaims: (a) => sentenceClaims(a.id, a.text),
  newIndex: () => [],
  addToIndex: (index, claim) => void index.push(claim),
  crossCheck(pageClaims, _ref, index) {
    const out: Finding[] = [];
    for (const c of pageClaims) {
      for (const o of index) {
        if (o.id === c.id || !c.keys.some((k) => o.keys.includes(k))) continue;
        const verdict: Verdict = /\bnot\b/i.test(c.text + o.text) ? 'differ' : 'agree';
        out.push({ claimId: c.id, otherClaimId: o.id, otherArticleId: o.articleId, verdict, score: 1, evidence: [] });
        out.push({ claimId: c.id, otherClaimId: o.id, otherArticleId: o.articleId, verdict: 'related', score: 0, evidence: [] });
      }
    }
    return out;
  },
};

const articles: EvalArticle[] = [
  { ref: { id: 'A', site: 'a', publishedAt: null }, body: 'Five died in 2020. It rained 3 days.', gold: true },
  { ref: { id: 'B', site: 'b', publishedAt: null }, body: 'Not five died in 2020. Talks lasted 3 days.', gold: true },
  { ref: { id: 'L', site: 'l', publishedAt: null }, body: 'A library line about 2020. Nothing else.', gold: false },
];

describe('eval pipeline', () => {
  const extracted = extractAll(articles, stub);
  const links = crossCheckAll(extracted, stub);

  it('makes one link per unordered cross-doc pair, with the strongest verdict', () => {
    expect(links).toEqual(
      expect.arrayContaining([
        { a: 'A:0', b: 'B:0', verdict: 'differ' },
        { a: 'A:1', b: 'B:1', verdict: 'agree' },
        { a: 'A:0', b: 'L:0', verdict: 'agree' },
        { a: 'B:0', b: 'L:0', verdict: 'differ' },
      ]),
    );
    expect(links).toHaveLength(4);
  });

  it('dumps gold claims and only linked library claims', () => {
    const dump = buildDump(extracted, links);
    expect(dump.claims.map((c) => c.id)).toEqual(['A:0', 'A:1', 'B:0', 'B:1', 'L:0']);
    expect(dump.claims[2]).toEqual({ id: 'B:0', doc: 'B', start: 0, end: 22, text: 'Not five died in 2020.' });
  });

  it('scores the dump and prints a table', () => {
    const gold = mergeGold([
      parseGold({
        cluster: 'g',
        docs: ['A', 'B'],
        facts: [{ id: 'toll', verdict: 'differ', mentions: [{ doc: 'A', quote: 'Five died', group: 'x' }, { doc: 'B', quote: 'five died', group: 'y' }] }],
      }),
    ]);
    const bodies = new Map(articles.filter((a) => a.gold).map((a) => [a.ref.id, a.body]));
    const res = scoreDump(gold, bodies, buildDump(extracted, links));
    expect(res.verdicts.differ).toMatchObject({ tp: 1, precision: 1, recall: 1 });
    expect(res.cross_story_links).toBe(2);
    const table = formatScoreReport(res, { extractMs: 1, compareMs: 2, scoreMs: 3 });
    expect(table).toMatch(/differ\s+1\.000\s+1\.000\s+1\.000/);
    expect(table).toMatch(/extract 1\s+compare 2\s+score 3/);
    expect(strongLinkRecall(res)).toBe(1);
    expect(table).toContain('without related 1.000');
    const perStory = formatClusterTable([{ cluster: 'g', result: res }]);
    expect(perStory.split('\n')[1]).toMatch(/^g\s+1\.000\s+1\.000/);
  });

  it('tells related links apart from strong ones in link recall', () => {
    const gold = mergeGold([
      parseGold({ docs: ['A', 'B'], facts: [{ id: 'f', verdict: 'agree', mentions: [{ doc: 'A', quote: 'Five died', group: 'x' }, { doc: 'B', quote: 'five died', group: 'x' }] }] }),
    ]);
    const bodies = new Map(articles.filter((a) => a.gold).map((a) => [a.ref.id, a.body]));
    const dump = buildDump(extracted, [{ a: 'A:0', b: 'B:0', verdict: 'related' }]);
    const res = scoreDump(gold, bodies, dump);
    expect(res.link_recall).toBe(1);
    expect(strongLinkRecall(res)).toBe(0);
  });

  it('restricts a dump to the links touching some docs', () => {
    const dump = buildDump(extracted, links);
    expect(dumpForDocs(dump, new Set(['L'])).links.map((l) => `${l.a}-${l.b}`).sort()).toEqual(['A:0-L:0', 'B:0-L:0']);
    expect(dumpForDocs(dump, new Set(['A'])).links).toHaveLength(3);
    expect(dumpForDocs(dump, new Set(['A'])).claims).toEqual(dump.claims);
  });

  it('reports duplicate claim ids', () => {
    expect(duplicateClaimIds(extracted)).toEqual([]);
    const twice = [...extracted, { ...extracted[0]!, ref: { ...extracted[0]!.ref, id: 'A2' } }];
    expect(duplicateClaimIds(twice)).toEqual(['A:0', 'A:1']);
  });
});
