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

  it('keeps one finding per claim and other article', () => {
    const index = new ClaimIndex();
    index.add(toll('o1', 'other', 12), agreeing);
    index.add({ ...toll('o2', 'other', 12), text: 'Officials said the blast in Vardo killed 12 people.' }, agreeing);
    const findings = crossCheck([toll('p1', 'page', 12)], page, index);
    expect(findings).toHaveLength(1);
  });
});

describe('summarise', () => {
  it('collapses wire copies into one source named after the wire', () => {
    const articles = [
      ref('w1', '2023-05-01T08:00:00Z', 'one.example', { fingerprint: '0000000000000000', byline: 'By Jane Roe, Associated Press' }),
      ref('w2', '2023-05-01T09:00:00Z', 'two.example', { fingerprint: '0000000000000003' }),
      ref('w3', '2023-05-01T10:00:00Z', 'three.example', { fingerprint: '0000000000000007' }),
      ref('own', '2023-05-01T10:00:00Z', 'own.example', { fingerprint: 'ffffffffffffffff' }),
    ];
    const finding = (other: string, verdict: 'agree' | 'differ') => ({ claimId: 'p1', otherClaimId: `${other}-c`, otherArticleId: other, verdict, score: 0.8, evidence: [] });
    const [s] = summarise([finding('w1', 'agree'), finding('w2', 'agree'), finding('w3', 'agree'), finding('own', 'differ')], articles);
    expect(s!.agree.map((g) => g.label)).toEqual(['AP via 3 outlets']);
    expect(s!.independent).toEqual({ agree: 1, differ: 1, updated: 0, related: 0 });
    expect(s!.differ[0]!.label).toBe('own.example');
  });

  it('names the earliest outlet when no wire is credited', () => {
    const articles = [
      ref('b', '2023-05-02T08:00:00Z', 'later.example', { fingerprint: '0000000000000000' }),
      ref('a', '2023-05-01T08:00:00Z', 'first.example', { fingerprint: '0000000000000001' }),
    ];
    const f = (other: string) => ({ claimId: 'p', otherClaimId: 'x', otherArticleId: other, verdict: 'agree' as const, score: 1, evidence: [] });
    expect(summarise([f('a'), f('b')], articles)[0]!.agree[0]!.label).toBe('first.example via 2 outlets');
  });

  it('reads wire names from credits', () => {
    expect(wireNameOf('(Reuters) - Police said')).toBe('Reuters');
    expect(wireNameOf('By staff writers')).toBeNull();
  });
});
