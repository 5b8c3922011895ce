import { describe, expect, it } from 'vitest';
import { ClaimIndex, crossCheck, summarise, wireNameOf } from '../../../src/core/compare';
import { makeClaim, ref } from './factory';

const toll = (id: string, articleId: string, n: number) =>
  makeClaim({
    id,
    articleId,
    text: `The blast in Vardo killed ${n} people.`,
    quantities: [{ raw: String(n), value: n, noun: 'people', role: 'kill' }],
    names: [{ raw: 'Vardo', kind: 'place' }],
    predicates: ['kill'],
  });

describe('crossCheck', () => {
  const page = ref('page', '2023-05-01T08:00:00Z', 'page.example', { fingerprint: '0000000000000000' });
  const agreeing = ref('other', '2023-05-01T09:00:00Z', 'other.example', { fingerprint: 'ffffffffffffffff' });
  const differing = ref('third', '2023-05-01T09:30:00Z', 'third.example', { fingerprint: 'ffff0000ffff0000' });
  const copy = ref('copy', '2023-05-01T10:00:00Z', 'copy.example', { fingerprint: '0000000000000001' });

  it('finds agree and differ, skipping the page itself and its near-duplicates', () => {
    const index = new ClaimIndex();
    index.add(toll('p1', 'page', 12), page);
    index.add(toll('o1', 'other', 12), agreeing);
    index.add(toll('t1', 'third', 5), differing);
    index.add(toll('c1', 'copy', 7), copy);
    const findings = crossCheck([toll('p1', 'page', 12)], page, index);
    const byArticle = Object.fromEntries(findings.map((f) => [f.otherArticleId, f.verdict]));
    expect(byArticle).toEqual({ other: 'agree', third: 'differ' });
    expect(findings.every((f) => f.claimId === 'p1')).toBe(true);
  });

  it('keeps every same-fact finding of another article, but one related finding per article', () => {
    const index = new ClaimIndex();
    index.add(toll('o1', 'other', 12), agreeing);
    index.add({ ...toll('o2', 'other', 12), text: 'Officials said the blast in Vardo killed 12 people.' }, agreeing);
    const findings = crossCheck([toll('p1', 'page', 12)], page, index);
    expect(findings.map((f) => f.otherClaimId).sort()).toEqual(['o1', 'o2']);

    const visit = (id: string) =>
      makeClaim({ id, articleId: 'other', text: 'The mayor of Vardo visited the harbour of Vardo.', names: [{ raw: 'Vardo', kind: 'place' }], predicates: ['visit'] });
    const related = new ClaimIndex();
    related.add(visit('r1'), agreeing);
    related.add({ ...visit('r2'), text: 'The mayor of Vardo visited the harbour of Vardo again.' }, agreeing);
    const relatedFindings = crossCheck([toll('p1', 'page', 12)], page, related, { includeRelated: true });
    expect(relatedFindings.map((f) => f.verdict)).toEqual(['related']);
  });
});
