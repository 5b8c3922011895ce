import { describe, expect, it } from 'vitest';
import { ClaimIndex, compareClaims } from '../../../src/core/compare';
import { agreementsThrough } from '../../../src/core/compare/through';
import type { Finding } from '../../../src/core/model';
import { makeClaim, on, ref } from './factory';

// The page and the third report share no name or event verb; each agrees with the pivot's date.
const page = ref('page', '2023-12-26');
const pivotRef = ref('pivot', '2023-12-26', 'pivot.example');
const thirdRef = ref('third', '2023-12-26');
const pageClaim = makeClaim({ id: 'p', articleId: 'page', text: 'Soldiers were hurt in Erbil on 25 December.', names: [{ raw: 'Erbil', kind: 'place' }], predicates: ['wound'], dates: [on('25 December', '2023-12-25')] });
const pivot = makeClaim({
  id: 'b',
  articleId: 'pivot',
  text: 'A Kataib Hezbollah drone strike on Erbil on 25 December wounded soldiers.',
  names: [{ raw: 'Kataib Hezbollah', kind: 'org' }, { raw: 'Erbil', kind: 'place' }],
  predicates: ['wound', 'strike'],
  dates: [on('25 December', '2023-12-25')],
});
const third = (id: string, dateRaw: string, iso: string) =>
  makeClaim({ id, articleId: 'third', text: `Kataib Hezbollah claimed the strike of ${dateRaw}.`, names: [{ raw: 'Kataib Hezbollah', kind: 'org' }], predicates: ['strike', 'claim'], dates: [on(dateRaw, iso)] });

function direct(other: typeof pivot, otherRef: typeof pivotRef): Finding {
  const relation = compareClaims(pageClaim, page, other, otherRef, { sameStory: true })!;
  return { claimId: pageClaim.id, otherClaimId: other.id, otherArticleId: otherRef.id, verdict: relation.verdict, score: relation.score, evidence: relation.evidence };
}

function run(thirdClaim: ReturnType<typeof third>, story = new Set(['pivot', 'third'])): Finding[] {
  const index = new ClaimIndex();
  index.add(pivot, pivotRef);
  index.add(thirdClaim, thirdRef);
  return agreementsThrough([pageClaim], [direct(pivot, pivotRef)], { page, index, storyArticleIds: story, skip: () => false });
}

describe('agreement through a shared report', () => {
  it('holds when the page and a third report agree with one slot of the pivot', () => {
    const thirdClaim = third('c', '25 December', '2023-12-25');
    // Directly the page and the third report are not comparable (no shared name or event verb).
    expect(compareClaims(pageClaim, page, thirdClaim, thirdRef, { sameStory: true })).toBeNull();
    expect(direct(pivot, pivotRef).verdict).toBe('agree');
    const found = run(thirdClaim);
    expect(found.map((f) => [f.otherClaimId, f.verdict])).toEqual([['c', 'agree']]);
    expect(found[0]!.evidence[0]).toMatchObject({ kind: 'date', here: '25 December', there: '25 December', note: 'as pivot.example reports it' });
  });

  it('does not hold across stories, nor when the third report dates it otherwise', () => {
    expect(run(third('c', '25 December', '2023-12-25'), new Set(['pivot']))).toEqual([]);
    expect(run(third('d', '24 December', '2023-12-24'))).toEqual([]);
  });
});
