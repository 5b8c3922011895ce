/**
 * The verdict on two claims: agree / differ / updated / related, with evidence. Precision first:
 * `differ` needs a strong frame and a conflict beyond hedges; running counts reported at different
 * times are `updated`; anything doubtful falls back to `related`.
 */
import type { Claim, QuantitySlot, Relation, SlotEvidence, Verdict } from '../model';
import { hasSpecificAgreement, sameCountOfSameThings, sameExactCount, sameMomentOfOnePerson, sameParticulars } from './agreement';
import { isHardDateConflict, evidenceOf } from './dates';
import { sameClockTime } from './clock';
import { tellsAnotherEvent } from './aside';
import { compareCalibres, compareVehicles, otherGames, type DesignationComparison } from './designations';
import { compareConditions } from './condition';
import { lemmasOf, sharedCount } from './features';
import { sameFrame, type FrameContext, type FrameMatch } from './frame';
import { ageHolder, isAge } from './holders';
import { namesMatch } from './names';
import { negatesSharedWord, NEGATION_CUE } from './negation';
import { nounClass } from './lexicon';
import { conflictEvidence } from './quantities';
import { judgeConflict, laterHigher, risenLater } from './running';
import { compareSlots } from './slots';
import type { ArticleRef } from './types';
import { attributionEvidence } from './wording';
import { spanEvidence } from './spans';

/** Lexical overlap needed to call two slot-less claims with a strong frame the same statement (long
 * sentences on one event share few of their words: measured on the dev corpus and the near-miss library). */
const AGREE_WITHOUT_SLOTS_LEXICAL = 0.12;
/** The same, when the one name both share is a place: many statements of a story happen there. */
const PLACE_ONLY_AGREE_LEXICAL = 0.15;
/** Lexical overlap at which two claims with shared names read as one statement. */
const SAME_WORDING_LEXICAL = 0.5;
/** Overlap at which two figureless claims of a story about one kind of event state one thing. */
const STORY_STATEMENT_LEXICAL = 0.25;
/** Lexical overlap of two copies of one sentence. */
const COPY_LEXICAL = 0.6;
/** Lexical overlap needed before opposite polarity counts as a conflict. */
const POLARITY_LEXICAL = 0.5;

/** How many kinds of figure (by unit, else counted noun) differ between the two sides. */
function differingKinds(evidence: SlotEvidence[], a: Claim): number {
  const kinds = new Set<string>();
  for (const e of evidence) {
    if (e.status !== 'differ') continue;
    if (e.kind !== 'quantity') {
      kinds.add(e.kind);
      continue;
    }
    const q = a.slots.quantities.find((x) => e.hereSpan && x.start === e.hereSpan[0]);
    kinds.add(q ? (q.unit ?? (q.noun ? nounClass(q.noun) : 'count')) : 'quantity');
  }
  return kinds.size;
}

/** Both ages are attached to a named person (first and last name), the same on both sides. */
function agedPersonOnBothSides(a: Claim, qa: QuantitySlot, b: Claim, qb: QuantitySlot): boolean {
  const ha = ageHolder(a, qa);
  const hb = ageHolder(b, qb);
  return ha !== null && hb !== null && ha.includes(' ') && hb.includes(' ') && namesMatch(ha, hb);
}

/** Fewest content words of a statement found within another for it to count as said there. */
const WITHIN_MIN_WORDS = 5;
const WITHIN_SHARE = 0.75;

/** Most of the shorter claim's content words are in the longer one. */
function containedIn(a: Claim, b: Claim): boolean {
  const [short, long] = [lemmasOf(a), lemmasOf(b)].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
  return short.size >= WITHIN_MIN_WORDS && sharedCount(short, long) >= WITHIN_SHARE * short.size;
}

const RANK: Record<Verdict, number> = { related: 0, agree: 1, updated: 2, differ: 3 };

function judge(frame: FrameMatch, a: Claim, aRef: ArticleRef, b: Claim, bRef: ArticleRef): { verdict: Verdict; evidence: SlotEvidence[] } {
  const slots = compareSlots(a, b);
  const evidence: SlotEvidence[] = [];
  let verdict: Verdict = 'related';
  let doubts = 0;
  let agreements = 0;
  let runningUpdate = false;
  const raise = (v: Verdict) => {
    if (RANK[v] > RANK[verdict]) verdict = v;
  };

  // Figures: ignored when the two sides count over different scopes.
  if (!frame.scopeConflict) {
    const q = slots.quantities;
    for (const c of q.conflicts) {
      if (!frame.strong && frame.runningTie && c.strong && judgeConflict(c, a, aRef, b, bRef) === 'updated' && laterHigher(c, aRef, bRef)) {
        evidence.push(conflictEvidence(c, 'updated', 'a running figure reported at another time'));
        runningUpdate = true;
        continue;
      }
      // Tied only through the sentences before, a count may be a part ("two bullets struck his
      // legs"); a measure ("fell 400 metres") is the one fact's.
      if (!frame.strong || !c.strong || (frame.contextTie && (c.a.unit === null || c.b.unit === null))) {
        doubts++;
        continue;
      }
      const v = judgeConflict(c, a, aRef, b, bRef);
      evidence.push(conflictEvidence(c, v, v === 'updated' ? 'a running figure reported at another time' : null));
      raise(v);
    }
    for (const p of q.agreedPairs) {
      if (frame.strong && p.strength === 'strong' && risenLater(p, a, aRef, b, bRef)) {
        evidence.push(spanEvidence('quantity', 'updated', p.a, p.b, 'a running figure reported at another time'));
        raise('updated');
      }
    }
    const updatedSpans = new Set(evidence.map((e) => e.hereSpan?.[0]));
    evidence.push(...q.evidence.filter((e) => !updatedSpans.has(e.hereSpan?.[0])));
    agreements += q.agreements;
  }

  // Dates: a differing date is a conflict only for a once-only fact (a person's death).
  for (const c of slots.dates.conflicts) {
    const ofTheEvent = frame.onceOnlyDates.some(([x, y]) => x === c.a && y === c.b);
    if (frame.strong && ofTheEvent && isHardDateConflict(c)) {
      evidence.push(evidenceOf(c.a, c.b, 'differ', `${c.a.granularity} vs ${c.b.granularity}`));
      raise('differ');
    } else doubts++;
  }
  evidence.push(...slots.dates.evidence);
  agreements += slots.dates.agreements;

  for (const d of slots.directions) {
    evidence.push(d);
    if (d.status === 'agree') agreements++;
    else if (frame.strong) raise('differ');
    else doubts++;
  }

  // One person's state said two opposite ways ("well equipped" / "insufficiently equipped"), or
  // alike: the participle is the event, so a shared person is frame enough.
  const qualityAlike = slots.qualities.some((e) => e.status === 'agree') && frame.sharedPerson && frame.time !== 'apart';
  for (const e of slots.qualities) {
    evidence.push(e);
    if (e.status === 'agree') agreements++;
    else if (frame.strong || (frame.sharedPerson && frame.time !== 'apart')) raise('differ');
    else doubts++;
  }

  // A person's name spelled two ways in otherwise one statement: shown as a difference.
  for (const e of slots.spellings) {
    evidence.push(e);
    if (frame.strong) raise('differ');
  }

  // Where the person lives or comes from, placed alike: an agreement, never a conflict. Many
  // people share a home country, so only for claims dated alike (another year's climber is not this one).
  const biography = frame.time === 'same' ? slots.biography : [];
  for (const e of biography) {
    evidence.push(e);
    agreements++;
  }

  for (const e of slots.quotes) {
    evidence.push(e);
    if (e.status === 'agree') agreements++;
    else doubts++; // altered wording is shown, never highlighted
  }

  if (slots.polarity) {
    // Two copies of one quotation cannot disagree in polarity: the negation reading is at fault.
    const sameQuote = slots.quotes.some((q) => q.status === 'agree') || frame.quoteMatch;
    const positive = a.polarity === 'positive' ? a : b;
    const negative = a.polarity === 'positive' ? b : a;
    // Both sides carry the same negation cue ("can't" / "cant") in nearly the same words: the
    // polarity reading is at fault, not the outlets, and the reader is not shown it.
    const misread = NEGATION_CUE.test(positive.text) && NEGATION_CUE.test(negative.text) && frame.lexical >= COPY_LEXICAL;
    const deniesShared = negatesSharedWord(negative, positive);
    // A negation beside an exact count both give ("not able to reach his three companions" /
    // "with three companions") denies something else, not what the two say alike.
    const aside = !deniesShared && sameExactCount(slots);
    if (!misread && !aside) evidence.push(slots.polarity);
    if (frame.strong && !sameQuote && !NEGATION_CUE.test(positive.text) && frame.lexical >= POLARITY_LEXICAL && deniesShared) raise('differ');
    else if (!misread && !aside) doubts++;
  }

  // Conflicts on two different kinds of slot (an age and a distance, an age and the day) with nothing agreeing point
  // at two different people or events in one sentence, not at outlets that disagree.
  // Any date mismatch counts here (even a day's slack): it only ever withdraws a differ.
  const dateConflict = slots.dates.conflicts.length > 0 && !evidence.some((e) => e.kind === 'date' && e.status === 'differ') ? 1 : 0;
  // Unless the differing age is attached to the same named person on both sides ("Jane Doe, 32" /
  // "31-year-old Jane Doe"): then the sentences are about one person, and both differences stand.
  const onePerson = slots.quantities.conflicts.some((c) => isAge(c.a) && isAge(c.b) && agedPersonOnBothSides(a, c.a, b, c.b));
  if ((verdict as Verdict) === 'differ' && agreements === 0 && !onePerson && differingKinds(evidence, a) + dateConflict >= 2) {
    verdict = 'related';
    for (const e of evidence) if (e.status === 'differ') doubts++;
  }

  // A clock time both give where one side has no date to carry it (an undated report's "4:30
  // a.m."): agreed. Dated on both sides, the date slots compare it (sameMomentOfOnePerson).
  const clock = frame.sameClock ? sameClockTime(a, b) : null;
  if (clock) {
    evidence.push(clock);
    agreements++;
  }

  // Tied only by their story, two claims are one fact only if a specific slot agrees (a precise
  // figure, a day, a quotation): shared words alone are how two similar stories read.
  // A running count of the story's one event that rose in the later report, nothing else in doubt.
  const storyUpdate = runningUpdate && verdict === 'related' && doubts === 0;
  // A reworded sentence without figures is one statement by its words alone.
  const figureless = a.slots.quantities.length === 0 && b.slots.quantities.length === 0;
  // Figureless and worded alike around the same kind of event: one statement of the story.
  // A reworded copy whose every figure agrees ("One person has been arrested" / "One person is
  // believed to have been arrested") is one statement too.
  const q = slots.quantities;
  // ("several times" fits "three times" without saying it.)
  const figuresAlike =
    q.conflicts.length === 0 && q.incomparable === 0 && q.agreements >= Math.min(a.slots.quantities.length, b.slots.quantities.length) &&
    q.agreedPairs.length > 0 && q.agreedPairs.every((p) => p.a.hedge !== 'vague' && p.b.hedge !== 'vague');
  // The same exact count of the same things in the same kind of event of one story ("one person
  // has been arrested" / "one person was arrested") is one statement too.
  const sameCount = frame.runningTie && figuresAlike && sameExactCount(slots);
  // Figures on one side only ("grabbed jewels worth €2m and set fire to the car" / "set fire to the
  // car"), or figures of kinds the other side does not give ("four men" / "worth €2m"), contradict
  // nothing the other says.
  const figuresUnshared = q.agreements === 0 && q.conflicts.length === 0 && q.incomparable === 0;
  // A short statement said nearly word for word within a longer sentence of the story ("they set fire
  // to the vehicle and fled in another car" / "…, before setting fire to the vehicle and escaping in another car").
  const saidWithin = frame.viaStory && frame.predicates.length > 0 && frame.nouns !== 'different' && frame.time === 'same' && !frame.scopeConflict && containedIn(a, b);
  const storyStatement =
    sameCount ||
    (figureless && frame.storyCopy) ||
    (figuresUnshared && ((frame.strong && frame.lexical >= STORY_STATEMENT_LEXICAL) || saidWithin)) ||
    (frame.storyCopy && !figureless && figuresAlike);
  if (frame.viaStory && !storyStatement && !hasSpecificAgreement(slots) && !clock) {
    if (verdict !== 'related') verdict = 'related';
    doubts++;
  }
  if (storyUpdate) verdict = 'updated';

  // Figures over different scopes are different facts, whatever else lines up.
  if (frame.scopeConflict && a.slots.quantities.length > 0 && b.slots.quantities.length > 0) doubts++;

  // Undated and tied by one city only ("four robbers hit a Paris store"): two heists read alike,
  // unless the two articles are known to tell one story.
  const looselyTied = frame.placeOnly && !frame.sameStory && frame.time === 'unknown' && !frame.quoteMatch && frame.lexical < SAME_WORDING_LEXICAL;
  if (verdict === 'related' && doubts === 0 && !looselyTied) {
    // Nearly the same words (wire copy reworded) need no event verb to be one statement.
    // A precise figure both give for the same counted thing ("four bullets") is one fact too.
    // One person's state said alike ("insufficiently equipped" / "ill-equipped") is the statement itself.
    const comparable = frame.predicates.length > 0 || clock !== null || qualityAlike || frame.quoteMatch || frame.lexical >= SAME_WORDING_LEXICAL || (frame.anchorFigure && frame.nouns === 'same') || biography.length > 0 || sameCountOfSameThings(frame, slots, a, b) || sameMomentOfOnePerson(frame, slots, a, b);
    // Near copies of one sentence with a shared name and no figures state one fact, whatever their
    // verb (with figures, "killed 5 soldiers" / "killed 3 civilians" read alike but are two facts).
    const copy = ((!frame.viaStory && frame.lexical >= COPY_LEXICAL) || frame.storyCopy) && figureless;
    if (comparable && agreements > 0) verdict = 'agree';
    else if (agreements === 0 && ((frame.strong && frame.lexical >= (frame.placeOnly ? PLACE_ONLY_AGREE_LEXICAL : AGREE_WITHOUT_SLOTS_LEXICAL)) || copy || (figuresUnshared && saidWithin))) verdict = 'agree';
    else if (sameParticulars(frame, slots)) verdict = 'agree';
  }

  // Two final scores that differ are two games ("a 31-24 victory" / "a 20-13 win"); "also …
  // another robbery" on one side only is another event than the other side's.
  if (otherGames(a, b) || tellsAnotherEvent(a) !== tellsAnotherEvent(b)) verdict = 'related';

  if (verdict !== 'related') {
    const attribution = attributionEvidence(a, b, verdict);
    if (attribution) evidence.push(attribution);
  }
  return { verdict, evidence };
}

/**
 * Relation resting on designations alone (no other frame): one weapon, same or different calibre;
 * one vehicle; as many badly hurt.
 */
function designationRelation(found: DesignationComparison[]): Relation {
  const verdict = found.some((c) => c.status === 'differ') ? 'differ' : 'agree';
  return { verdict, score: 0.6, evidence: found.map((c) => c.evidence) };
}

function designationsCompared(a: Claim, b: Claim): DesignationComparison[] {
  return [compareCalibres(a, b), compareVehicles(a, b), compareConditions(a, b)].filter((c) => c !== null);
}

/**
 * Compare two claims from two articles. Returns null when they are not about the same fact.
 */
export function compareClaims(a: Claim, aRef: ArticleRef, b: Claim, bRef: ArticleRef, context: FrameContext = {}): Relation | null {
  const frame = sameFrame(a, aRef, b, bRef, context);
  const designations = designationsCompared(a, b);
  if (!frame) return designations.length > 0 && context.sameStory ? designationRelation(designations) : null;
  const judged = judge(frame, a, aRef, b, bRef);
  let { verdict } = judged;
  const { evidence } = judged;
  // The one weapon of a story described with two calibres is a difference whatever else lines up;
  // named alike, with nothing else in conflict, it is the agreement.
  if (designations.length > 0 && (context.sameStory || frame.sharedNames.length > 0)) {
    evidence.push(...designations.map((d) => d.evidence));
    if (designations.some((d) => d.status === 'differ')) verdict = 'differ';
    else if (verdict === 'related' && !evidence.some((e) => e.status !== 'agree')) verdict = 'agree';
  }
  const slotStrength = evidence.length > 0 ? 0.3 : 0;
  const score = Math.min(1, 0.7 * frame.score + slotStrength);
  return { verdict, score: Math.round(score * 1000) / 1000, evidence };
}

export { RANK as VERDICT_RANK };
