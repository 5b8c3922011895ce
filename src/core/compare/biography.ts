/**
 * Who a person in the news is: where they live ("living in Adelaide", "who lived in Canada",
 * "the man, from Carlow Heights") and where they come from ("an Icelander", "the Hong
 * Kong-born Australian", "a Hong Kong native", "a Canadian climber"). Two reports that place
 * the person alike agree on that; placing them differently is left unsaid (a nationality and a
 * birthplace, a suburb and its country, are both true), so this only ever agrees.
 */
import type { Claim, NameSlot, SlotEvidence } from '../model';
import { countryOf } from '../text/demonyms';
import { foldName } from '../text/names-fold';
import { mayNamePerson, namesMatch } from '../text/names';
import { isPersonNoun } from './lexicon';
import { spanEvidence } from './spans';

export type BiographyKind = 'residence' | 'origin';

export interface BiographyFact {
  kind: BiographyKind;
  /** Canonical name of the place. */
  place: string;
  /** The phrase as written, and its offsets in the claim text. */
  raw: string;
  start: number;
  end: number;
}

// "from" only as an apposition ("The man, from Carlow Heights,"): "fired from Lebanon" is no home.
const RESIDENCE_BEFORE = /(?:\b(?:liv(?:e|es|ed|ing)|resid(?:e|es|ed|ing)|resident)\s+(?:in\s+|of\s+)?|,\s*from\s+|\bwho\s+(?:is|was)\s+from\s+)(?:the\s+)?$/i;
const ORIGIN_BEFORE = /\b(?:native\s+of|born\s+in|originally\s+from|hails?\s+from)\s+(?:the\s+)?$/i;
const BORN_AFTER = /^-born\b/i;
const NATIVE_AFTER = /^\s+native\b/i;
/** A demonym used of a person: "an Icelander", "Englishman", "Australian" before a person noun. */
const DEMONYM_SUFFIX = /(?:er|an|ian|ese|ish|man|woman|i)$/i;
/** Words after a demonym that show it names the person: "The Icelander, who…", "an Australian living…". */
const PERSON_FOLLOWER = /^(?:[,.;:)]|\s+(?:who|was|is|had|has|living|lived|died|fell|said)\b|\s*$)/i;

function nextWord(text: string, at: number): string | null {
  return /^\s+([a-z]+)/.exec(text.slice(at))?.[1] ?? null;
}

/** Nouns of a body of people, however singular their form. */
const COLLECTIVE = new Set(['personnel', 'staff', 'crew', 'team', 'group', 'force', 'military', 'police']);
/** One person brought in: "a Canadian climber", "an Australian man", "a 41-year-old Australian climber". */
const ONE_PERSON_LEAD = /\b(?:a|an|one)\s+(?:[\w-]+-year-old\s+)?$/i;

/** One person, not a group: "climber", "man" ("troops", "climbers" and "personnel" are many). */
function singularPersonNoun(word: string | null): boolean {
  return word !== null && !word.endsWith('s') && !COLLECTIVE.has(word) && isPersonNoun(word);
}

/** A country named by its people's name ("Australian", "Icelander", "Englishman"). */
function isDemonym(n: NameSlot): boolean {
  const folded = foldName(n.raw);
  const country = countryOf(folded);
  return country !== null && folded !== country && DEMONYM_SUFFIX.test(n.raw);
}

/**
 * A country given as one person's origin: a demonym of the person ("the Icelander,",
 * "Englishman Owen Hartley", "an Australian climber") or the country before a person noun
 * ("a Hong Kong climber").
 */
function originOfPerson(claim: Claim, n: NameSlot): boolean {
  const folded = foldName(n.raw);
  const country = countryOf(folded);
  if (!country) return false;
  const after = claim.text.slice(n.end);
  const lead = claim.text.slice(Math.max(0, n.start - 30), n.start);
  if (singularPersonNoun(nextWord(claim.text, n.end)) && ONE_PERSON_LEAD.test(lead)) return true;
  if (!isDemonym(n)) return false;
  const person = claim.slots.names.find((m) => mayNamePerson(m) && m.start > n.end && /^\s+$/.test(claim.text.slice(n.end, m.start)));
  return PERSON_FOLLOWER.test(after) || person !== undefined;
}

// A page's claim meets dozens of candidates: its biography is read once.
const read = new WeakMap<Claim, BiographyFact[]>();

export function biographyOf(claim: Claim): BiographyFact[] {
  let facts = read.get(claim);
  if (!facts) read.set(claim, (facts = readBiography(claim)));
  return facts;
}

function readBiography(claim: Claim): BiographyFact[] {
  const out: BiographyFact[] = [];
  let last: BiographyFact | null = null;
  const demonyms: BiographyFact[] = [];
  for (const n of claim.slots.names) {
    if (n.kind !== 'place') continue;
    const before = claim.text.slice(Math.max(0, n.start - 30), n.start);
    const after = claim.text.slice(n.end);
    const fact = (kind: BiographyKind, start: number, end: number) => {
      last = { kind, place: n.canonical, raw: claim.text.slice(start, end), start, end };
      out.push(last);
    };
    const origin = ORIGIN_BEFORE.exec(before);
    const residence = RESIDENCE_BEFORE.exec(before);
    const prev = last as BiographyFact | null;
    if (origin) fact('origin', n.start - origin[0].length, n.end);
    else if (residence) fact('residence', n.start - residence[0].replace(/^,\s*/, '').length, n.end);
    // "living in Adelaide, Australia": the country of the place just given.
    else if (prev?.kind === 'residence' && /^,\s*$/.test(claim.text.slice(prev.end, n.start))) fact('residence', n.start, n.end);
    else if (BORN_AFTER.test(after)) fact('origin', n.start, n.end + '-born'.length);
    else if (NATIVE_AFTER.test(after)) fact('origin', n.start, n.end + NATIVE_AFTER.exec(after)![0].length);
    else if (originOfPerson(claim, n)) {
      fact('origin', n.start, n.end);
      demonyms.push(out[out.length - 1]!);
    }
  }
  // "One Canadian and one Irish climber", "Canadian, Irish climbers": two people, so
  // neither nationality is the person's the other report speaks of.
  const countries = new Set(claim.slots.names.filter(isDemonym).map((n) => n.canonical));
  return countries.size > 1 ? out.filter((f) => !demonyms.includes(f)) : out;
}

/** People each claim names, other than the place names: two different ones are two people. */
function namedPeople(claim: Claim): string[] {
  return claim.slots.names.filter(mayNamePerson).map((n) => n.canonical);
}

/** Both claims name people, and none alike: they speak of different people. */
function differentPeople(a: Claim, b: Claim): boolean {
  const pa = namedPeople(a);
  const pb = namedPeople(b);
  return pa.length > 0 && pb.length > 0 && !pa.some((x) => pb.some((y) => namesMatch(x, y)));
}

/**
 * The person placed alike on both sides: the same place of residence, or the same country of
 * origin. Nothing when the claims name different people.
 */
export function compareBiographies(a: Claim, b: Claim): SlotEvidence[] {
  const ba = biographyOf(a);
  if (ba.length === 0) return [];
  const bb = biographyOf(b);
  if (bb.length === 0 || differentPeople(a, b)) return [];
  const out: SlotEvidence[] = [];
  for (const x of ba) {
    const y = bb.find((f) => f.kind === x.kind && namesMatch(f.place, x.place));
    if (!y) continue;
    const note = x.kind === 'residence' ? 'where the person lives' : 'where the person comes from';
    out.push(spanEvidence('name', 'agree', x, y, note));
  }
  return out;
}
