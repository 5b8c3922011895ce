import { describe, expect, it } from 'vitest';
import { ClaimIndex, compareClaims } from '../../../src/core/compare';
import { calibresOf, compareCalibres, offRoaderOf, otherGames, scoresOf } from '../../../src/core/compare/designations';
import { makeClaim, ref } from './factory';

describe('calibresOf', () => {
  it('reads inch calibres with "caliber" or a weapon noun, also when copied as ". 38"', () => {
    expect(calibresOf('He pointed a .38 caliber revolver at them.').map((c) => [c.value, c.weapon])).toEqual([['38', 'revolver']]);
    expect(calibresOf('A loaded. 357-caliber revolver was found.').map((c) => c.value)).toEqual(['357']);
    expect(calibresOf('He pulled out a .357 revolver.').map((c) => [c.value, c.weapon])).toEqual([['357', 'revolver']]);
    expect(calibresOf('He had a .22 calibre rifle.').map((c) => [c.value, c.weapon])).toEqual([['22', 'rifle']]);
  });

  it('ignores decimals that are not calibres', () => {
    expect(calibresOf('Turnout rose by 0.38 percent.')).toEqual([]);
    expect(calibresOf('The quake struck at 5.38 in the morning.')).toEqual([]);
    expect(calibresOf('He died. 38 people were hurt.')).toEqual([]);
    expect(calibresOf('He hit .308 with a .45 caliber bat.').map((c) => c.value)).toEqual(['45']);
  });

  it('reads a bare ".32" as a second calibre once the sentence has named one', () => {
    const two = 'She died from a wound from a .45 caliber, but the accused had a .32.';
    expect(calibresOf(two).map((c) => c.value)).toEqual(['45', '32']);
    // a sentence naming two weapons compares with neither
    expect(compareCalibres(makeClaim({ text: two }), makeClaim({ text: 'He said the .32-caliber gun was nicknamed Ace.' }))).toBeNull();
  });
});

describe('compareCalibres', () => {
  const claim = (text: string) => makeClaim({ text });
  it('agrees on the same calibre, differs on another, skips other weapons', () => {
    expect(compareCalibres(claim('He aimed a .38 caliber revolver.'), claim('A .38-caliber gun was recovered.'))?.status).toBe('agree');
    expect(compareCalibres(claim('He aimed a .38 caliber revolver.'), claim('He aimed a .357 caliber revolver.'))?.status).toBe('differ');
    expect(compareCalibres(claim('He aimed a .38 caliber revolver.'), claim('Police carry a .40 caliber pistol.'))).toBeNull();
    expect(compareCalibres(claim('He aimed a .38 caliber revolver.'), claim('Officers fired 11 shots.'))).toBeNull();
  });

  it('ties two claims of one story even without a shared name, never across stories', () => {
    const a = makeClaim({ text: 'The suspect pointed a .38 caliber revolver at the officers.' });
    const b = makeClaim({ text: 'He aimed a .357 caliber revolver at them, police said.' });
    expect(compareClaims(a, ref('x', '2013-03-12'), b, ref('y', '2013-03-13'), { sameStory: true })?.verdict).toBe('differ');
    expect(compareClaims(a, ref('x', '2013-03-12'), b, ref('y', '2013-03-13'))).toBeNull();
  });

  it('calibre claims find each other in the index', () => {
    const index = new ClaimIndex();
    const story = ref('y', '2013-03-13');
    index.add(makeClaim({ id: 'b', articleId: 'y', text: 'A .357 caliber revolver was found.', lemmas: ['revolver', 'find'] }), story);
    const a = makeClaim({ id: 'a', articleId: 'x', text: 'He aimed a .38 caliber revolver.', lemmas: ['aim', 'revolver'] });
    expect(index.candidates(a, { storyArticleIds: new Set(['y']) }).map((c) => c.claim.id)).toEqual(['b']);
  });
});

describe('vehicles', () => {
  it('reads an off-roader by any of its names, when it is the vehicle driven into something', () => {
    expect(offRoaderOf('Thieves rammed a 4x4 vehicle through the window.')?.raw).toBe('4x4');
    expect(offRoaderOf('The men drove a large 4×4 car into the store.')?.raw).toBe('4×4');
    expect(offRoaderOf('The men drove a large four-by-four car into the store.')?.raw).toBe('four-by-four');
    expect(offRoaderOf('The thieves rammed an SUV into the front of the store.')?.raw).toBe('SUV');
    // burnt, parked or sold, it may be another vehicle of the story
    expect(offRoaderOf('They set fire to the 4x4 in a side street.')).toBeNull();
    expect(offRoaderOf('Sales of SUVs rose by 4 percent.')).toBeNull();
    expect(offRoaderOf('Police said the 4x4x4 cube puzzle was stolen.')).toBeNull();
  });

  it('agrees within one story on the vehicle driven in, never across stories', () => {
    const a = makeClaim({ text: 'Four men drove a 4x4 through the front window of the store.' });
    const b = makeClaim({ text: 'The thieves rammed an SUV into the front of the shop at 4:30 a.m.' });
    const within = compareClaims(a, ref('x', '2013-09-09'), b, ref('y', '2013-09-09'), { sameStory: true });
    expect(within?.verdict).toBe('agree');
    expect(within?.evidence.map((e) => [e.kind, e.here, e.there])).toContainEqual(['name', '4x4', 'SUV']);
    expect(compareClaims(a, ref('x', '2013-09-09'), b, ref('y', '2013-09-09'))).toBeNull();
    const burnt = makeClaim({ text: 'The thieves set fire to the 4x4 in a side street.' });
    expect(compareClaims(a, ref('x', '2013-09-09'), burnt, ref('y', '2013-09-09'), { sameStory: true })).toBeNull();
  });

  it('off-roader claims of one story find each other in the index', () => {
    const index = new ClaimIndex();
    index.add(makeClaim({ id: 'b', articleId: 'y', text: 'They rammed an SUV into the shop.', lemmas: ['ram', 'shop'] }), ref('y', '2013-09-09'));
    const a = makeClaim({ id: 'a', articleId: 'x', text: 'Four men drove a 4x4 through the window.', lemmas: ['drive', 'window'] });
    expect(index.candidates(a, { storyArticleIds: new Set(['y']) }).map((c) => c.claim.id)).toEqual(['b']);
    expect(index.candidates(a).map((c) => c.claim.id)).toEqual([]);
  });
});

describe('scores', () => {
  it('reads a final score beside its game, not a range or a season record', () => {
    expect(scoresOf('The Larks clinched a playoff berth with a 31-24 victory against the Owls.')).toEqual(['31-24']);
    expect(scoresOf('The Larks beat visiting Owls, 91-73, on Sunday.')).toEqual(['91-73']);
    expect(scoresOf('The Larks (11-4), on an eight-game winning streak, clinched a playoff berth.')).toEqual([]);
    expect(scoresOf('It rained on 10-15 days in 2013-14.')).toEqual([]);
  });

  it('two scores that differ are two games: worded alike, they do not agree', () => {
    const game = (score: string, rival: string) =>
      makeClaim({ text: `The Larks clinched a playoff berth with a ${score} win over the ${rival}.`, names: [{ raw: 'Larks', kind: 'org' }], lemmas: ['lark', 'clinch', 'playoff', 'berth', 'win'] });
    const x = ref('x', '2012-12-24');
    const y = ref('y', '2012-12-24');
    expect(otherGames(game('31-24', 'Owls'), game('20-13', 'Hawks'))).toBe(true);
    expect(compareClaims(game('31-24', 'Owls'), x, game('20-13', 'Hawks'), y, { sameStory: true })?.verdict).toBe('related');
    expect(compareClaims(game('20-13', 'Hawks'), x, game('20-13', 'Hawks'), y, { sameStory: true })?.verdict).toBe('agree');
  });
});
