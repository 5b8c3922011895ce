import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { QuantitySlot } from '../../../src/core/model';
import { OPEN_HIGH, extractQuantities, hedgeBounds, isOpenHigh, numberFromWords } from '../../../src/core/text/numbers';

const q = (text: string) => extractQuantities(text);
const one = (text: string) => {
  const all = q(text);
  expect(all, `one quantity in "${text}"`).toHaveLength(1);
  return all[0] as QuantitySlot;
};

describe('values', () => {
  it.each([
    ['18 people were killed', 18],
    ['some 2,500 troops', 2500],
    ['a 6.1 reading', 6.1],
    ['1.5 million people', 1.5e6],
    ['three soldiers', 3],
    ['twenty-one people', 21],
    ['a dozen people', 12],
    ['two dozen people', 24],
    ['half a dozen people', 6],
    ['a hundred people', 100],
    ['one hundred and twenty people', 120],
    ['two and a half million people', 2.5e6],
    ['One is in critical condition', 1],
  ])('%s → %d', (text, value) => {
    expect(one(text).value).toBe(value);
  });

  it('keeps offsets and raw text in step', () => {
    const text = 'Officials said more than 20,000 people died.';
    const slot = one(text);
    expect(slot.raw).toBe('more than 20,000');
    expect(text.slice(slot.start, slot.end)).toBe(slot.raw);
  });

  it('produces slots that the model schema accepts and JSON round-trips', () => {
    const slots = q('At least 151 attacks and dozens of rockets hit bases 10 km away.');
    expect(slots.length).toBe(3);
    for (const s of slots) expect(QuantitySlot.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });
});

describe('hedges', () => {
  it.each([
    ['18 people', 'exact', 18, 18],
    ['about 3,500 troops', 'about', 3150, 3850],
    ['around 100 people', 'about', 90, 110],
    ['approximately 70 people', 'about', 63, 77],
    ['roughly 80 people', 'about', 72, 88],
    ['some 18 people', 'about', 16.2, 19.8],
    ['at least 151 attacks', 'at-least', 151, OPEN_HIGH],
    ['no fewer than 7 people', 'at-least', 7, OPEN_HIGH],
    ['a minimum of 7 people', 'at-least', 7, OPEN_HIGH],
    ['more than 20,000 people', 'more-than', 20000, OPEN_HIGH],
    ['over a hundred attacks', 'more-than', 100, OPEN_HIGH],
    ['upwards of 300 people', 'more-than', 300, OPEN_HIGH],
    ['in excess of 400 people', 'more-than', 400, OPEN_HIGH],
    ['nearly 40 people', 'nearly', 34, 40],
    ['almost 90 people', 'nearly', 76.5, 90],
    ['close to 50 people', 'nearly', 42.5, 50],
    ['just under 60 people', 'nearly', 51, 60],
    ['up to 30 people', 'up-to', 0, 30],
    ['as many as 12 people', 'up-to', 0, 12],
    ['less than 100 people', 'less-than', 0, 100],
    ['fewer than 10 people', 'less-than', 0, 10],
    ['under 5 people', 'less-than', 0, 5],
    ['below 3 people', 'less-than', 0, 3],
    ['100 or more people', 'at-least', 100, OPEN_HIGH],
    ['20 or so people', 'about', 18, 22],
    ['100-plus people', 'at-least', 100, OPEN_HIGH],
    ['100+ people', 'at-least', 100, OPEN_HIGH],
  ])('%s → %s [%d, %d]', (text, hedge, low, high) => {
    const slot = one(text);
    expect(slot.hedge).toBe(hedge);
    expect(slot.low).toBeCloseTo(low, 6);
    expect(slot.high).toBeCloseTo(high, 6);
  });

  it.each([
    ['several people', 3, 9],
    ['a few soldiers', 2, 5],
    ['dozens of people', 24, 99],
    ['scores of people', 40, 99],
    ['hundreds of people', 200, 999],
    ['thousands of people', 2000, 9999],
    ['tens of thousands of people', 20000, 99999],
    ['hundreds of thousands of people', 200000, 999999],
    ['a number of rockets', 2, OPEN_HIGH],
    ['several hundred homes', 300, 900],
  ])('%s is vague [%d, %d]', (text, low, high) => {
    const slot = one(text);
    expect(slot.hedge).toBe('vague');
    expect([slot.low, slot.high]).toEqual([low, high]);
  });

  it('reads the dozen idioms as approximate', () => {
    expect(one('two dozen people').hedge).toBe('about');
    expect(one('more than a dozen people')).toMatchObject({ hedge: 'more-than', value: 12, low: 12 });
  });

  it('exports bounds that survive JSON', () => {
    expect(isOpenHigh(OPEN_HIGH)).toBe(true);
    expect(isOpenHigh(1e6)).toBe(false);
    expect(JSON.parse(JSON.stringify(hedgeBounds('at-least', 5)))).toEqual([5, OPEN_HIGH]);
  });
});

describe('ranges and compounds', () => {
  it.each([
    ['10 to 15 people', 'about'],
    ['10-15 people', 'about'],
    ['between 10 and 15 people', 'about'],
  ])('%s → [10, 15]', (text, hedge) => {
    expect(one(text)).toMatchObject({ value: 12.5, low: 10, high: 15, hedge, noun: 'people' });
  });

  it('reads "two or three" as a range and "from 10 to 15" as two figures', () => {
    expect(one('two or three soldiers')).toMatchObject({ low: 2, high: 3 });
    expect(q('rose from 10 to 15').map((s) => s.value)).toEqual([10, 15]);
  });

  it('splits "2,500 in Iraq and 900 in Syria" and carries the noun over', () => {
    const [a, b] = q('There are 2,500 US soldiers in Iraq and 900 in Syria.');
    expect(a).toMatchObject({ value: 2500, noun: 'soldier' });
    expect(b).toMatchObject({ value: 900, noun: 'soldier' });
  });
});

describe('units', () => {
  it('converts lengths', () => {
    expect(one('fell 2,000 ft').value).toBeCloseTo(609.6, 6);
    expect(one('fell 2,000 ft')).toMatchObject({ unit: 'm', raw: '2,000 ft' });
    const miles = one('940 miles long');
    expect(miles.unit).toBe('km');
    expect(miles.value).toBeCloseTo(1512.78, 1);
  });

  it('reads "10 km (6 miles)" as two lengths in km that nearly agree', () => {
    const [a, b] = q('10 km (6 miles) west of the town');
    expect(a).toMatchObject({ value: 10, unit: 'km' });
    expect(b?.unit).toBe('km');
    expect(Math.abs((b?.value ?? 0) - 10)).toBeLessThan(0.5);
  });

  it('reads currencies with scale words', () => {
    expect(one('worth €103m')).toMatchObject({ value: 103e6, unit: 'EUR', raw: '€103m' });
    expect(one('worth £88 million')).toMatchObject({ value: 88e6, unit: 'GBP' });
    expect(one('worth $136m')).toMatchObject({ value: 136e6, unit: 'USD' });
    expect(one('worth US$5 million')).toMatchObject({ value: 5e6, unit: 'USD', raw: 'US$5 million' });
    expect(one('two million euros')).toMatchObject({ value: 2e6, unit: 'EUR' });
    expect(one('5 million pounds')).toMatchObject({ unit: 'GBP' });
    expect(one('5 pounds of flour').unit).toBe('kg');
  });

  it('reads percentages', () => {
    expect(one('40% of voters')).toMatchObject({ value: 40, unit: 'percent' });
    expect(one('40 per cent of voters')).toMatchObject({ value: 40, unit: 'percent' });
  });

  it('reads magnitudes, written three ways', () => {
    expect(one('a magnitude 6.1 quake')).toMatchObject({ value: 6.1, unit: 'magnitude', raw: 'magnitude 6.1' });
    expect(one('a 6.1-magnitude quake')).toMatchObject({ value: 6.1, unit: 'magnitude', noun: 'quake' });
    expect(one('it measured 6.1 on the Richter scale')).toMatchObject({ value: 6.1, unit: 'magnitude', role: 'quake' });
  });

  it('reads ages', () => {
    expect(one('a 16-year-old boy')).toMatchObject({ value: 16, unit: 'age', noun: 'boy' });
    expect(one('the boy, aged 16, was')).toMatchObject({ value: 16, unit: 'age' });
    expect(one('he is 16 years old')).toMatchObject({ value: 16, unit: 'age' });
    expect(one('John Smith, 35, said')).toMatchObject({ value: 35, unit: 'age' });
  });

  it('keeps durations in their own unit', () => {
    expect(one('for three days')).toMatchObject({ value: 3, unit: 'day' });
    expect(one('a 12-hour curfew')).toMatchObject({ value: 12, unit: 'hour', noun: 'curfew' });
    expect(one('two weeks later')).toMatchObject({ value: 2, unit: 'week', noun: null });
  });

  it('reads "5m people" as millions and "a 10m wall" as metres', () => {
    expect(one('5m people')).toMatchObject({ value: 5e6, unit: null });
    expect(one('a 10m wall')).toMatchObject({ value: 10, unit: 'm' });
  });
});

describe('not quantities', () => {
  it.each([
    'in 2022',
    'since 2004',
    'the 2012 quake',
    'The 2022 elections',
    'on January 24',
    'on Oct. 17',
    'on 24 January',
    'at 7:37 local time',
    'at 10 a.m.',
    'at 11pm',
    'the third attack',
    'the 21st century',
    'a one-way drone',
    'one of the most violent',
    'no one was hurt',
    'someone was hurt',
    'they blamed one another',
    'he lives at 473 East 52nd Street',
    'call (212) 555-1234',
    'Flight 370 vanished',
    'Route 66',
    'No. 10 Downing',
    'a .38 caliber revolver',
    'a 9mm pistol',
    'they won 3-1',
    'a 2-13 season',
    'in the 1990s',
    'COVID-19 and F-16 jets',
    'open 24/7',
    'Formula One racing',
    'from 2009 to 2012',
    'see www.example.com/2019/11/dozens',
  ])('%s', (text) => {
    expect(q(text)).toEqual([]);
  });
});

describe('nouns', () => {
  it.each([
    ['three American service members', 'service member'],
    ['18 people', 'people'],
    ['at least 151 attacks', 'attack'],
    ['1,200 US troops', 'troop'],
    ['wounded two others', 'other'],
    ['five bombs', 'bomb'],
    ['two plainclothes police officers', 'officer'],
    ['one Iraqi service member', 'service member'],
    ['two crew members of the ferry', 'crew member'],
    ['dozens of Iraqi militants', 'militant'],
    ['€2 million worth of jewellery', 'jewelry'], // nouns are lemmas, in American spelling
    ['the death toll rose to 24', 'toll'],
    ['18 killed in the blast', null],
    ['the three locations used by militants', 'location'],
    ['a 16-year-old Kimani Gray', null],
  ])('%s → %s', (text, noun) => {
    expect(one(text).noun).toBe(noun);
  });
});

describe('roles', () => {
  it.each([
    ['the strikes killed 18 people', 'kill'],
    ['three soldiers were wounded', 'wound'],
    ['injuring three US soldiers', 'wound'],
    ['they carried out 151 attacks', 'strike'],
    ['police arrested 46 people', 'arrest'],
    ['two casualties were reported', 'casualty'],
    ['About 3,500 troops remain in Iraq', null],
    // the games he missed, not the injury's
    ['he missed nine games because of the injury', 'miss'],
    // a weapon is not the act: the bullets were loaded, not fired
    ['his gun was loaded with four bullets', null],
    ['a gun attack wounded four people', 'wound'],
    // time served is not the sentence
    ['he was sentenced to seven years in prison', 'convict'],
    ['after serving five years on the heroin conviction', 'serve'],
  ])('%s → %s', (text, role) => {
    expect(one(text).role).toBe(role);
  });

  it('gives each clause its own predicate', () => {
    const [killed, wounded] = q('It killed one serviceman and wounded 18 people, officials said.');
    expect(killed).toMatchObject({ value: 1, noun: 'serviceman', role: 'kill' });
    expect(wounded).toMatchObject({ value: 18, noun: 'people', role: 'wound' });
    const [fighter, two] = q('At least one fighter was killed and two were wounded.');
    expect(fighter?.role).toBe('kill');
    expect(two?.role).toBe('wound');
  });
});

describe('numberFromWords', () => {
  it('reads whole phrases of number words', () => {
    expect(numberFromWords('twenty-one')).toBe(21);
    expect(numberFromWords('two dozen')).toBe(24);
    expect(numberFromWords('a hundred')).toBe(100);
    expect(numberFromWords('hello')).toBeNull();
  });
});

describe('seed articles (smoke)', () => {
  const seeds = fileURLToPath(new URL('../../../../shared/corpus/seeds/', import.meta.url));
  const lines = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(seeds + f, 'utf8').split('\n'))
    .filter((l) => l.trim().length > 0);

  it('runs over every line and finds plausible counts', () => {
    expect(lines.length).toBeGreaterThan(50);
    const all = lines.flatMap((l) => extractQuantities(l));
    for (const s of all) expect(() => QuantitySlot.parse(s)).not.toThrow();
    expect(all.some((s) => s.value === 3 && (s.noun === 'member' || s.noun === 'soldier') && s.role === 'wound')).toBe(true);
    expect(all.some((s) => s.hedge === 'at-least' && s.value === 151)).toBe(true);
    expect(all.some((s) => s.hedge === 'about' && s.value === 3500 && s.noun === 'troop')).toBe(true);
    // Calendar years are dates, never counts.
    expect(all.some((s) => s.unit === null && s.value >= 2000 && s.value <= 2030 && Number.isInteger(s.value))).toBe(false);
  });
});

describe('role of a figure next to an adjectival predicate', () => {
  it('ties "five people … missing" to missing, not to a later blaze', () => {
    const [q] = extractQuantities('Five people still missing after blaze on the lake crossing');
    expect(q?.role).toBe('missing');
    const qs = extractQuantities('Three people died and at least five people remain missing after a fire broke out.');
    expect(qs.map((x) => x.role)).toEqual(['kill', 'missing']);
  });
});

describe('bearings after a distance', () => {
  it('are not what a distance counts', () => {
    const [q] = extractQuantities('The ship was about 12 km west of the port.');
    expect(q?.unit).toBe('km');
    expect(q?.noun).toBeNull();
  });
});

describe('a space after a thousands comma', () => {
  const read = (s: string) => extractQuantities(s).map((q) => [q.raw, q.value, q.unit]);

  it('joins a group that starts with zero or carries a glued unit', () => {
    expect(read('The hiker fell 3, 000ft into the gorge.')).toEqual([['3, 000ft', 914.4, 'm']]);
    expect(read('Officials counted 4, 020 ballots.')).toEqual([['4, 020', 4020, null]]);
    expect(read('The road climbs 1, 250m in all.')).toEqual([['1, 250m', 1250, 'm']]);
  });

  it('keeps a list of numbers apart', () => {
    expect(read('Rooms 1, 2, 000 and 5 were closed.').map((x) => x[1])).not.toContain(2000);
  });
});

describe('round spans', () => {
  it('reads "two decades" as about twenty years, and "21 years" as exact', () => {
    expect(extractQuantities('He ruled for two decades.').map((q) => [q.value, q.unit, q.hedge])).toEqual([[20, 'year', 'about']]);
    expect(extractQuantities('He ruled for 21 years.').map((q) => [q.value, q.unit, q.hedge])).toEqual([[21, 'year', 'exact']]);
  });
});

describe('a sum written as one hyphenated word', () => {
  const read = (s: string) => extractQuantities(s).map((q) => [q.raw, q.value, q.unit]);
  it('reads "two-million-euro" and "3-billion-dollar" as sums of money', () => {
    expect(read('Robbers took a two-million-euro haul.')).toEqual([['two-million-euro', 2_000_000, 'EUR']]);
    expect(read('They signed a 3-billion-dollar contract.')).toEqual([['3-billion-dollar', 3_000_000_000, 'USD']]);
    expect(read('He bought a five-million-pound flat.')).toEqual([['five-million-pound', 5_000_000, 'GBP']]);
  });
  it('reads the scale and currency joined after a spaced figure: "two million-euro", "2 million-dollar"', () => {
    expect(read('Thieves pulled off a two million-euro heist.')).toEqual([['two million-euro', 2_000_000, 'EUR']]);
    expect(read('It was a 2 million-dollar deal.')).toEqual([['2 million-dollar', 2_000_000, 'USD']]);
  });
  it('leaves other hyphenated words alone', () => {
    expect(read('She took the one-way road.')).toEqual([]);
    expect(read('A ten-pound bag of flour.').map((x) => x[2])).not.toContain('GBP');
  });
});

describe('shots as a counted noun', () => {
  it('counts shots fired, as it counts rounds', () => {
    const [q] = extractQuantities('Guards fired 14 shots at the van.');
    expect(q?.noun).toBe('shot');
    expect(q?.role).toBe('shoot');
  });
});
