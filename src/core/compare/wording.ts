/**
 * Non-numeric slots: quotations (identical, trimmed, altered), polarity, attribution and compass
 * directions relative to one place ("55 km west of X" vs "55 km south of X").
 */
import type { Claim, SlotEvidence } from '../model';
import { quoteWords } from './features';
import { quoteOverlap } from './frame';
import { directionKey } from './lexicon';
import { namesMatch } from './names';
import { spanEvidence } from './spans';

function containsRun(long: string[], short: string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) if (long[i + k] !== short[k]) continue outer;
    return true;
  }
  return false;
}

/** Quotes of the same statement: agree when the words are the same or one is a cut of the other. */
export function compareQuotes(a: Claim, b: Claim): SlotEvidence[] {
  const out: SlotEvidence[] = [];
  for (const qa of a.slots.quotes) {
    for (const qb of b.slots.quotes) {
      if (quoteOverlap(qa.text, qb.text) < 0.6) continue;
      const wa = quoteWords(qa.text);
      const wb = quoteWords(qb.text);
      const same = wa.join(' ') === wb.join(' ');
      const trimmed = !same && (containsRun(wa, wb) || containsRun(wb, wa));
      out.push({
        kind: 'quote',
        status: same || trimmed ? 'agree' : 'differ',
        here: qa.text,
        there: qb.text,
        hereSpan: [qa.start, qa.end],
        thereSpan: [qb.start, qb.end],
        note: same ? null : trimmed ? 'one quote is a shortened form of the other' : 'quoted words differ',
      });
    }
  }
  return out;
}

function snippet(text: string, max = 90): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

export function comparePolarity(a: Claim, b: Claim): SlotEvidence | null {
  if (a.polarity === b.polarity) return null;
  return {
    kind: 'polarity',
    status: 'differ',
    here: snippet(a.text),
    there: snippet(b.text),
    hereSpan: null,
    thereSpan: null,
    note: a.polarity === 'negative' ? 'this side negates it' : 'the other side negates it',
  };
}

/** "X says … · Y says …" when the two sides rest on different named parties. */
/** A source the claim names ("Africom", "Mayor Ana Vilsen"), not a generic "officials" or "police". */
function namedSource(claim: Claim): boolean {
  const source = claim.attribution;
  if (source === null) return false;
  return /\p{Lu}/u.test(source) || claim.slots.names.some((n) => n.canonical === source || namesMatch(n.canonical, source));
}

export function attributionNote(a: Claim, b: Claim): string | null {
  if (!a.attribution || !b.attribution) return null;
  // "Officials" here and "authorities" there is no disagreement between parties worth showing.
  if (!namedSource(a) && !namedSource(b)) return null;
  if (namesMatch(a.attribution, b.attribution)) return null;
  return `${a.attribution} says … · ${b.attribution} says …`;
}

export function attributionEvidence(a: Claim, b: Claim, status: SlotEvidence['status']): SlotEvidence | null {
  const note = attributionNote(a, b);
  if (!note || !a.attribution || !b.attribution) return null;
  return { kind: 'attribution', status, here: a.attribution, there: b.attribution, hereSpan: null, thereSpan: null, note };
}

interface Bearing {
  direction: string;
  place: string;
  start: number;
  end: number;
  raw: string;
}

const BEARING =
  /\b(north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|north|south|east|west)(?:ern)?\s+of\s+((?:the\s+)?[A-Z][\p{L}'-]*(?:\s+[A-Z][\p{L}'-]*)*)/gu;

/** "shaking residents from San Francisco to north of Sacramento": the reach of an event, not where it is. */
const EXTENT_BEFORE = /\b(?:to|from|as far as|up to)\s+$/i;

export function bearingsOf(text: string): Bearing[] {
  return [...text.matchAll(BEARING)].filter((m) => !EXTENT_BEFORE.test(text.slice(0, m.index!))).map((m) => ({
    direction: directionKey(m[1]!),
    place: m[2]!,
    start: m.index!,
    end: m.index! + m[0].length,
    raw: m[0],
  }));
}

const POINTS = ['north', 'south', 'east', 'west'];
function compassPoints(direction: string): Set<string> {
  return new Set(POINTS.filter((p) => direction.includes(p)));
}

/** Same place, disjoint compass points (west vs south) → differ; north-west vs west is not a conflict. */
export function compareDirections(a: Claim, b: Claim): SlotEvidence[] {
  const out: SlotEvidence[] = [];
  for (const ba of bearingsOf(a.text)) {
    for (const bb of bearingsOf(b.text)) {
      if (!namesMatch(ba.place, bb.place)) continue;
      const pa = compassPoints(ba.direction);
      const pb = compassPoints(bb.direction);
      const shared = [...pa].some((p) => pb.has(p));
      out.push(spanEvidence('direction', shared ? 'agree' : 'differ', ba, bb));
    }
  }
  return out;
}

/**
 * One person's full name spelled two ways ("Callum Marsh" / "Callum Marshe"): same given names, the
 * surname one trailing letter longer. Transliterations change letters inside a name (Hudaydah/Hodeidah)
 * and are not reported; places are never reported.
 */
export function isSurnameMisspelling(a: string, b: string): boolean {
  const ta = a.toLowerCase().split(/\s+/).filter(Boolean);
  const tb = b.toLowerCase().split(/\s+/).filter(Boolean);
  if (!sameGivenNames(ta, tb)) return false;
  const [x, y] = [ta[ta.length - 1]!, tb[tb.length - 1]!].sort((p, q) => p.length - q.length) as [string, string];
  return x.length >= 4 && y.length === x.length + 1 && y.startsWith(x) && /^\p{L}$/u.test(y.slice(-1));
}

/**
 * Same given names before the surname; a lone surname ("Marshe", said of the person named in full
 * elsewhere) stands for a full name of two or three words, as news copy refers to people.
 */
function sameGivenNames(ta: string[], tb: string[]): boolean {
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length === 1) return long.length >= 2 && long.length <= 3;
  // A middle name on one side only ("Jane Doe" / "Jane Ann Doe"): the same first name is enough.
  if (short.length === 2 && long.length === 3) return short[0] === long[0];
  if (short.length !== long.length) return false;
  for (let i = 0; i < short.length - 1; i++) if (short[i] !== long[i]) return false;
  return true;
}

export function compareNameSpellings(a: Claim, b: Claim): SlotEvidence[] {
  const out: SlotEvidence[] = [];
  for (const na of a.slots.names) {
    if (na.kind === 'place') continue;
    const nb = b.slots.names.find((n) => n.kind !== 'place' && isSurnameMisspelling(na.canonical, n.canonical));
    if (!nb) continue;
    out.push(spanEvidence('name', 'differ', na, nb, 'the name is spelled differently'));
  }
  return out;
}
