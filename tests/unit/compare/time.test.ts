import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/core/claims';
import { anchorsOf, timeFit } from '../../../src/core/compare/time';

const published = '2013-09-09';
const claim = (text: string) => extractClaims({ id: 'x', text, publishedAt: published, title: null })[0]!;
const anchors = (text: string) => anchorsOf(claim(text), published);

describe('anchorsOf', () => {
  it('dates a claim by its own date, else by its publication', () => {
    expect(anchors('In July, a thief stole jewels worth £88m in Cannes.').map((a) => a.source)).toEqual(['slot']);
    expect(anchors('Four men rammed a car into a store in Paris.').map((a) => a.source)).toEqual(['published']);
  });

  it("keeps the news of the day beside an offset's guess ('the raid comes a month after a heist')", () => {
    const offset = anchors('The raid comes little over a month after a bandit stole jewels worth $136M in Cannes.');
    expect(offset.map((a) => a.source)).toEqual(['slot', 'published']);
    // the earlier heist and today's raid both line up with the reports of each
    expect(timeFit(offset, anchors('In July, a thief stole jewels worth £88m in Cannes.'))).toBe('same');
    expect(timeFit(offset, anchors('Four men rammed a car into a store in Paris.'))).toBe('same');
  });
});
