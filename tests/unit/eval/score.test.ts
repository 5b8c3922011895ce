import { describe, expect, it } from 'vitest';
import { scoredBody, toCodePointOffset, toUtf16Offset } from '../../../src/core/eval/body';
import { mergeGold, parseGold, type GoldFile } from '../../../src/core/eval/gold';
import { scoreDump } from '../../../src/core/eval/score';

// Three tiny articles. Sentences are written so their offsets are easy to find with indexOf.
const bodies = new Map([
  ['A', 'The storm killed 12 people. Roads were closed on Monday. Officials met.'],
  ['B', 'At least 12 people died in the storm. Roads closed Tuesday. A school shut.'],
  ['C', 'The toll rose to 15. Officials met again. Roads closed on Monday.'],
]);

function claim(doc: string, text: string, id = `${doc}:${text.slice(0, 8)}`) {
  const start = bodies.get(doc)!.indexOf(text);
  if (start < 0) throw new Error(`test bug: ${text} not in ${doc}`);
  return { id, doc, start, end: start + text.length, text };
}

const gold = (g: Partial<GoldFile>) => mergeGold([parseGold({ cluster: 'x', docs: ['A', 'B', 'C'], ...g })]);

const tollFact = {
  id: 'toll',
  verdict: 'differ_time',
  mentions: [
    { doc: 'A', quote: 'The storm killed 12 people.', group: 'a' },
    { doc: 'B', quote: 'At least 12 people died in the storm.', group: 'a' },
    { doc: 'C', quote: 'The toll rose to 15.', group: 'b' },
  ],
};

describe('expected verdicts', () => {
  it('labels agree by group and differ_time as updated', () => {
    const claims = [claim('A', 'The storm killed 12 people.'), claim('B', 'At least 12 people died in the storm.'), claim('C', 'The toll rose to 15.')];
    const links = [
      { a: claims[0]!.id, b: claims[1]!.id, verdict: 'agree' },
      { a: claims[0]!.id, b: claims[2]!.id, verdict: 'updated' },
      { a: claims[1]!.id, b: claims[2]!.id, verdict: 'differ' },
    ];
    const res = scoreDump(gold({ facts: [tollFact] as GoldFile['facts'] }), bodies, { claims, links });
    expect(res.expected_pairs).toEqual({ agree: 1, differ: 0, updated: 2, unrelated: 0, soft_skipped: 0 });
    expect(res.verdicts.agree).toMatchObject({ tp: 1, system: 1, gold: 1, precision: 1, recall: 1 });
    expect(res.verdicts.updated).toMatchObject({ tp: 1, system: 1, gold: 2, precision: 1, recall: 0.5 });
    expect(res.false_differ).toBe(1);
    expect(res.link_recall).toBe(1);
    expect(res.mention_recall).toBe(1);
  });

  it('takes differ over updated over agree when facts share a claim pair', () => {
    const claims = [claim('A', 'The storm killed 12 people.'), claim('C', 'The toll rose to 15.')];
    const facts = [
      tollFact,
      { id: 'same', verdict: 'agree', mentions: [{ doc: 'A', quote: 'storm killed', group: 'a' }, { doc: 'C', quote: 'toll rose', group: 'a' }] },
      { id: 'conflict', verdict: 'differ', mentions: [{ doc: 'A', quote: 'killed 12', group: 'a' }, { doc: 'C', quote: 'to 15', group: 'b' }] },
    ];
    const res = scoreDump(gold({ facts } as Partial<GoldFile>), bodies, { claims, links: [] });
    // A–C carries agree, updated and differ: differ wins. B (no claim) keeps its own pairs.
    expect(res.expected_pairs).toMatchObject({ differ: 1, updated: 1, agree: 1 });
    expect(res.gold_mention_pairs).toEqual({ agree: 2, updated: 2, differ: 1 });
  });

  it('treats * and compatible_with as agreement', () => {
    const facts = [
      {
        id: 'roads',
        verdict: 'differ',
        mentions: [
          { doc: 'A', quote: 'Roads were closed on Monday.', group: 'mon' },
          { doc: 'B', quote: 'Roads closed Tuesday.', group: '*' },
          { doc: 'C', quote: 'Roads closed on Monday.', group: 'day', compatible_with: ['mon'] },
        ],
      },
    ];
    const res = scoreDump(gold({ facts } as Partial<GoldFile>), bodies, { claims: [], links: [] });
    expect(res.expected_pairs).toMatchObject({ agree: 3, differ: 0 });
  });

  it('skips differ_soft pairs from every figure', () => {
    const claims = [claim('A', 'The storm killed 12 people.'), claim('C', 'The toll rose to 15.')];
    const facts = [{ id: 'soft', verdict: 'differ_soft', mentions: [{ doc: 'A', quote: 'killed 12', group: 'a' }, { doc: 'C', quote: 'to 15', group: 'b' }] }];
    const res = scoreDump(gold({ facts } as Partial<GoldFile>), bodies, {
      claims,
      links: [{ a: claims[0]!.id, b: claims[1]!.id, verdict: 'differ' }],
    });
    expect(res.expected_pairs.soft_skipped).toBe(1);
    expect(res.verdicts.differ).toMatchObject({ system: 0, gold: 0 });
    expect(res.false_differ).toBe(0);
    expect(res.unlabelled_differ).toBe(0); // soft pairs are labelled, just not scored
  });
});

describe('unrelated pairs', () => {
  const unrelated_pairs = [{ a: { doc: 'A', quote: 'Officials met.' }, b: { doc: 'C', quote: 'Officials met again.' }, why_unrelated: 'two meetings' }];
  const claims = [claim('A', 'Officials met.'), claim('C', 'Officials met again.')];

  it('counts a link on an unrelated pair as an error', () => {
    const res = scoreDump(gold({ unrelated_pairs }), bodies, { claims, links: [{ a: claims[0]!.id, b: claims[1]!.id, verdict: 'differ' }] });
    expect(res.unrelated_pairs).toBe(1);
    expect(res.unrelated_linked).toBe(1);
    expect(res.false_differ).toBe(1);
    expect(res.verdicts.differ).toMatchObject({ system: 1, tp: 0 });
  });

  it('does not count related links', () => {
    const res = scoreDump(gold({ unrelated_pairs }), bodies, { claims, links: [{ a: claims[0]!.id, b: claims[1]!.id, verdict: 'related' }] });
    expect(res.unrelated_linked).toBe(0);
  });

  it('lets a fact on the same claim pair decide', () => {
    const facts = [{ id: 'meet', verdict: 'agree', mentions: [{ doc: 'A', quote: 'Officials met.', group: 'a' }, { doc: 'C', quote: 'Officials met again.', group: 'a' }] }];
    const res = scoreDump(gold({ unrelated_pairs, facts } as Partial<GoldFile>), bodies, { claims, links: [] });
    expect(res.notes).toEqual({ unrelated_shadowed_by_fact: 1 });
    expect(res.expected_pairs).toMatchObject({ agree: 1, unrelated: 0 });
  });
});

describe('mention matching and placeholders', () => {
  it('keeps unmatched mentions as placeholders in the recall denominators', () => {
    const res = scoreDump(gold({ facts: [tollFact] as GoldFile['facts'] }), bodies, { claims: [], links: [] });
    expect(res.mention_recall).toBe(0);
    expect(res.link_recall_counts).toEqual({ linked: 0, expected: 3 });
    expect(res.verdicts.updated.gold).toBe(2);
  });

  it('matches a mention to the shorter claim on equal overlap, then the earlier one', () => {
    const whole = claim('A', 'The storm killed 12 people. Roads were closed on Monday.', 'whole');
    const part = claim('A', 'The storm killed 12 people.', 'part');
    const twin = { ...part, id: 'twin' };
    const other = claim('B', 'At least 12 people died in the storm.', 'b');
    const facts = [{ id: 'f', verdict: 'agree', mentions: [{ doc: 'A', quote: 'killed 12 people', group: 'a' }, { doc: 'B', quote: 'At least 12 people', group: 'a' }] }];
    const links = [
      { a: 'whole', b: 'b', verdict: 'differ' },
      { a: 'twin', b: 'b', verdict: 'differ' },
      { a: 'part', b: 'b', verdict: 'agree' },
    ];
    const res = scoreDump(gold({ facts } as Partial<GoldFile>), bodies, { claims: [whole, part, twin, other], links });
    expect(res.verdicts.agree.tp).toBe(1);
    expect(res.unlabelled_differ_list.map((d) => d.a.id)).toEqual(['whole', 'twin']);
  });

  it('counts claims overlapping boilerplate', () => {
    const res = scoreDump(gold({ boilerplate: [{ doc: 'B', quote: 'A school shut.' }] }), bodies, {
      claims: [claim('B', 'Roads closed Tuesday. A school shut.'), claim('B', 'At least 12 people died in the storm.')],
      links: [],
    });
    expect(res.boilerplate_claims).toBe(1);
  });

  it('locates claims by text when offsets are wrong, and counts cross-story links', () => {
    const moved = { ...claim('A', 'Officials met.'), start: 0, end: 3 };
    const res = scoreDump(gold({}), bodies, {
      claims: [moved, { id: 'lib', doc: 'elsewhere', start: 0, end: 5, text: 'other' }],
      links: [{ a: moved.id, b: 'lib', verdict: 'agree' }],
    });
    expect(res.claims.located).toEqual({ text: 1, doc_not_in_gold: 1 });
    expect(res.cross_story_links).toBe(1);
  });

  it('throws when a gold quote is not in its body', () => {
    const facts = [{ id: 'f', verdict: 'agree', mentions: [{ doc: 'A', quote: 'not there' }, { doc: 'B', quote: 'Roads closed' }] }];
    expect(() => scoreDump(gold({ facts } as Partial<GoldFile>), bodies, { claims: [], links: [] })).toThrow(/not found/);
  });
});

describe('gold merging', () => {
  it('rejects a doc in two clusters', () => {
    expect(() => mergeGold([parseGold({ cluster: 'x', docs: ['A'] }), parseGold({ cluster: 'y', docs: ['A'] })])).toThrow(/two gold clusters/);
  });
  it('rejects an unknown fact verdict', () => {
    expect(() => parseGold({ facts: [{ id: 'f', verdict: 'maybe', mentions: [] }] })).toThrow();
  });
});

describe('scoredBody', () => {
  it('drops a header block up to the first blank line', () => {
    expect(scoredBody('title: T\nsource: S\n\nBody line.\n\nMore.')).toBe('Body line.\n\nMore.');
    expect(scoredBody('title: T\r\ndate:\r\n\r\nBody')).toBe('Body');
  });
  it('keeps the whole file without a header', () => {
    expect(scoredBody('Headline\n\nBody')).toBe('Headline\n\nBody');
    expect(scoredBody('title: no blank line\nbody')).toBe('title: no blank line\nbody');
  });
  it('converts offsets between UTF-16 units and code points', () => {
    const text = 'a😀b';
    expect(toCodePointOffset(text, 3)).toBe(2);
    expect(toUtf16Offset(text, 2)).toBe(3);
    expect(toUtf16Offset('plain', 4)).toBe(4);
  });
});
