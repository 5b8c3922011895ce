/**
 * British spellings folded to American ones, so that a London and a New York outlet word one
 * sentence with the same lemmas ("jewellery"/"jewelry", "criticised"/"criticized").
 * Applied to lemmas (after inflection is stripped), never to the text shown to readers.
 */
import { wordTable } from './word-table';

const WHOLE_WORDS = wordTable<string>({
  jewellery: 'jewelry', jeweller: 'jeweler', grey: 'gray', tyre: 'tire', ageing: 'aging',
  judgement: 'judgment', programme: 'program', catalogue: 'catalog', defence: 'defense',
  offence: 'offense', licence: 'license', pretence: 'pretense', aluminium: 'aluminum',
  plough: 'plow', mould: 'mold', sceptic: 'skeptic', sceptical: 'skeptical', manoeuvre: 'maneuver',
  moustache: 'mustache', pyjamas: 'pajamas', enrolment: 'enrollment', fulfil: 'fulfill',
  instalment: 'installment', kerb: 'curb', sulphur: 'sulfur', foetus: 'fetus', paediatric: 'pediatric',
  anaesthetic: 'anesthetic', oestrogen: 'estrogen', diarrhoea: 'diarrhea', haemorrhage: 'hemorrhage',
});

/** Stems spelt "-our" in Britain ("colour", "neighbourhood", "favourite"). */
const OUR_STEMS = /^(col|fav|hon|lab|neighb|behavi|harb|rum|arm|vig|hum|od|vap|endeav|savi|parl|splend|tum|val|clam|flav|rig|cand|ard|ferv)our/;

/** "-ise" verbs spelt "-ize" in America, by the letters before the suffix; words always in "-ise" excluded. */
const ISE = /(?:[aeiou][lnrtc]|gn|ph|rd|ur|im|th|og)is(e|er|ation)$/;
const ALWAYS_ISE: ReadonlySet<string> = new Set(['arise', 'precise', 'treatise', 'anise', 'valise', 'reprise', 'expertise', 'imprecise']);

/** "-tre" nouns spelt "-ter" ("centre", "kilometre", "calibre"). */
const TRE = /(?:cent|theat|met|lit|fib|calib|spect|somb|lust|meag|sab)re$/;

/** Verbs doubling a final "l" before a suffix only in Britain ("travelled", "cancelling", "labeller"). */
const DOUBLED_L = /^(travel|cancel|label|model|fuel|signal|total|channel|level|counsel|quarrel|tunnel|funnel|shovel|dial|unravel|pencil|marshal|rival|jewel)l(er|or|ing)?$/;

export function americanSpelling(lemma: string): string {
  const whole = WHOLE_WORDS[lemma];
  if (whole !== undefined) return whole;
  if (OUR_STEMS.test(lemma)) return lemma.replace(/our/, 'or');
  if (lemma.length > 5 && ISE.test(lemma) && !ALWAYS_ISE.has(lemma)) return lemma.replace(/is(e|er|ation)$/, 'iz$1');
  if (/lys(e|er)$/.test(lemma)) return lemma.replace(/lys(e|er)$/, 'lyz$1'); // analyse, paralyse
  if (TRE.test(lemma)) return lemma.slice(0, -2) + 'er';
  const doubled = DOUBLED_L.exec(lemma);
  if (doubled) return doubled[1]! + (doubled[2] ?? '');
  return lemma;
}
