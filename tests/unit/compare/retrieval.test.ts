import { describe, expect, it } from 'vitest';
import { ClaimIndex } from '../../../src/core/compare';
import { derivedKeys } from '../../../src/core/compare/retrieval';
import { nameKey } from '../../../src/core/text/names';
import type { Claim } from '../../../src/core/model';
import { makeClaim, ref } from './factory';

const withKeys = (id: string, keys: string[]): Claim => ({ ...makeClaim({ text: id, id }), keys });

describe('ClaimIndex', () => {
  it('needs a shared name or noun key plus another overlap', () => {
    const index = new ClaimIndex();
    index.add(withKeys('both', ['n:erbil', 'l:drone']), ref('a1', null));
    index.add(withKeys('name-only', ['n:erbil', 'l:vote']), ref('a2', null));
    index.add(withKeys('lemmas-only', ['l:drone', 'l:attack']), ref('a3', null));
    const got = index.candidates(withKeys('q', ['n:erbil', 'l:drone', 'l:attack']));
    expect(got.map((c) => c.claim.id)).toEqual(['both']);
    expect(got[0]!.sharedKeys.sort()).toEqual(['l:drone', 'n:erbil']);
  });

  it('ranks rare names above common lemmas and respects limit and exclusions', () => {
    const index = new ClaimIndex();
    for (let i = 0; i < 30; i++) index.add(withKeys(`filler${i}`, ['n:iraq', 'l:said', 'l:attack']), ref(`f${i}`, null));
    index.add(withKeys('rare', ['n:kataib', 'n:iraq', 'u:troop']), ref('r', null));
    const got = index.candidates(withKeys('q', ['n:kataib', 'n:iraq', 'u:troop', 'l:attack']), { limit: 5 });
    expect(got).toHaveLength(5);
    expect(got[0]!.claim.id).toBe('rare');
    const excluded = index.candidates(withKeys('q', ['n:kataib', 'n:iraq', 'u:troop']), { excludeArticleIds: ['r'] });
    expect(excluded.some((c) => c.claim.id === 'rare')).toBe(false);
  });

  it('removes an article and its claims', () => {
    const index = new ClaimIndex();
    index.add(withKeys('x', ['n:erbil', 'l:drone']), ref('a1', null));
    index.add(withKeys('y', ['n:erbil', 'l:drone']), ref('a2', null));
    index.removeArticle('a1');
    expect(index.size).toBe(1);
    expect(index.candidates(withKeys('q', ['n:erbil', 'l:drone'])).map((c) => c.article.id)).toEqual(['a2']);
    // re-adding a claim does not count it twice
    index.add(withKeys('y', ['n:erbil', 'l:drone']), ref('a2', null));
    const again = index.candidates(withKeys('q', ['n:erbil', 'l:drone']));
    expect(again).toHaveLength(1);
    expect(again[0]!.sharedKeys).toHaveLength(2);
  });

  it('skips very common keys in a large library', () => {
    const index = new ClaimIndex();
    for (let i = 0; i < 400; i++) index.add(withKeys(`c${i}`, ['l:said', `n:name${i}`]), ref(`a${i}`, null));
    index.add(withKeys('target', ['l:said', 'n:name7', 'l:flood']), ref('t', null));
    // "l:said" is on every claim: it neither scores nor counts as the second overlap.
    const got = index.candidates(withKeys('q', ['n:name7', 'l:said', 'l:flood']));
    expect(got.map((c) => c.claim.id)).toEqual(['target']);
  });
});

describe('figure keys', () => {
  const fall = (id: string, articleId: string, text: string, distance: { raw: string; value: number; unit: string }) =>
    makeClaim({
      id,
      articleId,
      text,
      predicates: ['fall'],
      lemmas: ['fall'],
      quantities: [
        { raw: '41-year-old', value: 41, unit: 'age' },
        { raw: distance.raw, value: distance.value, unit: distance.unit, hedge: 'about' },
      ],
    });

  it('derives an age key and a dimension key shared by metres and feet', () => {
    const a = fall('a', 'x', 'A 41-year-old hiker fell about 90 metres.', { raw: '90 metres', value: 90, unit: 'm' });
    expect(derivedKeys(a).sort()).toEqual(['f:age:41', 'f:length']);
  });

  it('lets two unnamed reports of one fall in one story meet', () => {
    const index = new ClaimIndex();
    const b = fall('b', 'y', 'The 41-year-old fell some 400ft down a gully.', { raw: '400ft', value: 400, unit: 'ft' });
    index.add(b, ref('y', '2025-02-01'));
    const a = fall('a', 'x', 'A 41-year-old hiker fell about 90 metres.', { raw: '90 metres', value: 90, unit: 'm' });
    expect(index.candidates(a, { storyArticleIds: new Set(['y']) }).map((c) => c.claim.id)).toEqual(['b']);
    // Figure keys are not anchors: outside the story, an age and a distance alone retrieve nothing.
    expect(index.candidates(a)).toEqual([]);
  });

  it('within the story, a measure and one word are enough; one word alone is not', () => {
    const index = new ClaimIndex();
    const measure = (id: string, articleId: string, text: string, raw: string, value: number, unit: string) =>
      makeClaim({ id, articleId, text, lemmas: text.includes('fell') ? ['fall'] : ['slide'], quantities: [{ raw, value, unit }] });
    index.add(measure('b', 'y', 'He fell 2,000ft to his death.', '2,000ft', 2000, 'ft'), ref('y', '2025-02-01'));
    index.add(makeClaim({ id: 'c', articleId: 'y', text: 'Rescuers said he fell.', lemmas: ['fall'] }), ref('y', '2025-02-01'));
    const a = measure('a', 'x', 'The man fell around 609 metres.', '609 metres', 609, 'm');
    expect(index.candidates(a, { storyArticleIds: new Set(['y']) }).map((c) => c.claim.id)).toEqual(['b']);
    expect(index.candidates(a)).toEqual([]);
  });

  it('within the story, a surname spelled two ways and one more key are enough', () => {
    const index = new ClaimIndex();
    index.add(makeClaim({ id: 'b', articleId: 'y', text: 'Duncan Rait was killed in the fall.', names: [{ raw: 'Duncan Rait', kind: 'person' }], predicates: ['kill'], lemmas: ['fall'] }), ref('y', '2025-02-01'));
    const a = makeClaim({ id: 'a', articleId: 'x', text: 'Rescuers reached Raite but he died.', names: [{ raw: 'Raite', kind: 'person' }], predicates: ['kill'], lemmas: ['rescuer', 'reach'] });
    expect(derivedKeys(a)).toContain('v:rat');
    expect(index.candidates(a, { storyArticleIds: new Set(['y']) }).map((c) => c.claim.id)).toEqual(['b']);
    expect(index.candidates(a)).toEqual([]);
  });

  it('within the story, a person one claim names and the other speaks of after naming them, and one more key, are enough', () => {
    const index = new ClaimIndex();
    index.add(makeClaim({ id: 'b', articleId: 'y', text: 'Police said Ada Vole was well equipped.', names: [{ raw: 'Ada Vole', kind: 'person' }], lemmas: ['police', 'equip'] }), ref('y', '2025-02-01'));
    const a = { ...makeClaim({ id: 'a', articleId: 'x', text: 'The group was insufficiently equipped.', lemmas: ['group', 'equip'] }), context: ['ada vole'] };
    expect(derivedKeys(a)).toContain('k:ada vala');
    expect(index.candidates(a, { storyArticleIds: new Set(['y']) }).map((c) => c.claim.id)).toEqual(['b']);
    expect(index.candidates(a)).toEqual([]);
    expect(index.candidates({ ...a, context: undefined }, { storyArticleIds: new Set(['y']) })).toEqual([]);
  });

  it('within the story, the calibre of a weapon alone is enough', () => {
    const index = new ClaimIndex();
    index.add(makeClaim({ id: 'b', articleId: 'y', text: 'He pointed a .357 caliber gun at them.' }), ref('y', '2025-02-01'));
    const a = makeClaim({ id: 'a', articleId: 'x', text: 'A loaded .38-caliber revolver was found.', lemmas: ['load', 'revolver', 'find'] });
    const found = index.candidates(a, { storyArticleIds: new Set(['y']) });
    expect(found.map((c) => [c.claim.id, c.sharedKeys])).toEqual([['b', ['x:calibre']]]);
  });

  it('within the story, one party counted two ways ("four in the party" / "three climbers with Mr Doe") is enough', () => {
    const index = new ClaimIndex();
    const three = makeClaim({ id: 'b', articleId: 'y', text: 'Three climbers with Mr Doe were rescued.', lemmas: ['climber', 'rescue'], quantities: [{ raw: 'Three', value: 3, noun: 'climber' }] });
    index.add(three, ref('y', '2025-02-01'));
    const four = makeClaim({ id: 'a', articleId: 'x', text: 'There were four in the climbing party.', lemmas: ['climb', 'party'], quantities: [{ raw: 'four', value: 4 }] });
    expect(derivedKeys(four)).toContain('x:party:4');
    expect(index.candidates(four, { storyArticleIds: new Set(['y']) }).map((c) => [c.claim.id, c.sharedKeys])).toEqual([['b', ['x:party:4']]]);
    const fiveKey = 'x:party:5';
    expect(derivedKeys(four)).not.toContain(fiveKey);
    const five = makeClaim({ id: 'c', articleId: 'x', text: 'There were five in the climbing party.', lemmas: ['climb', 'party'], quantities: [{ raw: 'five', value: 5 }] });
    expect(index.candidates(five, { storyArticleIds: new Set(['y']) })).toEqual([]);
  });
});

describe('middle-name keys', () => {
  it('also indexes a three-word personal name by its first and last names', () => {
    const c = makeClaim({ text: 'Marta Lena Okafor won.', names: [{ raw: 'Marta Lena Okafor', kind: 'person' }] });
    expect(derivedKeys(c)).toContain(`n:${nameKey('marta okafor')}`);
    const place = makeClaim({ text: 'Rain hit Port Lena Bay.', names: [{ raw: 'Port Lena Bay', kind: 'place' }] });
    expect(derivedKeys(place).filter((k) => k.startsWith('n:'))).toEqual([]);
  });
});

describe('biography keys', () => {
  it("within the story, a person's home country said two ways is enough", () => {
    const index = new ClaimIndex();
    const born = makeClaim({
      id: 'b', articleId: 'y', text: 'The New Zealand-born Australian was planning to ski.', lemmas: ['plan', 'ski'],
      names: [{ raw: 'New Zealand', canonical: 'new zealand', kind: 'place' }, { raw: 'Australian', canonical: 'australia', kind: 'place' }],
    });
    index.add(born, ref('y', '2013-09-15'));
    const climber = makeClaim({
      id: 'a', articleId: 'x', text: 'The first death was that of a New Zealand climber who fell.', lemmas: ['death', 'climber', 'fall'],
      names: [{ raw: 'New Zealand', canonical: 'new zealand', kind: 'place' }],
    });
    expect(derivedKeys(climber)).toContain(`x:origin:${nameKey('new zealand')}`);
    expect(index.candidates(climber, { storyArticleIds: new Set(['y']) }).map((c) => [c.claim.id, c.sharedKeys.length])).toEqual([['b', 2]]);
  });
});
