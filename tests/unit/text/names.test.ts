import { describe, expect, it } from 'vitest';
import { countryOf } from '../../../src/core/text/demonyms';
import { NameSlot } from '../../../src/core/model';
import {
  buildNameContext, canonicalName, emptyNameContext, extractNames, nameKey, namesMatch,
} from '../../../src/core/text/names';

const names = (sentence: string, body = sentence): string[] =>
  extractNames(sentence, buildNameContext(body)).map((n) => `${n.canonical}/${n.kind}`);

describe('canonicalName', () => {
  it('folds case, dots, diacritics, possessives and a leading "the"', () => {
    expect(canonicalName('U.S.')).toBe('united states');
    expect(canonicalName('US')).toBe('united states');
    expect(canonicalName('the United States')).toBe('united states');
    expect(canonicalName('America')).toBe('united states');
    expect(canonicalName('Américan')).toBe('united states');
    expect(canonicalName('Biden’s')).toBe('biden');
    expect(canonicalName('Zürich')).toBe('zurich');
    expect(canonicalName('U.K.')).toBe('united kingdom');
    expect(canonicalName('British')).toBe('united kingdom');
    expect(canonicalName('U.N.')).toBe('united nations');
  });
  it('maps demonyms and plurals to their country', () => {
    expect(canonicalName('Iraqi')).toBe('iraq');
    expect(canonicalName('Iraqis')).toBe('iraq');
    expect(canonicalName('Indonesian')).toBe('indonesia');
    expect(canonicalName('Filipino')).toBe('philippines');
  });
  it('drops titles and normalises a leading country', () => {
    expect(canonicalName('President Joe Biden')).toBe('joe biden');
    expect(canonicalName('Gen. Kurilla')).toBe('kurilla');
    expect(canonicalName('U.S. Army')).toBe('united states army');
    expect(canonicalName('American Army')).toBe('united states army');
  });
  it('replaces a defined abbreviation by its long form', () => {
    const ctx = buildNameContext('Members of Kataib Hezbollah (KH) fled. KH denied it.');
    expect(canonicalName('KH', ctx)).toBe('kataib hezbollah');
    expect(canonicalName('KH')).toBe('kh');
  });
});

describe('buildNameContext', () => {
  it('reads parenthesised and "or" definitions', () => {
    const ctx = buildNameContext(
      'The Islamic Revolutionary Guard Corps, or IRGC, denied it. Fighters of the Islamic Resistance in Iraq (IRI) claimed it.',
    );
    expect(ctx.abbreviations.get('irgc')).toBe('islamic revolutionary guard corps');
    expect(ctx.abbreviations.get('iri')).toBe('islamic resistance in iraq');
  });
  it('infers an undefined acronym that spells word starts in the article', () => {
    const ctx = buildNameContext('U.S. Central Command said so. Later Centcom posted a video. CENTCOM agreed.');
    expect(ctx.abbreviations.get('centcom')).toBe('central command');
  });
  it('ignores a parenthesis that does not spell the name', () => {
    const ctx = buildNameContext('He met Mary Jones (AP) in town.');
    expect(ctx.abbreviations.has('ap')).toBe(false);
  });
  it('records capitalised words seen mid-sentence and people after titles', () => {
    const ctx = buildNameContext('Officials met Gen. Erik Kurilla in Erbil. Kurilla left.');
    expect(ctx.midSentence.has('erbil')).toBe(true);
    expect(ctx.persons.has('kurilla')).toBe(true);
  });
});

describe('extractNames', () => {
  it('reads a name whole around a quoted or bracketed nickname, keeping the nickname in the raw text', () => {
    const canonical = (s: string) => names(s).map((n) => n.split('/')[0]);
    expect(canonical('Mourners remembered Dwayne "Spud" Okafor on Sunday.')).toEqual(['dwayne okafor']);
    expect(canonical("A vigil for Lerato 'Lee' Mokoena, 17, was held.")).toEqual(['lerato mokoena']);
    expect(canonical('Police named Tomas (Tommy) Brandt as the driver.')).toEqual(['tomas brandt']);
    const slot = extractNames('Police named Tomas (Tommy) Brandt as the driver.', emptyNameContext()).find((n) => n.canonical === 'tomas brandt');
    expect(slot?.raw).toBe('Tomas (Tommy) Brandt');
  });
  it('does not join two names across a quoted word of a sentence', () => {
    expect(names('He told Reuters "Yes" Monday.').map((n) => n.split('/')[0])).toEqual(['reuters']);
  });
  it('finds runs with particles and keeps offsets', () => {
    const s = 'Officials at the Bank of England met Osama bin Laden’s son near al-Qaim.';
    const found = extractNames(s, buildNameContext(s));
    expect(found.map((n) => n.canonical)).toEqual(['bank of england', 'osama bin laden', 'al qaim']);
    for (const n of found) {
      expect(s.slice(n.start, n.end)).toBe(n.raw);
      expect(NameSlot.parse(n)).toEqual(n);
    }
  });
  it('keeps titles out and marks people', () => {
    expect(names('U.S. President Joe Biden ordered the strikes.')).toEqual(['united states/place', 'joe biden/person']);
    expect(names('The attack was condemned by Gen. Kurilla on X.')).toEqual(['kurilla/person']);
    expect(names('Defense Secretary Lloyd Austin said it.')).toEqual(['lloyd austin/person']);
    expect(names('Mary Smith said the fire spread.')).toEqual(['mary smith/person']);
  });
  it('skips sentence-initial function words, months and weekdays', () => {
    expect(names('However, Iraq condemned the strikes on Monday in January.')).toEqual(['iraq/place']);
    expect(names('The Pentagon said it.')).toEqual(['pentagon/other']);
    expect(names('In Baghdad, crowds gathered.')).toEqual(['baghdad/place']);
    expect(names('Additionally, nothing happened.')).toEqual([]);
  });
  it('keeps a sentence-initial word seen capitalised elsewhere', () => {
    expect(names('Hezbollah denied it.', 'Hezbollah denied it. Fighters of Hezbollah fled.')).toEqual(['hezbollah/other']);
    expect(names('Nobody denied it.', 'Nobody denied it.')).toEqual([]);
  });
  it('keeps an abbreviated place prefix in the name and spells it out ("Mt. Kestrel" is "Mount Kestrel")', () => {
    expect(names('He fell on Mt. Kestrel on Friday.')).toEqual(['mount kestrel/place']);
    expect(names('He fell near the Aoraki-Mt. Kestrel Hut.')).toEqual(['aoraki/place', 'mount kestrel hut/place']);
    expect(names('He fell on Mt Kestrel.')).toEqual(names('He fell on Mount Kestrel.'));
    expect(names('They met at Ft. Dorne.')).toEqual(['fort dorne/place']);
  });
  it('reads a name ending in a landform or a shelter ("Hut", "Glacier", "Peak") as a place, whatever the verb before', () => {
    expect(names('He was approaching the Orrin Saddle Hut when he fell.')).toEqual(['orrin saddle hut/place']);
    expect(names('Climbers crossed the Kestrel Glacier at dawn.')).toEqual(['kestrel glacier/place']);
    expect(names('Rescuers reached Dorne Peak by noon.')).toEqual(['dorne peak/place']);
    // common surnames stay people's: "Anita Hill", "Tom Ridge"
    expect(names('Senator Dana Hill said so.')).toEqual(['dana hill/person']);
  });
  it("also reads a country's government as an actor of its own", () => {
    expect(names('The Iraqi government has condemned the strikes.')).toEqual(['iraq/place', 'iraq government/org']);
    expect(names("Kenya's cabinet met on Monday.")).toEqual(['kenya/place', 'kenya cabinet/org']);
    // a place that is not a country has no government of its own here
    expect(names('The Baghdad government office was closed.')).toEqual(['baghdad/other']);
  });
  it('reads a name led by "Mount", "Lake", "Cape" or "Fort" as a place', () => {
    expect(names('Mount Kestrel claimed two lives. Lake Orrin froze.')).toEqual(['mount kestrel/place', 'lake orrin/place']);
  });
  it('maps demonyms and splits hyphenated compounds', () => {
    expect(names('Iranian-backed militias attacked Iraqi bases.')).toEqual(['iran/place', 'iraq/place']);
    expect(names('The Israel-Hamas war went on.')).toEqual(['israel/place', 'hamas/other']);
  });
  it('classifies organisations, acronyms and places', () => {
    expect(names('Militants hit U.S. Central Command in Erbil.')).toEqual([
      'united states/place', 'central command/org', 'erbil/place',
    ]);
    expect(names('He spoke to the NYPD and the United Nations.')).toEqual(['nypd/org', 'united nations/org']);
    expect(names('They reached Al-Assad Air Base.')).toEqual(['al assad air base/place']);
  });
  it('resolves abbreviations defined elsewhere in the article', () => {
    const body = 'Kataib Hezbollah (KH) is a militia. The U.S. struck KH sites.';
    expect(names('The U.S. struck KH sites.', body)).toEqual(['united states/place', 'kataib hezbollah/org']);
  });
  it('ignores capitals in headlines unless known from the body', () => {
    const body = 'US Strikes Iran Backed Militias In Iraq After Troops Wounded\nThe strikes hit Iraq.';
    const head = body.split('\n')[0]!;
    expect(extractNames(head, buildNameContext(body)).map((n) => n.canonical)).toEqual([
      'united states', 'iran', 'iraq',
    ]);
  });
  it('works with an empty context', () => {
    expect(extractNames('Ships sailed to Greece.', emptyNameContext()).map((n) => n.canonical)).toEqual(['greece']);
  });
  it('reads "the Vardo family" as a group, not the person Vardo', () => {
    expect(names('The head of the Vardo family was serving a 12-year sentence.')).toEqual(['vardo family/org']);
    expect(namesMatch('vardo family', 'vardo')).toBe(false);
  });
});

describe('nameKey and namesMatch', () => {
  it('collapses transliteration variants', () => {
    expect(nameKey('erbil')).toBe(nameKey('irbil'));
    expect(nameKey('al asad')).toBe(nameKey('al assad'));
    expect(nameKey(canonicalName('al-Asad'))).toBe(nameKey(canonicalName('Al-Assad')));
    expect(nameKey('bireun')).toBe(nameKey('bireuen'));
    expect(nameKey('thessaloniki')).toBe(nameKey('thessalonika'));
    expect(nameKey('qaddafi')).toBe(nameKey('kadafi'));
  });
  it('keeps countries apart from look-alike cities', () => {
    expect(nameKey('oman')).not.toBe(nameKey('amman'));
    expect(namesMatch('oman', 'amman')).toBe(false);
  });
  it('matches surnames, near spellings and keys', () => {
    expect(namesMatch('joe biden', 'biden')).toBe(true);
    expect(namesMatch('biden', 'joe biden')).toBe(true);
    expect(namesMatch('rait', 'raite')).toBe(true);
    // A lone surname spelled one letter off still names the person given in full.
    expect(namesMatch('wendte', 'ilse wendt')).toBe(true);
    expect(namesMatch('ilse wendt', 'wendte')).toBe(true);
    expect(namesMatch('wendte', 'ilse brandt')).toBe(false);
    expect(namesMatch('erbil', 'irbil')).toBe(true);
  });
  it('does not match different names', () => {
    expect(namesMatch('joe biden', 'hunter smith')).toBe(false);
    expect(namesMatch('biden', 'aiden')).toBe(false);
    expect(namesMatch('iraq', 'iran')).toBe(false);
    expect(namesMatch('central command', 'command')).toBe(false);
    expect(namesMatch('', 'x')).toBe(false);
  });
});

describe('person names with "of" and demonym nouns', () => {
  const canon = (s: string) => extractNames(s, buildNameContext(s)).map((n) => n.canonical);

  it('splits a personal name from "of <place>" after it', () => {
    expect(canon('Hikers found Maria Lopez of the U.S. near the summit.')).toEqual(['maria lopez', 'united states']);
    expect(canon('Ann Marie Kowalski of Gdansk won the race.')).toEqual(['ann marie kowalski', 'gdansk']);
  });

  it('keeps names of bodies and places that contain "of"', () => {
    expect(canon('The Bank of England raised rates.')).toEqual(['bank of england']);
    expect(canon('Ships crossed the Gulf of Mexico.')).toEqual(['gulf of mexico']);
    expect(canon('The Central Bank of Ireland agreed.')).toEqual(['central bank of ireland']);
  });

  it('reads "Irishman" and "Englishwoman" as their country, not as part of the name', () => {
    expect(countryOf('irishman')).toBe('ireland');
    expect(countryOf('englishwoman')).toBe('england');
    expect(countryOf('chairman')).toBeNull();
    expect(canon('Rescuers reached Irishman Sean Doyle on Sunday.')).toEqual(['ireland', 'sean doyle']);
  });
});

describe('namesMatch with a middle name', () => {
  it('matches a full name with and without a middle name', () => {
    expect(namesMatch('marta lena okafor', 'marta okafor')).toBe(true);
    expect(namesMatch('marta okafor', 'marta lena okafor')).toBe(true);
  });
  it('matches a full name with a middle name whose surname is spelled one letter apart', () => {
    expect(namesMatch('callum marshe', 'callum robert marsh')).toBe(true);
    expect(namesMatch('callum marshe', 'callum robert walsh')).toBe(false);
  });
  it('needs both first and last names, and not a place or body', () => {
    expect(namesMatch('marta lena okafor', 'lena okafor')).toBe(false);
    expect(namesMatch('marta lena okafor', 'marta smith')).toBe(false);
    expect(namesMatch('new york city', 'new city')).toBe(false);
  });
});
