import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../../src/core/compare';
import { extractClaims } from '../../../src/core/claims';
import { inMonth, inYear, makeClaim, on, ref } from './factory';

const dec26 = ref('dec', '2023-12-26T10:00:00Z');
const dec26b = ref('dec-b', '2023-12-26T15:00:00Z');
const jan24 = ref('jan', '2024-01-24T10:00:00Z');

describe('compareClaims: agree', () => {
  it('within a story, the same exact count of the same things in the same kind of event agrees with no name', () => {
    const arrested = (text: string, raw: string, value: number) =>
      makeClaim({ text, quantities: [{ raw, value, noun: 'person', role: 'arrest' }], predicates: ['arrest'] });
    const a = arrested('One person has been arrested, though no injuries have been reported.', 'One', 1);
    const b = arrested('Officers said one person was arrested for disorderly conduct.', 'one', 1);
    expect(compareClaims(a, dec26, b, dec26b, { sameStory: true })?.verdict).toBe('agree');
    const c = arrested('Officers said two people were arrested for disorderly conduct.', 'two', 2);
    expect(compareClaims(a, dec26, c, dec26b, { sameStory: true })?.verdict).not.toBe('agree');
    expect(compareClaims(a, dec26, b, dec26b)).toBeNull();
  });

  it('within a story, a statement worded alike agrees though only one side adds a figure, or a figure of another kind', () => {
    const burned = makeClaim({ text: 'The robbers then torched the getaway van and fled in a second car.', predicates: ['fire'] });
    const withLoot = (raw: string, value: number) =>
      makeClaim({
        text: `Having grabbed watches worth ${raw}, the robbers torched the getaway van and fled in a second car.`,
        quantities: [{ raw, value, unit: 'EUR' }],
        predicates: ['fire', 'steal'],
      });
    expect(compareClaims(burned, dec26, withLoot('€3 million', 3e6), dec26b, { sameStory: true })?.verdict).toBe('agree');
    const counted = makeClaim({ text: 'The 4 robbers then torched the getaway van and fled in a second car.', quantities: [{ raw: '4', value: 4, noun: 'robber' }], predicates: ['fire'] });
    expect(compareClaims(counted, dec26, withLoot('€3 million', 3e6), dec26b, { sameStory: true })?.verdict).toBe('agree');
    // Figures of one kind that do not fit: shared words do not make them one statement.
    expect(compareClaims(withLoot('€5 million', 5e6), dec26, withLoot('€3 million', 3e6), dec26b, { sameStory: true })?.verdict).not.toBe('agree');
  });

  it('within a story, a short statement said nearly word for word inside a longer sentence agrees', () => {
    const burned = (text: string, lemmas: string[]) => makeClaim({ text, lemmas, predicates: ['fire'] });
    const short = burned('They then set fire to the van before fleeing in another car.', ['set', 'fire', 'van', 'flee', 'car']);
    const long = burned(
      'A police source reported that the men drove a large car into the store early in the morning, grabbing jewelry and watches before setting fire to the van and escaping in another car, witnesses said on the radio.',
      ['police', 'source', 'report', 'man', 'drive', 'large', 'car', 'store', 'early', 'morning', 'grab', 'jewelry', 'watch', 'set', 'fire', 'van', 'escape', 'witness'],
    );
    expect(compareClaims(short, dec26, long, dec26b, { sameStory: true })?.verdict).toBe('agree');
    // Three of five words is not the statement said again.
    const truck = burned('They then set fire to the van before fleeing in a truck.', ['set', 'fire', 'van', 'flee', 'truck']);
    const shorter = burned(
      'A police source said the men drove into the store early, grabbing jewelry before setting fire to the van.',
      ['police', 'source', 'man', 'drive', 'store', 'early', 'grab', 'jewelry', 'set', 'fire', 'van', 'witness'],
    );
    expect(compareClaims(truck, dec26, shorter, dec26b, { sameStory: true })?.verdict).not.toBe('agree');
  });

  it('tied by one place only, two slot-less claims need more shared words to be one statement', () => {
    const stole = (text: string, lemmas: string[], extra: { raw: string; kind: 'person' | 'place' }[] = []) =>
      makeClaim({ text, lemmas, names: [{ raw: 'Lyon', kind: 'place' }, ...extra], predicates: ['steal'] });
    const a = stole('Robbers stole watches from a Lyon boutique run by Ada Brun.', ['robber', 'steal', 'watch', 'boutique', 'lyon'], [{ raw: 'Ada Brun', kind: 'person' }]);
    // Two of fifteen lemmas shared: enough beside a person both name, not beside a city alone.
    const lemmas = ['police', 'lyon', 'look', 'steal', 'shop', 'region', 'summer', 'series', 'theft', 'owner', 'area', 'street'];
    const placeOnly = stole('Lyon police are looking into who stole from shops in the region this summer, a series of thefts.', lemmas);
    const withPerson = stole('Lyon police are looking into who stole from shops owned by Ada Brun in the region this summer.', lemmas, [{ raw: 'Ada Brun', kind: 'person' }]);
    expect(compareClaims(a, dec26, withPerson, dec26b, { sameStory: true })?.verdict).toBe('agree');
    expect(compareClaims(a, dec26, placeOnly, dec26b, { sameStory: true })?.verdict).toBe('related');
  });

  it('a negation about something else does not undo an exact count both give', () => {
    const fell = makeClaim({
      text: 'Okafor fell on Saturday while climbing on Mount Kestrel with three companions.',
      quantities: [{ raw: 'three', value: 3, noun: 'companion' }],
      names: [{ raw: 'Okafor', kind: 'person' }, { raw: 'Mount Kestrel', kind: 'place' }],
      predicates: ['fall', 'climb'],
    });
    const unreached = (text: string, counted: boolean) =>
      makeClaim({
        text,
        quantities: counted ? [{ raw: 'three', value: 3, noun: 'companion' }] : [],
        names: [{ raw: 'Okafor', kind: 'person' }],
        predicates: ['rescue'],
        polarity: 'negative',
      });
    const withCount = compareClaims(fell, dec26, unreached('Rescuers were not able to reach Okafor or his three companions.', true), dec26b, { sameStory: true });
    expect(withCount?.verdict).toBe('agree');
    expect(withCount?.evidence.some((e) => e.kind === 'polarity')).toBe(false);
    const without = compareClaims(fell, dec26, unreached('Rescuers were not able to reach Okafor before dark.', false), dec26b, { sameStory: true });
    expect(without?.verdict).not.toBe('agree');
  });

  it('within a story, one party counted with and without its person agrees ("four in the party" / "with three companions")', () => {
    const whole = (raw: string, value: number) =>
      makeClaim({ text: `There were ${raw} in the climbing party.`, quantities: [{ raw, value }], predicates: ['climb'] });
    const companions = makeClaim({
      text: 'Okafor fell about 600 metres while climbing to a hut on Mount Kestrel with three companions.',
      quantities: [{ raw: 'three', value: 3, noun: 'companion' }],
      names: [{ raw: 'Okafor', kind: 'person' }, { raw: 'Mount Kestrel', kind: 'place' }],
      predicates: ['climb', 'fall'],
    });
    expect(compareClaims(whole('four', 4), dec26, companions, dec26b, { sameStory: true })?.verdict).toBe('agree');
    expect(compareClaims(whole('five', 5), dec26, companions, dec26b, { sameStory: true })?.verdict).not.toBe('agree');
  });

  it('within a story, a count given whole and in exact parts ties two claims that share no name', () => {
    const parts = makeClaim({
      text: 'The raids came hours after a rocket attack that left one guard in critical condition and wounded two others.',
      quantities: [
        { raw: 'one', value: 1, noun: 'guard', role: 'strike' },
        { raw: 'two', value: 2, noun: 'other', role: 'wound' },
      ],
      predicates: ['strike', 'wound'],
    });
    const whole = (raw: string, value: number, hedge: 'exact' | 'at-least' = 'exact') =>
      makeClaim({
        text: `The raids followed a rocket attack on the depot that wounded ${raw} guards earlier in the day.`,
        quantities: [{ raw, value, hedge, noun: 'guard', role: 'wound' }],
        predicates: ['strike', 'wound'],
      });
    expect(compareClaims(parts, dec26, whole('three', 3), dec26b, { sameStory: true })?.verdict).toBe('agree');
    expect(compareClaims(parts, dec26, whole('at least three', 3, 'at-least'), dec26b, { sameStory: true })?.verdict).not.toBe('agree');
  });

  it('two long sentences on one robbery that share the names, the event and the day agree though they share few words', () => {
    const a = makeClaim({
      text: 'Three men smashed their van into the Orvel store near Lindau’s busy Marktplatz in the latest of a string of raids across the region.',
      names: [{ raw: 'Orvel', kind: 'org' }, { raw: 'Lindau', kind: 'place' }],
      predicates: ['steal'],
    });
    const b = makeClaim({
      text: 'Detectives are combing the scene of the raid at the Orvel store in the old town of Lindau, where many watchmakers trade.',
      names: [{ raw: 'Orvel', kind: 'org' }, { raw: 'Lindau', kind: 'place' }],
      predicates: ['steal'],
    });
    expect(compareClaims(a, dec26, b, dec26b)?.verdict).toBe('agree');
  });

  it('a hedged total agrees with the sum of its parts', () => {
    const a = makeClaim({
      text: 'About 4,000 U.S. troops are deployed in Norland and Sudmark.',
      quantities: [{ raw: 'About 4,000', value: 4000, hedge: 'about', noun: 'troop', role: 'deploy' }],
      names: [{ raw: 'Norland', kind: 'place' }, { raw: 'Sudmark', kind: 'place' }],
      predicates: ['deploy'],
    });
    const b = makeClaim({
      text: 'Around 3,000 US soldiers are deployed in Norland and 1,100 in Sudmark.',
      quantities: [
        { raw: 'Around 3,000', value: 3000, hedge: 'about', noun: 'soldier', role: 'deploy' },
        { raw: '1,100', value: 1100, noun: null, role: 'deploy' },
      ],
      names: [{ raw: 'Norland', kind: 'place' }, { raw: 'Sudmark', kind: 'place' }],
      predicates: ['deploy'],
    });
    const r = compareClaims(a, dec26, b, dec26b);
    expect(r?.verdict).toBe('agree');
    expect(r?.evidence.some((e) => e.kind === 'quantity' && e.status === 'agree' && e.there.includes('+'))).toBe(true);
    // and from the other side
    expect(compareClaims(b, dec26b, a, dec26)?.verdict).toBe('agree');
  });

  it('"at least 100" agrees with "over a hundred"', () => {
    const a = makeClaim({
      text: 'Militias have carried out at least 100 attacks on bases in Norland.',
      quantities: [{ raw: 'at least 100', value: 100, hedge: 'at-least', noun: 'attack', role: 'attack' }],
      names: [{ raw: 'Norland', kind: 'place' }],
      predicates: ['attack'],
    });
    const b = makeClaim({
      text: 'Bases in Norland have faced over a hundred attacks by militias.',
      quantities: [{ raw: 'over a hundred', value: 100, hedge: 'more-than', noun: 'attack', role: 'attack' }],
      names: [{ raw: 'Norland', kind: 'place' }],
      predicates: ['attack'],
    });
    expect(compareClaims(a, dec26, b, dec26b)?.verdict).toBe('agree');
  });

  it('"at least 1" agrees with "2"; "dozens" fits 40', () => {
    const mk = (text: string, raw: string, value: number, hedge: 'exact' | 'at-least' | 'vague', low?: number, high?: number) =>
      makeClaim({
        text,
        quantities: [{ raw, value, hedge, low, high, noun: 'fighter', role: 'kill' }],
        names: [{ raw: 'Vardo', kind: 'place' }],
        predicates: ['kill'],
      });
    const atLeastOne = mk('At least one fighter was killed in Vardo.', 'At least one', 1, 'at-least');
    const two = mk('Two fighters were killed in Vardo.', 'Two', 2, 'exact');
    expect(compareClaims(atLeastOne, dec26, two, dec26b)?.verdict).toBe('agree');
    const dozens = mk('Dozens of militants were killed in Vardo.', 'Dozens', 24, 'vague', 24, 99);
    const forty = mk('Forty militants were killed in Vardo.', 'Forty', 40, 'exact');
    expect(compareClaims(dozens, dec26, forty, dec26b)?.verdict).toBe('agree');
  });

  it('converts units: 2,000 ft is about 600 m; 10 km (6 miles)', () => {
    const mk = (text: string, raw: string, value: number, unit: string, hedge: 'exact' | 'about' = 'exact') =>
      makeClaim({
        text,
        quantities: [{ raw, value, unit, hedge, role: 'fall' }],
        names: [{ raw: 'Mount Kell', kind: 'place' }],
        predicates: ['fall'],
      });
    const feet = mk('The climber fell 2,000 ft on Mount Kell.', '2,000 ft', 2000, 'ft');
    const metres = mk('The climber fell about 600 metres on Mount Kell.', 'about 600 metres', 600, 'm', 'about');
    expect(compareClaims(feet, dec26, metres, dec26b)?.verdict).toBe('agree');
    const km = mk('The climber fell 10 km away on Mount Kell.', '10 km', 10, 'km');
    const miles = mk('The climber fell 6 miles away on Mount Kell.', '6 miles', 6, 'mi');
    expect(compareClaims(km, dec26, miles, dec26b)?.verdict).toBe('agree');
  });

  it('a relative "Monday" and "December 25" are the same day; a month contains its days', () => {
    const a = makeClaim({
      text: 'Norland condemned the raid on Monday.',
      dates: [on('Monday', '2023-12-25', true)],
      names: [{ raw: 'Norland', kind: 'place' }],
      predicates: ['condemn'],
    });
    const b = makeClaim({
      text: 'Norland condemned the raid on December 25.',
      dates: [on('December 25', '2023-12-25')],
      names: [{ raw: 'Norland', kind: 'place' }],
      predicates: ['condemn'],
    });
    const c = makeClaim({
      text: 'Norland condemned the raid in December.',
      dates: [inMonth('December', '2023-12')],
      names: [{ raw: 'Norland', kind: 'place' }],
      predicates: ['condemn'],
    });
    expect(compareClaims(a, dec26, b, dec26b)?.verdict).toBe('agree');
    expect(compareClaims(b, dec26, c, dec26b)?.verdict).toBe('agree');
  });
});

describe('compareClaims: differ', () => {
  it('the year of a person\'s death: 2022 vs January 2020', () => {
    const a = makeClaim({
      text: 'General Anton Brekk, who was assassinated in 2022, led the unit.',
      dates: [inYear('2022', 2022)],
      names: [{ raw: 'Anton Brekk', kind: 'person' }],
      predicates: ['assassinate'],
    });
    const b = makeClaim({
      text: 'General Anton Brekk was killed in an airstrike in January 2020.',
      dates: [inMonth('January 2020', '2020-01')],
      names: [{ raw: 'Anton Brekk', kind: 'person' }],
      predicates: ['kill'],
    });
    const r = compareClaims(a, dec26, b, jan24);
    expect(r?.verdict).toBe('differ');
    const date = r?.evidence.find((e) => e.kind === 'date');
    expect(date).toMatchObject({ status: 'differ', here: '2022', there: 'January 2020' });
    expect(a.text.slice(...date!.hereSpan!)).toBe('2022');
  });

  it('a conflicting toll of one event reported the same day', () => {
    const a = makeClaim({
      text: 'The blast in Vardo killed 12 people.',
      quantities: [{ raw: '12', value: 12, noun: 'people', role: 'kill' }],
      names: [{ raw: 'Vardo', kind: 'place' }],
      predicates: ['kill'],
    });
    const b = makeClaim({
      text: 'The blast in Vardo killed 5 people.',
      quantities: [{ raw: '5', value: 5, noun: 'people', role: 'kill' }],
      names: [{ raw: 'Vardo', kind: 'place' }],
      predicates: ['kill'],
    });
    expect(compareClaims(a, dec26, b, dec26b)?.verdict).toBe('differ');
  });

  it('attributed disagreement keeps both parties in the evidence', () => {
    const a = makeClaim({
      text: 'A local official said 12 people were killed in Vardo.',
      quantities: [{ raw: '12', value: 12, noun: 'people', role: 'kill' }],
      names: [{ raw: 'Vardo', kind: 'place' }],
      predicates: ['kill'],
      attribution: 'a local official',
    });
    const b = makeClaim({
      text: 'The UN refugee agency said 2 people were killed in Vardo.',
      quantities: [{ raw: '2', value: 2, noun: 'people', role: 'kill' }],
      names: [{ raw: 'Vardo', kind: 'place' }],
      predicates: ['kill'],
      attribution: 'UNHCR',
    });
    const r = compareClaims(a, dec26, b, dec26b);
    expect(r?.verdict).toBe('differ');
    const who = r?.evidence.find((e) => e.kind === 'attribution');
    expect(who?.note).toBe('a local official says … · UNHCR says …');
    expect(who?.status).toBe('differ');
  });

  it('"55 km west" vs "55 km south" of the same town', () => {
    const mk = (dir: string) =>
      makeClaim({
        text: `The plane crashed 55 km ${dir} of Tarvik on Monday.`,
        quantities: [{ raw: '55 km', value: 55, unit: 'km' }],
        dates: [on('Monday', '2023-12-25', true)],
        names: [{ raw: 'Tarvik', kind: 'place' }],
        predicates: ['crash'],
      });
    const r = compareClaims(mk('west'), dec26, mk('south'), dec26b);
    expect(r?.verdict).toBe('differ');
    expect(r?.evidence.find((e) => e.kind === 'direction')).toMatchObject({ here: 'west of Tarvik', there: 'south of Tarvik', status: 'differ' });
    expect(compareClaims(mk('north-west'), dec26, mk('west'), dec26b)?.verdict).toBe('agree');
  });

  it('opposite polarity of the same statement', () => {
    const a = makeClaim({
      text: 'Officials in Vardo confirmed that the dam was breached by the flood.',
      names: [{ raw: 'Vardo', kind: 'place' }],
      predicates: ['breach'],
    });
    const b = makeClaim({
      text: 'Officials in Vardo said that the dam was not breached by the flood.',
      names: [{ raw: 'Vardo', kind: 'place' }],
      predicates: ['breach'],
      polarity: 'negative',
    });
    const r = compareClaims(a, dec26, b, dec26b);
    expect(r?.verdict).toBe('differ');
    expect(r?.evidence.some((e) => e.kind === 'polarity')).toBe(true);
  });

  it('a negation in an added clause denies nothing the other side said', () => {
    const mk = (text: string, polarity: 'positive' | 'negative' = 'positive') =>
      makeClaim({ text, names: [{ raw: 'Ivo Marten', kind: 'person' }, { raw: 'Vardo', kind: 'place' }], predicates: ['wound'], polarity, lemmas: ['ivo', 'marten', 'place', 'injure', 'reserve', 'vardo', 'wednesday'] });
    const a = mk('Ivo Marten was placed on injured reserve by Vardo on Wednesday, meaning he won\'t play in the final.', 'negative');
    const b = mk('Vardo placed Ivo Marten on injured reserve on Wednesday.');
    expect(compareClaims(a, dec26, b, dec26b)?.verdict ?? 'none').not.toBe('differ');
  });

  it('a negation denies nothing the other side only tries or may do ("trying to determine")', () => {
    const mk = (text: string, polarity: 'positive' | 'negative') =>
      makeClaim({ text, names: [{ raw: 'Vardo', kind: 'place' }], predicates: ['fire'], polarity, lemmas: ['cause', 'fire', 'determine', 'vardo', 'investigator', 'scene'] });
    const denied = mk('The cause of the Vardo fire has not been determined by investigators at the scene.', 'negative');
    const trying = mk('Investigators at the scene in Vardo were trying to determine the cause of the fire.', 'positive');
    expect(compareClaims(denied, dec26, trying, dec26b)?.verdict ?? 'none').not.toBe('differ');
    const found = mk('Investigators at the scene in Vardo determined the cause of the fire.', 'positive');
    expect(compareClaims(denied, dec26, found, dec26b)?.verdict).toBe('differ');
  });

  it('a misread negation on the "positive" side is no polarity conflict', () => {
    const a = makeClaim({ text: 'Officials in Vardo said they cant confirm the dam was breached by the flood.', names: [{ raw: 'Vardo', kind: 'place' }], predicates: ['breach'] });
    const b = makeClaim({ text: "Officials in Vardo said they can't confirm the dam was breached by the flood.", names: [{ raw: 'Vardo', kind: 'place' }], predicates: ['breach'], polarity: 'negative' });
    expect(compareClaims(a, dec26, b, dec26b)?.verdict).not.toBe('differ');
  });

  it('a higher-precision figure 150 m vs about 200 ft (61 m) conflicts', () => {
    const mk = (text: string, raw: string, value: number, unit: string, hedge: 'exact' | 'about') =>
      makeClaim({ text, quantities: [{ raw, value, unit, hedge, role: 'fall' }], names: [{ raw: 'Ben Holt', kind: 'person' }], predicates: ['fall'] });
    const a = mk('Ben Holt fell 150 metres from a ridge.', '150 metres', 150, 'm', 'exact');
    const b = mk('Ben Holt fell about 200 ft from a ridge.', 'about 200 ft', 200, 'ft', 'about');
    expect(compareClaims(a, dec26, b, dec26b)?.verdict).toBe('differ');
  });
});

describe('compareClaims: updated (running counts)', () => {
  const attacks = (text: string, raw: string, value: number, hedge: 'exact' | 'at-least' | 'more-than' | 'about') =>
    makeClaim({
      text,
      quantities: [{ raw, value, hedge, noun: 'attack', role: 'attack' }],
      names: [{ raw: 'Norland', kind: 'place' }],
      predicates: ['attack'],
    });

  it('a higher later figure is updated, never differ, even when lower bounds overlap', () => {
    const early = attacks('Bases in Norland have come under attack at least 100 times since October.', 'at least 100', 100, 'at-least');
    const late = attacks('Bases in Norland have come under attack at least 151 times since October.', 'at least 151', 151, 'at-least');
    expect(compareClaims(early, dec26, late, jan24)?.verdict).toBe('updated');
    expect(compareClaims(late, jan24, early, dec26)?.verdict).toBe('updated');
  });

  it('exact tolls that rose between reports are updated', () => {
    const toll = (n: number, pub: string) =>
      [makeClaim({
        text: `The toll from the Vardo fire rose to ${n} dead.`,
        quantities: [{ raw: String(n), value: n, noun: 'death', role: 'kill' }],
        names: [{ raw: 'Vardo', kind: 'place' }],
        predicates: ['kill'],
      }), ref(`t${n}`, pub)] as const;
    const [a, ar] = toll(3, '2023-05-01T08:00:00Z');
    const [b, br] = toll(11, '2023-05-02T08:00:00Z');
    expect(compareClaims(a, ar, b, br)?.verdict).toBe('updated');
  });

  it('a lower later figure is updated only when hedged, else differ', () => {
    const mk = (raw: string, value: number, hedge: 'exact' | 'about') =>
      makeClaim({
        text: `Police arrested ${raw} protesters in Vardo since Monday.`,
        quantities: [{ raw, value, hedge, noun: 'protester', role: 'arrest' }],
        names: [{ raw: 'Vardo', kind: 'place' }],
        predicates: ['arrest'],
      });
    const day1 = ref('d1', '2023-05-01T08:00:00Z');
    const day2 = ref('d2', '2023-05-02T08:00:00Z');
    expect(compareClaims(mk('50', 50, 'exact'), day1, mk('40', 40, 'exact'), day2)?.verdict).toBe('differ');
    expect(compareClaims(mk('about 50', 50, 'about'), day1, mk('40', 40, 'exact'), day2)?.verdict).toBe('updated');
  });
});

describe('compareClaims: hard negatives (never agree/differ/updated)', () => {
  const linked = (v: string | undefined) => v === 'agree' || v === 'differ' || v === 'updated';

  it('same words, different event: a strike on Monday in December vs a strike on January 24', () => {
    const a = makeClaim({
      text: 'The United States struck three sites used by the Brigade on Monday.',
      quantities: [{ raw: 'three', value: 3, noun: 'site', role: 'strike' }],
      dates: [on('Monday', '2023-12-25', true)],
      names: [{ raw: 'United States', kind: 'place' }, { raw: 'Brigade', kind: 'org' }],
      predicates: ['strike'],
    });
    const b = makeClaim({
      text: 'The United States struck three facilities used by the Brigade on January 24.',
      quantities: [{ raw: 'three', value: 3, noun: 'facility', role: 'strike' }],
      dates: [on('January 24', '2024-01-24')],
      names: [{ raw: 'United States', kind: 'place' }, { raw: 'Brigade', kind: 'org' }],
      predicates: ['strike'],
    });
    expect(linked(compareClaims(a, dec26, b, jan24)?.verdict)).toBe(false);
  });

  it('undated claims in articles a month apart are different events', () => {
    const mk = (n: number) =>
      makeClaim({
        text: `The strikes on the Brigade killed ${n} fighters.`,
        quantities: [{ raw: String(n), value: n, noun: 'fighter', role: 'kill' }],
        names: [{ raw: 'Brigade', kind: 'org' }],
        predicates: ['kill'],
      });
    expect(compareClaims(mk(1), dec26, mk(2), jan24)).toBeNull();
  });

  it('a 2004 tsunami toll is not today\'s toll', () => {
    const old = makeClaim({
      text: 'The 2004 tsunami killed 170,000 people in Aceh.',
      quantities: [{ raw: '170,000', value: 170000, noun: 'people', role: 'kill' }],
      dates: [inYear('2004', 2004)],
      names: [{ raw: 'Aceh', kind: 'place' }],
      predicates: ['kill'],
    });
    const today = makeClaim({
      text: 'The earthquake killed 12 people in Aceh.',
      quantities: [{ raw: '12', value: 12, noun: 'people', role: 'kill' }],
      names: [{ raw: 'Aceh', kind: 'place' }],
      predicates: ['kill'],
    });
    expect(linked(compareClaims(old, dec26, today, dec26b)?.verdict)).toBe(false);
  });

  it('different scope: "in the province" vs "across Asia" is not a differ', () => {
    const mk = (text: string, raw: string, value: number) =>
      makeClaim({
        text,
        quantities: [{ raw, value, noun: 'people', role: 'kill' }],
        dates: [inYear('2004', 2004)],
        names: [{ raw: 'Aceh', kind: 'place' }],
        predicates: ['kill'],
      });
    const a = mk('The 2004 Aceh tsunami killed 170,000 people in the province.', '170,000', 170000);
    const b = mk('The 2004 Aceh tsunami killed 230,000 people across Asia.', '230,000', 230000);
    const r = compareClaims(a, dec26, b, dec26b);
    expect(r?.verdict).not.toBe('differ');
    expect(r?.verdict).not.toBe('agree');
  });

  it('amounts in different currencies are not compared', () => {
    const mk = (text: string, raw: string, value: number, unit: string) =>
      makeClaim({ text, quantities: [{ raw, value, unit, role: 'steal' }], names: [{ raw: 'Casta', kind: 'org' }], predicates: ['steal'] });
    const euros = mk('Robbers stole jewels worth 2 million euros from Casta.', '2 million euros', 2e6, 'EUR');
    const pounds = mk('Robbers stole jewels worth £1.7m from Casta.', '£1.7m', 1.7e6, 'GBP');
    const r = compareClaims(euros, dec26, pounds, dec26b);
    expect(r).not.toBeNull();
    expect(r?.verdict).not.toBe('differ');
    expect(r?.evidence.some((e) => e.kind === 'quantity' && e.status === 'differ')).toBe(false);
  });

  it('different counted nouns are different facts', () => {
    const mk = (text: string, raw: string, value: number, noun: string) =>
      makeClaim({ text, quantities: [{ raw, value, noun, role: 'kill' }], names: [{ raw: 'Vardo', kind: 'place' }], predicates: ['kill'] });
    const r = compareClaims(mk('The raid in Vardo killed 5 soldiers.', '5', 5, 'soldier'), dec26, mk('The raid in Vardo killed 3 civilians.', '3', 3, 'civilian'), dec26b);
    expect(r?.verdict).not.toBe('differ');
    expect(r?.verdict).not.toBe('agree');
  });

  it('different predicates: killed 1 vs wounded 18 do not conflict', () => {
    const a = makeClaim({ text: 'The strike in Vardo killed one soldier.', quantities: [{ raw: 'one', value: 1, noun: 'soldier', role: 'kill' }], names: [{ raw: 'Vardo', kind: 'place' }], predicates: ['kill'] });
    const b = makeClaim({ text: 'The strike in Vardo wounded 18 soldiers.', quantities: [{ raw: '18', value: 18, noun: 'soldier', role: 'wound' }], names: [{ raw: 'Vardo', kind: 'place' }], predicates: ['wound'] });
    expect(compareClaims(a, dec26, b, dec26b)?.verdict).not.toBe('differ');
  });

  it('no shared name: null', () => {
    const a = makeClaim({ text: 'The blast in Vardo killed 12 people.', quantities: [{ raw: '12', value: 12, noun: 'people', role: 'kill' }], names: [{ raw: 'Vardo', kind: 'place' }], predicates: ['kill'] });
    const b = makeClaim({ text: 'The blast in Tarvik killed 5 people.', quantities: [{ raw: '5', value: 5, noun: 'people', role: 'kill' }], names: [{ raw: 'Tarvik', kind: 'place' }], predicates: ['kill'] });
    expect(compareClaims(a, dec26, b, dec26b)).toBeNull();
  });

  it('unknown publication dates never give differ', () => {
    const mk = (n: number) =>
      makeClaim({ text: `The blast in Vardo killed ${n} people.`, quantities: [{ raw: String(n), value: n, noun: 'people', role: 'kill' }], names: [{ raw: 'Vardo', kind: 'place' }], predicates: ['kill'] });
    expect(compareClaims(mk(12), ref('x', null), mk(5), dec26)?.verdict).not.toBe('differ');
  });

  it('split counts never differ: "2,500 in X" vs "3,500 in X and Y"', () => {
    const a = makeClaim({
      text: 'About 3,500 troops are deployed in Norland and Sudmark.',
      quantities: [{ raw: 'About 3,500', value: 3500, hedge: 'about', noun: 'troop', role: 'deploy' }],
      names: [{ raw: 'Norland', kind: 'place' }, { raw: 'Sudmark', kind: 'place' }],
      predicates: ['deploy'],
    });
    const b = makeClaim({
      text: 'There are 2,000 troops deployed in Norland and 500 in Sudmark.',
      quantities: [{ raw: '2,000', value: 2000, noun: 'troop', role: 'deploy' }, { raw: '500', value: 500, noun: 'troop', role: 'deploy' }],
      names: [{ raw: 'Norland', kind: 'place' }, { raw: 'Sudmark', kind: 'place' }],
      predicates: ['deploy'],
    });
    expect(compareClaims(a, dec26, b, dec26b)?.verdict).not.toBe('differ');
  });
});

describe('a count of the same things, alike, with no event on one side', () => {
  const whole = makeClaim({
    text: 'About 3,500 troops remain in Norland and Sudmark to prevent a resurgence of the Fen Front.',
    quantities: [{ raw: 'About 3,500', value: 3500, hedge: 'about', noun: 'troop' }],
    names: [{ raw: 'Norland', kind: 'place' }, { raw: 'Sudmark', kind: 'place' }, { raw: 'Fen Front', kind: 'org' }],
    lemmas: ['troop', 'remain', 'norland', 'sudmark', 'prevent', 'resurgence', 'fen', 'front'],
  });
  const parts = makeClaim({
    text: 'There are around 2,500 soldiers in Norland and 900 in Sudmark to stop the Fen Front returning.',
    quantities: [{ raw: 'around 2,500', value: 2500, hedge: 'about', noun: 'soldier' }, { raw: '900', value: 900, noun: 'soldier' }],
    names: [{ raw: 'Norland', kind: 'place' }, { raw: 'Sudmark', kind: 'place' }, { raw: 'Fen Front', kind: 'org' }],
    lemmas: ['soldier', 'norland', 'sudmark', 'stop', 'fen', 'front', 'return'],
  });

  it('agree when the parts add up ("about 3,500" / "2,500 in X and 900 in Y")', () => {
    const r = compareClaims(whole, dec26, parts, dec26b);
    expect(r?.verdict).toBe('agree');
    expect(r?.evidence[0]).toMatchObject({ kind: 'quantity', status: 'agree', there: 'around 2,500 + 900' });
  });

  it('stay apart when both name different events ("killed 5 soldiers" / "5 soldiers were wounded")', () => {
    const killed = { ...whole, text: 'About 3,500 troops were killed in Norland and Sudmark by the Fen Front.', predicates: ['kill'] };
    const wounded = { ...parts, text: 'Around 2,500 soldiers were wounded in Norland and 900 in Sudmark by the Fen Front.', predicates: ['wound'] };
    expect(compareClaims(killed, dec26, wounded, dec26b)?.verdict).not.toBe('agree');
  });
});

describe('a reworded copy in one story whose figures all agree', () => {
  it('is one statement, even undated', () => {
    const mk = (text: string, lemmas: string[]) =>
      makeClaim({ text, quantities: [{ raw: 'One person', value: 1, noun: 'person', role: 'arrest' }], predicates: ['arrest', 'wound'], polarity: 'negative', lemmas });
    const a = mk('One person is believed to have been arrested, and no injuries were reported.', ['person', 'believe', 'arrest', 'injury', 'report']);
    const b = mk('One person has been arrested, though no injuries have been reported.', ['person', 'arrest', 'injury', 'report']);
    expect(compareClaims(a, dec26, b, ref('y', null), { sameStory: true })?.verdict).toBe('agree');
    const two = { ...b, text: 'Two people have been arrested, though no injuries have been reported.', slots: { ...b.slots, quantities: [{ ...b.slots.quantities[0]!, raw: 'Two people', value: 2, low: 2, high: 2 }] } };
    expect(compareClaims(a, dec26, two, ref('y', null), { sameStory: true })?.verdict).not.toBe('agree');
  });
});

describe('compareClaims: quotes', () => {
  const q = (words: string) =>
    makeClaim({
      text: `Commander Ilse Varga said, "${words}"`,
      quotes: [{ text: words, speaker: 'Ilse Varga' }],
      names: [{ raw: 'Ilse Varga', kind: 'person' }],
      predicates: ['say'],
    });
  const full = 'These strikes hold to account those responsible for attacks on our forces.';

  it('identical wording agrees', () => {
    const r = compareClaims(q(full), dec26, q(full), dec26b);
    expect(r?.verdict).toBe('agree');
    expect(r?.evidence.find((e) => e.kind === 'quote')?.note).toBeNull();
  });

  it('a shortened quote agrees with a note', () => {
    const r = compareClaims(q(full), dec26, q('These strikes hold to account those responsible'), dec26b);
    expect(r?.verdict).toBe('agree');
    expect(r?.evidence.find((e) => e.kind === 'quote')?.note).toMatch(/shortened/);
  });

  it('altered words are shown as evidence but not highlighted as agree/differ', () => {
    const r = compareClaims(q(full), dec26, q('These strikes hold to account those behind attacks on our forces.'), dec26b);
    expect(r?.verdict).toBe('related');
    expect(r?.evidence.find((e) => e.kind === 'quote')).toMatchObject({ status: 'differ', note: 'quoted words differ' });
  });
});

describe('two people in one sentence', () => {
  it('conflicts on an age and a distance with nothing agreeing are not a differ', () => {
    const x = ref('x', '2013-09-16');
    const y = ref('y', '2013-09-16');
    const a = makeClaim({
      text: 'Ada Vole died aged 36 after falling 200 feet; Bo Kestrel died a day later.',
      quantities: [
        { raw: 'aged 36', value: 36, unit: 'age', role: 'die' },
        { raw: '200 feet', value: 200, unit: 'ft', role: 'fall' },
      ],
      names: [{ raw: 'Ada Vole', kind: 'person' }, { raw: 'Bo Kestrel', kind: 'person' }],
      predicates: ['die', 'fall'],
    });
    const b = makeClaim({
      text: 'A day after Ada Vole died, Bo Kestrel died aged 31 after he fell 700 meters.',
      quantities: [
        { raw: 'aged 31', value: 31, unit: 'age', role: 'die' },
        { raw: '700 meters', value: 700, unit: 'm', role: 'fall' },
      ],
      names: [{ raw: 'Ada Vole', kind: 'person' }, { raw: 'Bo Kestrel', kind: 'person' }],
      predicates: ['die', 'fall'],
    });
    expect(compareClaims(a, x, b, y)?.verdict).toBe('related');
    // One conflict alone still differs.
    const c = { ...b, slots: { ...b.slots, quantities: b.slots.quantities.filter((q) => q.unit === 'm') } };
    expect(compareClaims(a, x, c, y)?.verdict).toBe('differ');
  });
});

describe('one named person, two figures told differently', () => {
  it('an age attached to the same full name on both sides keeps both differences', () => {
    const x = ref('x', '2013-09-16');
    const y = ref('y', '2013-09-16');
    const a = makeClaim({
      text: 'Lina Marsh, 32, fell about 600 metres while climbing.',
      quantities: [
        { raw: '32', value: 32, unit: 'age', role: 'fall' },
        { raw: 'about 600 metres', value: 600, unit: 'm', hedge: 'about', role: 'fall' },
      ],
      names: [{ raw: 'Lina Marsh', kind: 'person' }],
      predicates: ['fall'],
    });
    const b = makeClaim({
      text: 'The 31-year-old Lina Marsh fell 900 meters while climbing.',
      quantities: [
        { raw: '31-year-old', value: 31, unit: 'age', role: 'fall' },
        { raw: '900 meters', value: 900, unit: 'm', role: 'fall' },
      ],
      names: [{ raw: 'Lina Marsh', kind: 'person' }],
      predicates: ['fall'],
    });
    expect(compareClaims(a, x, b, y)?.verdict).toBe('differ');
  });
});

describe('an age and a day that both differ', () => {
  it('is two people, not a differ', () => {
    const a = makeClaim({
      text: 'Bo Kestrel, 32, died near Tarn Ridge on Saturday.',
      quantities: [{ raw: '32', value: 32, unit: 'age', role: 'die' }],
      dates: [on('Saturday', '2013-09-14', true)],
      names: [{ raw: 'Tarn Ridge', kind: 'place' }, { raw: 'Bo Kestrel', kind: 'person' }],
      predicates: ['kill'],
    });
    const b = makeClaim({
      text: 'A 36-year-old man died near Tarn Ridge on Friday.',
      quantities: [{ raw: '36-year-old', value: 36, unit: 'age', role: 'die' }],
      dates: [on('Friday', '2013-09-13', true)],
      names: [{ raw: 'Tarn Ridge', kind: 'place' }],
      predicates: ['kill'],
    });
    const x = ref('x', '2013-09-16');
    expect(compareClaims(a, x, b, ref('y', '2013-09-16'))).toBeNull();
    // Even on one day, a man four years older who is not named is someone else: not a differ.
    const c = { ...b, slots: { ...b.slots, dates: [] } };
    expect(compareClaims(a, x, c, ref('y', '2013-09-16'))).toBeNull();
    // Named alike on both sides, the ages conflict.
    const d = { ...c, text: 'Bo Kestrel, 36, died near Tarn Ridge.', slots: { ...c.slots, names: a.slots.names } };
    expect(compareClaims(a, x, d, ref('y', '2013-09-16'))?.verdict).toBe('differ');
  });
});

describe('adjacent days', () => {
  it('Friday and Saturday do not agree as dates', () => {
    const mk = (raw: string, iso: string) =>
      makeClaim({ text: `Bo Kestrel died near Tarn Ridge on ${raw}.`, dates: [on(raw, iso, true)], names: [{ raw: 'Bo Kestrel', kind: 'person' }], predicates: ['kill'] });
    const r = compareClaims(mk('Friday', '2013-09-13'), ref('x', '2013-09-16'), mk('Saturday', '2013-09-14'), ref('y', '2013-09-16'));
    expect(r?.evidence.some((e) => e.kind === 'date' && e.status === 'agree')).toBe(false);
    expect(r?.verdict).not.toBe('agree');
  });
});

describe('undated claims tied by one city', () => {
  it('do not agree on a small count alone', () => {
    const mk = (text: string) =>
      makeClaim({ text, quantities: [{ raw: 'four', value: 4, noun: 'robber', role: 'steal' }], names: [{ raw: 'Paris', kind: 'place' }], predicates: ['steal'] });
    const a = mk('In Paris four robbers made off with jewels from a store on Monday night.');
    const b = mk('Dressed as women, four robbers stole diamonds from a famed Paris jeweller.');
    expect(compareClaims(a, ref('x', null), b, ref('y', null))?.verdict).toBe('related');
    // Dated reports of the same days may agree.
    expect(compareClaims(a, ref('x', '2013-09-09'), b, ref('y', '2013-09-09'))?.verdict).toBe('agree');
  });

  it('may agree when their articles are known to tell one story', () => {
    const mk = (text: string) =>
      makeClaim({ text, quantities: [{ raw: 'four', value: 4, noun: 'robber', role: 'steal' }], names: [{ raw: 'Lyon', kind: 'place' }], predicates: ['steal'] });
    const a = mk('In Lyon four robbers made off with watches from a store.');
    const b = mk('Masked, four robbers stole watches worth a fortune from a Lyon shop.');
    expect(compareClaims(a, ref('x', null), b, ref('y', null))?.verdict).toBe('related');
    expect(compareClaims(a, ref('x', null), b, ref('y', null), { sameStory: true })?.verdict).toBe('agree');
  });
});

describe('measures reported on different days', () => {
  it('a fall of 150 m vs 60 m the next day is a differ, not an update', () => {
    const mk = (raw: string, value: number) =>
      makeClaim({ text: `Ada Vole died after falling ${raw} near Tarn Ridge.`, quantities: [{ raw, value, unit: 'm', role: 'kill' }], names: [{ raw: 'Ada Vole', kind: 'person' }], predicates: ['kill'] });
    expect(compareClaims(mk('150 metres', 150), ref('x', '2013-09-15T08:00:00Z'), mk('60 metres', 60), ref('y', '2013-09-16T08:00:00Z'))?.verdict).toBe('differ');
  });
});

describe('a negation misread on one copy', () => {
  it('two copies of one sentence with the same negation cue do not doubt each other', () => {
    const mk = (text: string, polarity: 'positive' | 'negative') =>
      makeClaim({ text, names: [{ raw: 'Gaskin', kind: 'person' }], predicates: ['kill'], polarity, lemmas: ['speak', 'first', 'death', 'case', 'look', 'lack', 'experience', 'gaskin'] });
    const a = mk('"I cant speak for the first death, but in this case it looks like a lack of experience," Gaskin said.', 'positive');
    const b = mk('"I can\'t speak for the first death but in this case it looks like a lack of experience," Gaskin said.', 'negative');
    const r = compareClaims(a, ref('x', '2013-09-16'), b, ref('y', '2013-09-16'));
    expect(r?.verdict).toBe('agree');
    // and the misreading is not shown to the reader as a difference
    expect(r?.evidence.some((e) => e.kind === 'polarity')).toBe(false);
  });
});

describe('a strong frame without comparable slots', () => {
  const mk = (text: string, lemmas: string[]) =>
    makeClaim({ text, names: [{ raw: 'Joe Biden', kind: 'person' }], predicates: ['strike'], lemmas });
  const x = ref('x', '2023-12-26');
  const y = ref('y', '2023-12-26');
  it('agrees with some shared content words', () => {
    const a = mk('Joe Biden directed the military to conduct airstrikes after the attack.', ['biden', 'direct', 'military', 'conduct', 'airstrike', 'attack']);
    const b = mk('Joe Biden was briefed on the attack and directed the retaliatory strikes.', ['biden', 'brief', 'attack', 'direct', 'retaliatory', 'strike']);
    expect(compareClaims(a, x, b, y)?.verdict).toBe('agree');
  });
  it('stays related when almost no words are shared', () => {
    const a = mk('Joe Biden directed the military to conduct airstrikes.', ['biden', 'direct', 'military', 'conduct', 'airstrike']);
    const b = mk('Critics of Joe Biden say the strikes came too late for the region.', ['critic', 'say', 'strike', 'come', 'late', 'region', 'joe']);
    expect(compareClaims(a, x, b, y)?.verdict).toBe('related');
  });
});

describe('compareClaims: agree without a shared event verb', () => {
  const lakeA = ref('lake-a', '2024-06-02T08:00:00Z');
  const lakeB = ref('lake-b', '2024-06-02T20:00:00Z');

  it('two names, an age and the day alike are one fact (fell / died)', () => {
    const a = makeClaim({
      text: 'On Sunday, 45-year-old Tomas Brell fell about 80 metres while hiking on Mount Varra.',
      quantities: [
        { raw: '45-year-old', value: 45, unit: 'age' },
        { raw: 'about 80 metres', value: 80, unit: 'm', hedge: 'about' },
      ],
      dates: [on('Sunday', '2024-06-02', true)],
      names: [{ raw: 'Tomas Brell', kind: 'person' }, { raw: 'Mount Varra', kind: 'place' }],
      lemmas: ['sunday', 'fall', 'hike', 'mount', 'varra'],
    });
    const b = makeClaim({
      text: 'Tomas Brell, 45, died on Mount Varra on Sunday.',
      quantities: [{ raw: '45', value: 45, unit: 'age', role: 'kill' }],
      dates: [on('Sunday', '2024-06-02', true)],
      names: [{ raw: 'Tomas Brell', kind: 'person' }, { raw: 'Mount Varra', kind: 'place' }],
      predicates: ['kill'],
      lemmas: ['die', 'varra', 'sunday'],
    });
    expect(compareClaims(a, lakeA, b, lakeB)?.verdict).toBe('agree');
    // With only the age alike (no day), the two verbs keep it a mere relation.
    const noDay = makeClaim({
      text: 'Tomas Brell, 45, died on Mount Varra.',
      quantities: [{ raw: '45', value: 45, unit: 'age', role: 'kill' }],
      names: [{ raw: 'Tomas Brell', kind: 'person' }, { raw: 'Mount Varra', kind: 'place' }],
      predicates: ['kill'],
      lemmas: ['die', 'varra'],
    });
    expect(compareClaims(a, lakeA, noDay, lakeB)?.verdict).toBe('related');
  });

  it('near copies of one sentence with a shared name agree', () => {
    const spec = {
      text: 'The Halvard-born Ostrian was planning a week of sea kayaking.',
      names: [{ raw: 'Halvard', kind: 'place' as const }],
      lemmas: ['halvard', 'bear', 'ostrian', 'plan', 'week', 'sea', 'kayak'],
    };
    expect(compareClaims(makeClaim(spec), lakeA, makeClaim(spec), lakeB)?.verdict).toBe('agree');
    // Another sentence about the person agrees only on where they come from, and says so.
    const other = makeClaim({ ...spec, text: 'The Halvard-born Ostrian had moved to the coast.', lemmas: ['halvard', 'bear', 'ostrian', 'move', 'coast'] });
    const r = compareClaims(makeClaim(spec), lakeA, other, lakeB);
    expect(r?.verdict).toBe('agree');
    expect(r?.evidence).toMatchObject([{ kind: 'name', here: 'Halvard-born', note: 'where the person comes from' }]);
    const unplaced = makeClaim({ ...spec, text: 'The Ostrian from Halvard had moved to the coast.', lemmas: ['halvard', 'ostrian', 'move', 'coast'] });
    expect(compareClaims(makeClaim(spec), lakeA, unplaced, lakeB)?.verdict).not.toBe('agree');
  });
});

describe('a country alone', () => {
  it('ties two falls too loosely to differ: two climbers may die there the same week', () => {
    const a = makeClaim({
      text: 'A British climber has fallen 2,000ft to his death in New Zealand.',
      quantities: [{ raw: '2,000ft', value: 609.6, unit: 'm', role: 'fall' }],
      names: [{ raw: 'New Zealand', kind: 'place' }],
      predicates: ['fall', 'die'],
    });
    const b = makeClaim({
      text: 'An Australian man died after falling 150 meters in New Zealand.',
      quantities: [{ raw: '150 meters', value: 150, unit: 'm', role: 'fall' }],
      names: [{ raw: 'New Zealand', kind: 'place' }],
      predicates: ['fall', 'die'],
    });
    expect(compareClaims(a, dec26, b, dec26b)?.verdict ?? 'none').not.toBe('differ');
    // A town or a person ties them strongly enough.
    const town = (c: typeof a) => ({ ...c, slots: { ...c.slots, names: [...c.slots.names, { raw: 'Twizel', start: 0, end: 0, canonical: 'twizel', kind: 'place' as const }] } });
    expect(compareClaims(town(a), dec26, town(b), dec26b)?.verdict).toBe('differ');
  });
});

describe('a claim tied by the person named just before it (Claim.context)', () => {
  const x = ref('x', '2013-09-16');
  const y = ref('y', '2013-09-16');
  const named = makeClaim({
    text: 'Robert Kestrel fell about 600 metres while climbing.',
    quantities: [{ raw: 'about 600 metres', value: 600, unit: 'm', hedge: 'about', role: 'fall' }],
    names: [{ raw: 'Robert Kestrel', kind: 'other' }],
    predicates: ['fall'],
  });
  const unnamed = (context: string[] | undefined, extra: Partial<Parameters<typeof makeClaim>[0]> = {}) => ({
    ...makeClaim({
      text: 'One of the party slipped and fell some 700 metres to his death.',
      quantities: [{ raw: 'some 700 metres', value: 700, unit: 'm', hedge: 'about', role: 'fall' }],
      predicates: ['fall', 'kill'],
      ...extra,
    }),
    ...(context ? { context } : {}),
  });

  it('differs on a measure within the story', () => {
    const r = compareClaims(unnamed(['robert kestrel']), x, named, y, { sameStory: true });
    expect(r?.verdict).toBe('differ');
    expect(r?.evidence.find((e) => e.status === 'differ')).toMatchObject({ here: 'some 700 metres', there: 'about 600 metres' });
  });

  it('is no tie across stories, without the context, or to a sentence naming two people', () => {
    expect(compareClaims(unnamed(['robert kestrel']), x, named, y, { sameStory: false })).toBeNull();
    expect(compareClaims(unnamed(undefined), x, named, y, { sameStory: true })?.verdict ?? null).not.toBe('differ');
    const two = { ...named, text: 'Robert Kestrel and Ada Vole fell about 600 metres.', slots: { ...named.slots, names: [...named.slots.names, { raw: 'Ada Vole', canonical: 'ada vole', kind: 'person' as const, start: 19, end: 27 }] } };
    expect(compareClaims(unnamed(['robert kestrel']), x, two, y, { sameStory: true })?.verdict ?? null).not.toBe('differ');
  });

  it('never differs on a count, which may be a part ("two bullets struck from the front")', () => {
    const count = unnamed(['robert kestrel'], {
      text: 'Two bullets struck from the front.',
      quantities: [{ raw: 'Two bullets', value: 2, noun: 'bullet', role: 'strike' }],
      predicates: ['strike'],
    });
    const seven = makeClaim({
      text: 'Robert Kestrel was hit by seven bullets.',
      quantities: [{ raw: 'seven bullets', value: 7, noun: 'bullet', role: 'strike' }],
      names: [{ raw: 'Robert Kestrel', kind: 'other' }],
      predicates: ['strike'],
    });
    expect(compareClaims(count, x, seven, y, { sameStory: true })?.verdict ?? null).not.toBe('differ');
    // Named on both sides, the same counts do conflict.
    const namedCount = { ...count, text: 'Two bullets struck Robert Kestrel.', slots: { ...count.slots, names: seven.slots.names } };
    expect(compareClaims(namedCount, x, seven, y, { sameStory: true })?.verdict).toBe('differ');
  });
});

describe('one named person at one clock time', () => {
  const at = (raw: string) => ({ raw, from: '2023-12-25T23:30', to: '2023-12-25T23:31', granularity: 'minute' as const, relative: true });
  const standing = makeClaim({
    text: 'Police say that on Monday around 11:30 p.m. Ada Vole was standing outside her home.',
    dates: [at('Monday around 11:30 p.m.')],
    names: [{ raw: 'Ada Vole', kind: 'other' }],
    lemmas: ['police', 'monday', 'ada', 'vole', 'stand', 'outside', 'home'],
  });
  const shot = makeClaim({
    text: 'Two officers shot Ada Vole just before 11:30 p.m. on Monday.',
    dates: [at('11:30 p.m. on Monday')],
    names: [{ raw: 'Ada Vole', kind: 'other' }],
    predicates: ['shoot'],
    lemmas: ['officer', 'shoot', 'ada', 'vole', 'monday'],
  });

  it('agree on that moment, whatever each says happened ("just before" dates the event, bounds nothing)', () => {
    const r = compareClaims(standing, dec26, shot, dec26b);
    expect(r?.verdict).toBe('agree');
    expect(r?.evidence).toMatchObject([{ kind: 'date', status: 'agree', here: 'Monday around 11:30 p.m.', there: '11:30 p.m. on Monday' }]);
  });

  it('do not agree on a day alone, nor on a time alone without the person', () => {
    const day = { ...standing, slots: { ...standing.slots, dates: [{ ...standing.slots.dates[0]!, from: '2023-12-25', to: '2023-12-26', granularity: 'day' as const }] } };
    expect(compareClaims(day, dec26, shot, dec26b)?.verdict).not.toBe('agree');
    const nobody = { ...standing, slots: { ...standing.slots, names: [{ ...standing.slots.names[0]!, canonical: 'bo tarn', raw: 'Bo Tarn' }] } };
    expect(compareClaims(nobody, dec26, shot, dec26b)?.verdict ?? 'none').not.toBe('agree');
  });
});

describe('a background sentence in its era', () => {
  const y2005 = ref('x', '2005-12-19T10:00:00Z');
  const y2005b = ref('y', '2005-12-20T10:00:00Z');
  const sentenced = (raw: string, value: number, era?: { from: string; to: string }) => ({
    ...makeClaim({
      text: `Mr. Doe was sentenced to ${raw} years in prison.`,
      quantities: [{ raw: `${raw} years`, value, unit: 'year', role: 'convict' }],
      names: [{ raw: 'Doe', kind: 'person' }],
      predicates: ['convict'],
    }),
    ...(era ? { era } : {}),
  });
  const in1958 = { from: '1958-01-01T00:00:00.000Z', to: '1961-01-01T00:00:00.000Z' };
  const in1997 = { from: '1997-01-01T00:00:00.000Z', to: '2000-01-01T00:00:00.000Z' };

  it('is another time than a sentence of another era: no differ', () => {
    expect(compareClaims(sentenced('seven', 7), y2005, sentenced('12', 12), y2005b)?.verdict).toBe('differ');
    expect(compareClaims(sentenced('seven', 7, in1958), y2005, sentenced('12', 12, in1997), y2005b)).toBeNull();
  });

  it('against an undated report is of unknown time: never a differ, still comparable', () => {
    const r = compareClaims(sentenced('seven', 7, in1958), y2005, sentenced('12', 12), y2005b);
    expect(r).not.toBeNull();
    expect(r?.verdict).not.toBe('differ');
    expect(compareClaims(sentenced('seven', 7, in1958), y2005, sentenced('seven', 7, in1958), y2005b)?.verdict).toBe('agree');
  });
});

describe('a story event timed within the same hours', () => {
  const part = (raw: string, from: string, to: string) => ({ raw, from, to, granularity: 'part-of-day' as const, relative: true });
  const x = ref('x', '2013-09-16T08:00:00Z');
  const y = ref('y', '2013-09-16T09:00:00Z');
  const first = makeClaim({
    text: 'The first death of the weekend was a climber who fell on Friday morning.',
    dates: [part('Friday morning', '2013-09-13T05:00', '2013-09-13T12:00')],
    predicates: ['fall'],
    lemmas: ['first', 'death', 'weekend', 'climber', 'fall', 'morning'],
  });
  const slipped = (raw: string, from: string, to: string) =>
    makeClaim({
      text: `A man died ${raw} after he slipped down a steep icy gully.`,
      dates: [{ raw, from, to, granularity: 'minute' as const, relative: true }],
      predicates: ['kill', 'fall'],
      lemmas: ['man', 'die', 'slip', 'steep', 'icy', 'gully'],
    });

  it('agree, tied by the story, when both time it within one part of a day', () => {
    expect(compareClaims(first, x, slipped('about 11am on Friday', '2013-09-13T11:00', '2013-09-13T11:01'), y, { sameStory: true })?.verdict).toBe('agree');
  });

  it('are not tied by the day alone with one kind of event in common, nor outside the story', () => {
    const friday = makeClaim({ text: 'A man was hurt on Friday after he slipped down a steep icy gully.', dates: [on('on Friday', '2013-09-13', true)], predicates: ['wound', 'fall'], lemmas: ['man', 'hurt', 'slip', 'steep', 'icy', 'gully'] });
    expect(compareClaims(first, x, friday, y, { sameStory: true })?.verdict ?? 'none').not.toBe('agree');
    expect(compareClaims(first, x, slipped('about 11pm on Friday', '2013-09-13T23:00', '2013-09-13T23:01'), y, { sameStory: true })?.verdict ?? 'none').not.toBe('agree');
    expect(compareClaims(first, x, slipped('about 11am on Friday', '2013-09-13T11:00', '2013-09-13T11:01'), y)).toBeNull();
  });
});

describe('an event told beside the story', () => {
  const x = ref('x', '2013-09-09');
  const y = ref('y', '2013-09-09');
  const heist = makeClaim({
    text: 'Four men rammed their car into a jewellery store in central Vardo on Monday, stealing two million euros in jewels.',
    names: [{ raw: 'Vardo', kind: 'place' }],
    dates: [on('Monday', '2013-09-09', true)],
    lemmas: ['man', 'ram', 'car', 'jewellery', 'store', 'central', 'vardo', 'steal', 'jewel'],
  });
  const besides = (text: string) =>
    makeClaim({ text, names: [{ raw: 'Vardo', kind: 'place' }], dates: [on('Monday', '2013-09-09', true)], lemmas: ['vardo', 'robbery', 'thief', 'store', 'steal', 'jewel'] });

  it('"also … another robbery" is not the story’s robbery', () => {
    const other = besides('Vardo also saw another robbery on Monday, when thieves stormed a store and stole jewels.');
    expect(compareClaims(heist, x, other, y, { sameStory: true })?.verdict).toBe('related');
  });
  it('without the cue the same sentence agrees', () => {
    const same = besides('On Monday thieves stormed a store in Vardo and stole jewels in a robbery.');
    expect(compareClaims(heist, x, same, y, { sameStory: true })?.verdict).toBe('agree');
  });
});

describe('two figureless sentences of one story', () => {
  it('state one thing when a strong story frame ties them (one kind of event, a quarter of their words)', () => {
    const x = ref('x', '2013-09-09');
    const y = ref('y', '2013-09-09');
    const a = makeClaim({ text: 'The men then set fire to the vehicle and escaped in another car.', predicates: ['fire'], lemmas: ['men', 'then', 'fire', 'vehicle', 'escape', 'car'] });
    const b = makeClaim({ text: 'The thieves reversed their car out of the store, scooped up the loot and set fire to the vehicle before fleeing.', predicates: ['fire'], lemmas: ['thief', 'reverse', 'car', 'store', 'scoop', 'fire', 'vehicle', 'flee'] });
    expect(compareClaims(a, x, b, y, { sameStory: true })?.verdict).toBe('agree');
    expect(compareClaims(a, x, b, y)).toBeNull();
  });
});

describe("a country's government as the actor", () => {
  const said = (text: string, id: string) => extractClaims({ id, text, publishedAt: '2024-01-24', title: null })[0]!;

  it('agrees on what the government did, said in other words', () => {
    const a = said('The Chilean government has strongly condemned the strikes.', 'a');
    const b = said('The Chilean government criticized the airstrikes, calling them acts of aggression.', 'b');
    expect(compareClaims(a, ref('x', '2024-01-24'), b, ref('y', '2024-01-24'))?.verdict).toBe('agree');
  });

  it('tied by the country alone, the same words are not enough (many there condemn)', () => {
    const a = said('Chile has strongly condemned the strikes.', 'a');
    const b = said('Chile criticized the airstrikes, calling them acts of aggression.', 'b');
    expect(compareClaims(a, ref('x', '2024-01-24'), b, ref('y', '2024-01-24'))?.verdict ?? null).not.toBe('agree');
  });
});
