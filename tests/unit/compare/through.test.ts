import { describe, expect, it } from 'vitest';
import { ClaimIndex, compareClaims } from '../../../src/core/compare';
import { findingsThrough } from '../../../src/core/compare/through';
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
const third = (id: string, dateRaw: string, iso: string, predicates = ['strike', 'wound']) =>
  makeClaim({
    id,
    articleId: 'third',
    text: `Kataib Hezbollah claimed the strike of ${dateRaw}${predicates.includes('wound') ? ' that hurt troops' : ''}.`,
    names: [{ raw: 'Kataib Hezbollah', kind: 'org' }],
    predicates,
    dates: [on(dateRaw, iso)],
  });

function direct(other: typeof pivot, otherRef: typeof pivotRef): Finding {
  const relation = compareClaims(pageClaim, page, other, otherRef, { sameStory: true })!;
  return { claimId: pageClaim.id, otherClaimId: other.id, otherArticleId: otherRef.id, verdict: relation.verdict, score: relation.score, evidence: relation.evidence };
}

function run(thirdClaim: ReturnType<typeof third>, story = new Set(['pivot', 'third'])): Finding[] {
  const index = new ClaimIndex();
  index.add(pivot, pivotRef);
  index.add(thirdClaim, thirdRef);
  return findingsThrough([pageClaim], [direct(pivot, pivotRef)], { page, index, storyArticleIds: story, skip: () => false });
}

describe('an agreement through a shared report', () => {
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

  it('does not hold when the page and the third report tell of different kinds of event', () => {
    // Agreeing with the pivot on its date, the third report speaks only of the strike, the page only of the wounded.
    expect(run(third('e', '25 December', '2023-12-25', ['strike', 'claim']))).toEqual([]);
  });
});

describe('a difference through a shared report', () => {
  const shotsPage = makeClaim({ id: 'p2', articleId: 'page', text: 'Police fired 11 shots in Erbil.', names: [{ raw: 'Erbil', kind: 'place' }], predicates: ['shoot'], lemmas: ['police', 'fire', 'shot', 'erbil'], quantities: [{ raw: '11 shots', value: 11, noun: 'shot', role: 'shoot' }] });
  const shotsPivot = makeClaim({ id: 'b2', articleId: 'pivot', text: 'Officers in Erbil fired 11 shots at Kimani Vole.', names: [{ raw: 'Erbil', kind: 'place' }, { raw: 'Kimani Vole', kind: 'person' }], predicates: ['shoot'], lemmas: ['officer', 'erbil', 'fire', 'shot', 'kimani', 'vole'], quantities: [{ raw: '11 shots', value: 11, noun: 'shot', role: 'shoot' }] });
  const bullets = (value: number, raw: string) =>
    makeClaim({ id: `c${value}`, articleId: 'third', text: `The officers fired ${raw} bullets at Kimani Vole.`, names: [{ raw: 'Kimani Vole', kind: 'person' }], predicates: ['shoot'], lemmas: ['officer', 'fire', 'bullet', 'kimani', 'vole'], quantities: [{ raw: `${raw} bullets`, value, noun: 'bullet', role: 'shoot' }] });

  function through(thirdClaim: ReturnType<typeof bullets>): Finding[] {
    const index = new ClaimIndex();
    index.add(shotsPivot, pivotRef);
    index.add(thirdClaim, thirdRef);
    const relation = compareClaims(shotsPage, page, shotsPivot, pivotRef, { sameStory: true })!;
    const via: Finding = { claimId: 'p2', otherClaimId: 'b2', otherArticleId: 'pivot', verdict: relation.verdict, score: relation.score, evidence: relation.evidence };
    return findingsThrough([shotsPage], [via], { page, index, storyArticleIds: new Set(['pivot', 'third']), skip: () => false });
  }

  it('is reported when the page gives the pivot\u2019s figure and the third report conflicts with it', () => {
    const seven = bullets(7, 'seven');
    // Directly, the page and the third report share no name: their figures are only in doubt.
    expect(compareClaims(shotsPage, page, seven, thirdRef, { sameStory: true })?.verdict ?? 'none').not.toBe('differ');
    const found = through(seven);
    expect(found.map((f) => [f.otherClaimId, f.verdict])).toEqual([['c7', 'differ']]);
    expect(found[0]!.evidence[0]).toMatchObject({ kind: 'quantity', status: 'differ', here: '11 shots', there: 'seven bullets' });
  });

  it('is not reported when the third report agrees with the pivot', () => {
    expect(through(bullets(11, 'eleven')).map((f) => f.verdict)).toEqual(['agree']);
  });

  it('is not reported when the page and the third report date their events apart', () => {
    const onThursday = makeClaim({ id: 'c7t', articleId: 'third', text: 'On Thursday the officers fired seven bullets at Kimani Vole.', names: [{ raw: 'Kimani Vole', kind: 'person' }], predicates: ['shoot'], lemmas: ['officer', 'fire', 'bullet', 'kimani', 'vole'], quantities: [{ raw: 'seven bullets', value: 7, noun: 'bullet', role: 'shoot' }] });
    const pageOnMonday = { ...shotsPage, text: 'Police fired 11 shots in Erbil on Monday.' };
    const index = new ClaimIndex();
    index.add(shotsPivot, pivotRef);
    index.add(onThursday, thirdRef);
    const relation = compareClaims(pageOnMonday, page, shotsPivot, pivotRef, { sameStory: true })!;
    const via: Finding = { claimId: 'p2', otherClaimId: 'b2', otherArticleId: 'pivot', verdict: relation.verdict, score: relation.score, evidence: relation.evidence };
    const ctx = { page, index, storyArticleIds: new Set(['pivot', 'third']), skip: () => false };
    expect(findingsThrough([pageOnMonday], [via], ctx)).toEqual([]);
    expect(findingsThrough([{ ...pageOnMonday, text: 'Police fired 11 shots in Erbil on Thursday.' }], [via], ctx).map((f) => f.verdict)).toEqual(['differ']);
  });
});
