/**
 * How well something was done, said two opposite ways ("well equipped" against "insufficiently
 * equipped" or "ill-equipped"; "well prepared" against "poorly prepared") or alike. The participle
 * must be the same word; the degree words are general English.
 */
import type { Claim, SlotEvidence } from '../model';
import { lemma } from '../text/tokens';
import { spanEvidence, type Spanned } from './spans';

const GOOD = 'well|fully|properly|adequately|sufficiently|suitably|thoroughly';
const BAD = 'ill|poorly|badly|insufficiently|inadequately|improperly|under';
/** A degree word, an optional "not" before it, then the participle ("not well equipped", "ill-equipped", "under-equipped"). */
const QUALITY = new RegExp(`\\b(not\\s+)?(${GOOD}|${BAD})["“”'‘’]?(?:\\s+|-)["“”'‘’]?([a-z]{3,}ed)\\b`, 'gi');
const BAD_WORD = new RegExp(`^(?:${BAD})$`, 'i');

interface Quality extends Spanned {
  good: boolean;
  participle: string;
}

export function qualitiesOf(text: string): Quality[] {
  const out: Quality[] = [];
  for (const m of text.matchAll(QUALITY)) {
    const negated = m[1] !== undefined;
    const bad = BAD_WORD.test(m[2]!);
    // The phrase as read, without quotation marks around the degree word ('"insufficiently" equipped').
    const raw = m[0].replace(/["“”'‘’]/g, '');
    out.push({ good: negated === bad, participle: lemma(m[3]!.toLowerCase()), raw, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The same participle qualified on both sides: oppositely ("well equipped" / "insufficiently
 * equipped") a difference, alike ("insufficiently equipped" / "ill-equipped") an agreement.
 */
export function compareQualities(a: Claim, b: Claim): SlotEvidence[] {
  const out: SlotEvidence[] = [];
  const theirs = qualitiesOf(b.text);
  for (const qa of qualitiesOf(a.text)) {
    const qb = theirs.find((q) => q.participle === qa.participle);
    if (!qb) continue;
    const alike = qb.good === qa.good;
    out.push(spanEvidence('polarity', alike ? 'agree' : 'differ', qa, qb, alike ? null : 'said to be done well on one side, badly on the other'));
  }
  return out;
}
