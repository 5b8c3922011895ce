import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/core/claims';
import { compareClaims } from '../../../src/core/compare';

function claim(id: string, text: string, publishedAt: string) {
  const [first] = extractClaims({ id, text, publishedAt, title: null });
  if (!first) throw new Error('no claim');
  return { claim: first, ref: { id, site: id, publishedAt } };
}

describe('running tolls and bearings through the real extractor', () => {
  it('a later, higher death toll is updated, whatever noun it is counted in', () => {
    const later = claim('b', 'The number missing after the ferry fire on Lake Varn has risen, as the death toll rose to six.', '2026-03-05T18:00:00Z');
    const earlier = claim('a', 'Three people died after a fire broke out on the ferry on Lake Varn early on Tuesday, officials said.', '2026-03-04T08:30:00Z');
    expect(compareClaims(later.claim, later.ref, earlier.claim, earlier.ref)?.verdict).toBe('updated');
  });

  it('the same distance to another side of a town differs', () => {
    const a = claim('a', 'The fire broke out about 12 km west of Kelby, while the ferry was on its way to Rask Island.', '2026-03-05T18:00:00Z');
    const b = claim('b', 'The fire started when the ferry was 12 km north of Kelby on its crossing to Rask Island.', '2026-03-04T08:30:00Z');
    const relation = compareClaims(a.claim, a.ref, b.claim, b.ref);
    expect(relation?.verdict).toBe('differ');
    expect(relation?.evidence.find((e) => e.status === 'differ')?.kind).toBe('direction');
  });
});

describe('attribution evidence', () => {
  it('is not shown when both sides are generic sources', () => {
    const a = claim('a', 'Four people were killed in the fire on Lake Varn, authorities said on Wednesday.', '2026-03-04T09:00:00Z');
    const b = claim('b', 'Three people were killed in the fire on Lake Varn, officials said on Wednesday.', '2026-03-04T08:30:00Z');
    const relation = compareClaims(a.claim, a.ref, b.claim, b.ref);
    expect(relation?.verdict).toBe('differ');
    expect(relation?.evidence.some((e) => e.kind === 'attribution')).toBe(false);
  });
});

describe('withRetrievalKeys', () => {
  it('folds the keys the in-memory index derives into the stored keys', async () => {
    const { withRetrievalKeys } = await import('../../../src/core/compare');
    const { claim: c } = claim('a', 'Duncan Rait, 36, fell 150 m from the ridge on Monday.', '2026-03-04T08:30:00Z');
    const stored = withRetrievalKeys(c);
    expect(stored.keys.slice(0, c.keys.length)).toEqual(c.keys);
    expect(stored.keys.some((k) => k.startsWith('f:'))).toBe(true);
    expect(withRetrievalKeys(stored)).toBe(stored);
  });
});
