import { describe, expect, it } from 'vitest';
import { ClaimIndex, compareClaims, crossCheck } from '../../../src/core/compare';
import { isSameStory, storyAffinity, storyProfile, StoryStats } from '../../../src/core/compare/story';
import { makeClaim, ref } from './factory';

const named = (text: string, names: string[], extra: Partial<Parameters<typeof makeClaim>[0]> = {}) =>
  makeClaim({ text, names: names.map((raw) => ({ raw, kind: 'person' as const })), ...extra });

describe('story profile and affinity', () => {
  it('counts the claims naming each name and scores shared rare names', () => {
    const a = storyProfile([named('Ada Vole fell near Kestrel Peak.', ['Ada Vole', 'Kestrel Peak']), named('Ada Vole was 36.', ['Ada Vole'])]);
    expect(a.names.find((n) => n.name === 'ada vole')?.claims).toBe(2);
    const b = storyProfile([named('Ada Vole died on Kestrel Peak.', ['Ada Vole', 'Kestrel Peak'])]);
    const c = storyProfile([named('A climber died on Kestrel Peak.', ['Kestrel Peak'])]);
    const stats = new StoryStats();
    for (const p of [a, b, c]) stats.add(p);
    // The rarer shared name (Ada Vole, in 2 of 3 articles) scores more than the common one alone.
    expect(storyAffinity(a, b, stats).shared.sort()).toEqual(['ada vole', 'kestrel peak']);
    expect(storyAffinity(a, b, stats).score).toBeGreaterThan(storyAffinity(a, c, stats).score);
  });

  it('counts a rare name found inside a longer one, at half the weight of the same name', () => {
    const a = storyProfile([named('He fell on Mount Kestrel.', ['Mount Kestrel'])]);
    const b = storyProfile([named('The Mount Kestrel National Park is closed.', ['Mount Kestrel National Park'])]);
    const same = storyProfile([named('He died on Mount Kestrel.', ['Mount Kestrel'])]);
    const stats = new StoryStats();
    for (const p of [a, b, same]) stats.add(p);
    for (let i = 0; i < 20; i++) stats.add(storyProfile([named('In Other Place.', ['Other Place'])]));
    expect(storyAffinity(a, b, stats).shared).toEqual(['mount kestrel']);
    expect(storyAffinity(b, a, stats).shared).toEqual(['mount kestrel']);
    expect(storyAffinity(a, b, stats).score).toBeCloseTo(storyAffinity(a, same, stats).score / 2, 1);
    // A common name inside another ("New York" in "New York Times") says nothing of the story.
    const city = storyProfile([named('It rained in New York.', ['New York'])]);
    const paper = storyProfile([named('The New York Times said so.', ['New York Times'])]);
    const common = new StoryStats();
    common.add(city);
    common.add(paper);
    for (let i = 0; i < 20; i++) common.add(storyProfile([named('In New York.', ['New York'])]));
    expect(storyAffinity(city, paper, common).shared).toEqual([]);
  });

  it('needs enough shared rarity, two names, and publication dates within days', () => {
    const strong = { score: 2, shared: ['ada vole', 'kestrel peak'] };
    expect(isSameStory(strong, '2013-09-15', '2013-09-16')).toBe(true);
    expect(isSameStory(strong, '2013-09-15', null)).toBe(true);
    expect(isSameStory(strong, '2013-09-15', '2013-12-01')).toBe(false);
    expect(isSameStory({ score: 2, shared: ['ada vole'] }, null, null)).toBe(false);
    expect(isSameStory({ score: 0.5, shared: ['ada vole', 'kestrel peak'] }, null, null)).toBe(false);
  });
});

describe('claims tied only by their story', () => {
  const fellA = makeClaim({
    text: 'A 36-year-old man died on Friday after he slipped and fell about 200m down an icy gully.',
    quantities: [{ raw: '36-year-old', value: 36, unit: 'age' }, { raw: 'about 200m', value: 200, hedge: 'about', unit: 'm', role: 'fall' }],
    predicates: ['die', 'fall'],
    lemmas: ['man', 'die', 'friday', 'slip', 'fall', 'icy', 'gully'],
  });
  const fellB = makeClaim({
    text: 'A 36-year-old climber died on Friday after he slipped and fell 150 metres down a gully.',
    quantities: [{ raw: '36-year-old', value: 36, unit: 'age' }, { raw: '150 metres', value: 150, unit: 'm', role: 'fall' }],
    predicates: ['die', 'fall'],
    lemmas: ['climber', 'die', 'friday', 'slip', 'fall', 'gully'],
  });
  const x = ref('x', '2013-09-15');
  const y = ref('y', '2013-09-15');

  it('are not compared without a shared name unless the articles tell one story', () => {
    expect(compareClaims(fellA, x, fellB, y)).toBeNull();
    expect(compareClaims(fellA, x, fellB, y, { sameStory: true })?.verdict).toBe('differ');
  });

  it('need a specific slot that agrees: shared words alone stay related', () => {
    const arrestsA = makeClaim({ text: 'He had been arrested three times on charges of grand larceny.', quantities: [{ raw: 'three times', value: 3, noun: 'time', role: 'arrest' }], predicates: ['arrest'], lemmas: ['arrest', 'charge', 'grand', 'larceny'] });
    const arrestsB = makeClaim({ text: 'He was arrested several times for grand larceny and arson.', quantities: [{ raw: 'several times', value: 5, hedge: 'vague', low: 3, high: 9, noun: 'time', role: 'arrest' }], predicates: ['arrest'], lemmas: ['arrest', 'grand', 'larceny', 'arson'] });
    expect(compareClaims(arrestsA, x, arrestsB, y, { sameStory: true })?.verdict ?? 'none').not.toMatch(/agree|differ|updated/);
  });

  it('need the same kind of event and shared words', () => {
    const other = makeClaim({ text: 'Rescuers flew to the hut on Saturday.', predicates: ['fly'], lemmas: ['rescuer', 'fly', 'hut', 'saturday'] });
    expect(compareClaims(fellA, x, other, y, { sameStory: true })).toBeNull();
  });

  it('crossCheck finds them through the index when the articles share rare names', () => {
    const index = new ClaimIndex();
    const names = (articleId: string, id: string) => named('Ada Vole and Bo Kestrel climbed near Tarn Ridge.', ['Ada Vole', 'Bo Kestrel', 'Tarn Ridge'], { id, articleId });
    const page = ref('page', '2013-09-15');
    const other = ref('other', '2013-09-16');
    index.add(names('page', 'p0'), page);
    index.add({ ...fellA, id: 'p1', articleId: 'page' }, page);
    index.add(names('other', 'o0'), other);
    index.add({ ...fellB, id: 'o1', articleId: 'other' }, other);
    // Rarity is measured over the library: other articles make the two names rare.
    for (let i = 0; i < 20; i++) index.add(named(`Filler story ${i} about Tarn Ridge.`, ['Tarn Ridge'], { id: `f${i}`, articleId: `f${i}` }), ref(`f${i}`, null));
    const findings = crossCheck([names('page', 'p0'), { ...fellA, id: 'p1', articleId: 'page' }], page, index);
    expect(findings.find((f) => f.claimId === 'p1' && f.otherClaimId === 'o1')?.verdict).toBe('differ');
  });
});

describe('a precise count both give', () => {
  it('ties two name-less claims of one story without an event verb', () => {
    const a = makeClaim({ text: 'A revolver loaded with four bullets was recovered from the scene.', quantities: [{ raw: 'four bullets', value: 4, noun: 'bullet' }], lemmas: ['revolver', 'load', 'bullet', 'recover', 'scene'] });
    const b = makeClaim({ text: 'His revolver was loaded with four bullets, police said.', quantities: [{ raw: 'four bullets', value: 4, noun: 'bullet' }], lemmas: ['revolver', 'load', 'bullet', 'police'] });
    expect(compareClaims(a, ref('x', '2013-03-13'), b, ref('y', '2013-03-14'), { sameStory: true })?.verdict).toBe('agree');
    expect(compareClaims(a, ref('x', '2013-03-13'), b, ref('y', '2013-03-14'))).toBeNull();
  });
});

describe('sums in two currencies', () => {
  it('do not tie two claims of a story by a rough exchange rate alone', () => {
    const a = makeClaim({ text: 'An armed man made off with jewels worth 103 million euros.', quantities: [{ raw: '103 million euros', value: 103e6, unit: 'EUR' }], predicates: ['steal'], lemmas: ['armed', 'man', 'jewel', 'worth'] });
    const b = makeClaim({ text: 'Armed thieves made off with an estimated $102 million in jewels.', quantities: [{ raw: '$102 million', value: 102e6, unit: 'USD' }], predicates: ['steal'], lemmas: ['armed', 'thief', 'jewel', 'estimate'] });
    expect(compareClaims(a, ref('x', null), b, ref('y', null), { sameStory: true })?.verdict ?? 'none').not.toBe('agree');
  });
});

describe('a running count tied only by its story', () => {
  const early = makeClaim({
    text: 'After the second night of unrest, police said there had been 31 arrests in all.',
    quantities: [{ raw: '31', value: 31, noun: 'arrest', role: 'arrest' }],
    predicates: ['arrest', 'say'],
    lemmas: ['second', 'night', 'unrest', 'police', 'arrest'],
  });
  const late = makeClaim({
    text: 'Since the riots began, more than 40 arrests have been made across five nights of protest in the town.',
    quantities: [{ raw: 'more than 40', value: 40, hedge: 'more-than', noun: 'arrest', role: 'arrest' }],
    predicates: ['arrest'],
    lemmas: ['riot', 'begin', 'arrest', 'make', 'across', 'five', 'night', 'protest', 'town'],
  });
  const mon = ref('mon', '2019-05-06T09:00:00Z');
  const fri = ref('fri', '2019-05-10T09:00:00Z');

  it('is updated when the later report gives the higher count', () => {
    expect(compareClaims(early, mon, late, fri, { sameStory: true })?.verdict).toBe('updated');
    expect(compareClaims(late, fri, early, mon, { sameStory: true })?.verdict).toBe('updated');
  });

  it('is never a differ or an agree, and not updated when the later count is lower or the stories differ', () => {
    expect(compareClaims(early, fri, late, mon, { sameStory: true })?.verdict ?? 'none').not.toMatch(/agree|differ|updated/);
    expect(compareClaims(early, mon, late, fri)).toBeNull();
  });
});

describe('one sentence reworded by another outlet of the story', () => {
  const a = makeClaim({ text: 'They then set fire to the van and escaped in another car.', lemmas: ['set', 'fire', 'van', 'escape', 'car'] });
  const b = makeClaim({ text: 'The gang then set fire to the van before escaping in a second car.', lemmas: ['gang', 'set', 'fire', 'van', 'escape', 'second', 'car'] });
  const x = ref('x', '2013-03-13');
  const y = ref('y', '2013-03-14');

  it('agrees without a shared name or an event verb', () => {
    expect(compareClaims(a, x, b, y, { sameStory: true })?.verdict).toBe('agree');
  });

  it('is no tie across stories, nor for a few shared words', () => {
    expect(compareClaims(a, x, b, y)).toBeNull();
    const loose = makeClaim({ text: 'Firefighters said the car was a total loss.', lemmas: ['firefighter', 'car', 'total', 'loss'] });
    expect(compareClaims(a, x, loose, y, { sameStory: true })?.verdict ?? 'none').not.toBe('agree');
  });
});

describe('two figureless statements of a story about one kind of event', () => {
  const x = ref('x', '2013-09-09');
  const y = ref('y', '2013-09-09');
  const a = makeClaim({ text: 'They then set fire to the van and escaped in another car.', predicates: ['fire'], lemmas: ['set', 'fire', 'van', 'escape', 'car'] });

  it('agree when worded alike enough', () => {
    const b = makeClaim({ text: 'After the robbery, the thieves set fire to the van in a side street and fled in a second car.', predicates: ['fire'], lemmas: ['robbery', 'thief', 'set', 'fire', 'van', 'side', 'street', 'flee', 'second', 'car'] });
    expect(compareClaims(a, x, b, y, { sameStory: true })?.verdict).toBe('agree');
  });

  it('stay related when they share only a word or two', () => {
    const b = makeClaim({ text: 'Firefighters put out the fire in a car park near the station before noon.', predicates: ['fire'], lemmas: ['firefighter', 'put', 'fire', 'car', 'park', 'near', 'station', 'noon'] });
    expect(compareClaims(a, x, b, y, { sameStory: true })?.verdict ?? 'none').not.toBe('agree');
  });
});
