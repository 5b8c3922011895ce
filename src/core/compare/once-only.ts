/**
 * Once-only events: a person's death, birth, founding, wedding or election happens once, so two
 * dates for it are a conflict, not two events. Only when the sentence says plainly whose event it
 * is and dates that event itself: "Anton Varga, who was killed … in March 2019", "the death
 * of X in 1972". A charge, a trial or an attempt ("charged with the murders of", "an attempt to
 * assassinate") dates something else.
 */
import type { Claim, DateSlot } from '../model';
import { tokenize, type Token } from '../text/tokens';
import { mayNamePerson } from '../text/names';
import { lemmaPredicateClass, ONCE_ONLY_CLASSES } from './lexicon';
import { namesMatch } from './names';
import { eventDates } from './time';

/** Characters between a person's name and the verb of what happened to them ("Anton Varga, who was killed"). */
const SUBJECT_WINDOW = 60;
/** Characters between the verb and the date of the event ("died early Monday", "killed in a drone strike in March 2019"). */
const DATE_WINDOW = 25;
/** Words shortly before the verb that make it something other than the event itself. */
const NOT_THE_EVENT = new Set(['charge', 'charged', 'trial', 'accused', 'accuse', 'attempt', 'attempted', 'conspire', 'conspiring', 'conspiracy', 'suspicion', 'plot', 'plotting', 'threat', 'threaten', 'convicted', 'guilty']);
/** Tokens back such a word may stand: "convicted March 20 of first-degree murder". */
const NOT_THE_EVENT_REACH = 6;

export interface OnceOnlyEvent {
  subject: string;
  date: DateSlot;
}

function isOnceOnlyWord(t: Token): boolean {
  const cls = lemmaPredicateClass(t.lemma);
  return cls !== null && ONCE_ONLY_CLASSES.has(cls);
}

/** The once-only events a claim dates, each with the person it happens to and its own date. */
export function onceOnlyEvents(claim: Claim): OnceOnlyEvent[] {
  const tokens = tokenize(claim.text);
  const people = claim.slots.names.filter(mayNamePerson);
  const dates = eventDates(claim);
  const out: OnceOnlyEvent[] = [];
  tokens.forEach((verb, i) => {
    if (!isOnceOnlyWord(verb)) return;
    if (tokens.slice(Math.max(0, i - NOT_THE_EVENT_REACH), i).some((t) => NOT_THE_EVENT.has(t.lower))) return;
    // "the death of X" names X after the verb; else the person is the nearest name before it.
    const of = tokens[i + 1]?.lower === 'of' ? tokens[i + 1]! : null;
    const after = of ? people.find((n) => n.start > of.end && n.start - of.end <= 20) : undefined;
    const before = people.filter((n) => n.end <= verb.start && verb.start - n.end <= SUBJECT_WINDOW).sort((x, y) => y.end - x.end)[0];
    const subject = after ?? before;
    const distance = (d: DateSlot) => (d.start >= verb.end ? d.start - verb.end : verb.start - d.end);
    const date = dates.filter((d) => distance(d) >= 0 && distance(d) <= DATE_WINDOW).sort((x, y) => distance(x) - distance(y))[0];
    if (subject && date) out.push({ subject: subject.canonical, date });
  });
  return out;
}

/** The date pairs of one person's once-only event told on both sides. */
export function sharedOnceOnlyDates(a: Claim, b: Claim): [DateSlot, DateSlot][] {
  const eb = onceOnlyEvents(b);
  const out: [DateSlot, DateSlot][] = [];
  for (const x of onceOnlyEvents(a)) for (const y of eb) if (namesMatch(x.subject, y.subject)) out.push([x.date, y.date]);
  return out;
}
