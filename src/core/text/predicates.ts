/**
 * Predicate classes: what a news sentence says happened, as a general English lexicon of lemmas.
 *
 * Event classes (EVENT_CLASSES) name things that happen to people or places and can govern a
 * figure ("killed 18", "three wounded", "151 attacks"). The other classes are speech acts and
 * stances (say, condemn, deny, confirm, claim, threaten); 'say' marks attribution and never
 * governs a figure.
 *
 * 'casualty' is its own class on purpose: "casualties" means the dead, the wounded or both, so a
 * comparer should treat it as overlapping 'kill' and 'wound' rather than equal to either.
 */
import { tokenize, type Token } from './tokens';

const LEXICON: Record<string, readonly string[]> = {
  kill: [
    'kill', 'killing', 'assassinate', 'assassination', 'slay', 'murder', 'die', 'dead',
    'death', 'fatality', 'fatal', 'fatally', 'toll', 'execute', 'execution', 'massacre', 'perish',
    'behead', 'drown', 'lifeless',
  ],
  wound: ['wound', 'injure', 'injury', 'hurt', 'maim', 'hospitalise', 'hospitalize', 'hospitalisation', 'hospitalization'],
  casualty: ['casualty'],
  strike: [
    'strike', 'airstrike', 'air-strike', 'attack', 'hit', 'bomb', 'bombard',
    'bombardment', 'shell', 'raid', 'target', 'retaliate', 'retaliation', 'assault',
    'offensive', 'invade', 'invasion', 'incursion', 'counterattack', 'counter-attack',
  ],
  shoot: ['shoot', 'shooting', 'gun', 'gunfire', 'gunshot', 'crossfire'],
  explode: ['explode', 'explosion', 'blast', 'detonate', 'detonation'],
  arrest: ['arrest', 'detain', 'detention', 'detainee', 'custody', 'apprehend', 'charge', 'indict', 'indictment'],
  convict: ['convict', 'conviction', 'sentence', 'jail', 'imprison', 'imprisonment'],
  quake: ['earthquake', 'quake', 'tremor', 'magnitude', 'aftershock', 'seismic', 'epicentre', 'epicenter'],
  fire: ['fire', 'blaze', 'burn', 'wildfire', 'bushfire', 'inferno', 'arson', 'flame'],
  flood: ['flood', 'flooding', 'inundate', 'landslide', 'mudslide', 'tsunami'],
  storm: ['storm', 'hurricane', 'typhoon', 'cyclone', 'tornado'],
  crash: ['crash', 'collide', 'collision', 'derail', 'derailment'],
  damage: ['damage', 'destroy', 'destruction', 'collapse', 'flatten', 'raze'],
  evacuate: ['evacuate', 'evacuation', 'evacuee'],
  displace: ['flee', 'displace', 'displacement', 'homeless'],
  rescue: ['rescue', 'rescuer'],
  missing: ['missing', 'unaccounted', 'disappear', 'disappearance'],
  // Games, flights, deadlines missed: "missed nine games" does not count the games played.
  miss: ['miss'],
  // Time served: "served five years" is not the sentence "of seven years".
  serve: ['serve'],
  condemn: ['condemn', 'condemnation', 'criticise', 'criticize', 'criticism', 'denounce', 'blame', 'decry', 'slam'],
  deny: ['deny', 'denial', 'refute', 'reject'],
  confirm: ['confirm', 'confirmation', 'verify', 'acknowledge'],
  claim: ['claim'],
  threaten: ['threaten', 'threat', 'warn', 'warning', 'vow'],
  say: ['say', 'tell', 'state', 'statement', 'announce', 'announcement', 'according', 'report', 'declare'],
};

/** Classes that name an event and may govern a figure. */
export const EVENT_CLASSES: ReadonlySet<string> = new Set([
  'kill', 'wound', 'casualty', 'strike', 'shoot', 'explode', 'arrest', 'convict', 'quake', 'fire',
  'flood', 'storm', 'crash', 'damage', 'evacuate', 'displace', 'rescue', 'missing', 'miss', 'serve',
]);

export const PREDICATE_CLASSES: readonly string[] = Object.keys(LEXICON);

const CLASS_OF = new Map<string, string>();
for (const [cls, lemmas] of Object.entries(LEXICON)) for (const l of lemmas) CLASS_OF.set(l, cls);

export function isEventClass(cls: string | null): boolean {
  return cls !== null && EVENT_CLASSES.has(cls);
}

/** Class of a lemma out of context, or null. */
export function predicateClassOf(lemma: string): string | null {
  return CLASS_OF.get(lemma) ?? null;
}

const GUN_WORDS = new Set(['open', 'gun', 'sniper', 'rifle', 'machine-gun', 'automatic', 'return']);
const LAUNCH_WORDS = new Set(['rocket', 'mortar', 'artillery', 'missile', 'tank', 'shell']);
const SHOOT_AFTER = new Set(['at', 'shot', 'shots', 'bullet', 'bullets', 'warning']);
/** "fired on the crowd" is shooting; "a fire on the lake" is a blaze: only the verb forms count here. */
const SHOOT_AFTER_VERB = new Set(['on', 'upon', 'into']);

/** What a gun fires: "fired 9 shots", "six bullets fired", "fired a total of 9 rounds". */
const ROUND_WORDS = new Set(['shot', 'shots', 'bullet', 'bullets', 'round', 'rounds']);
/** Words that may stand between "fired" and its rounds: a count and its hedge. */
const COUNT_FILLER = new Set(['a', 'an', 'the', 'total', 'of', 'at', 'least', 'more', 'than', 'about', 'some', 'around', 'nearly', 'several', 'multiple', 'dozens', 'dozen', 'hundreds']);
const COUNT_WINDOW = 5;
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\w+)?$/;

/** "Seven bullets hit him", "hit by three bullets": a hit by gunfire is shooting, not an attack. */
const HIT_WORDS = new Set(['hit', 'strike', 'struck']);
const HIT_WINDOW = 3;

function roundsNear(tokens: readonly Token[], i: number): boolean {
  for (let j = Math.max(0, i - HIT_WINDOW); j <= i + HIT_WINDOW && j < tokens.length; j++) {
    if (j !== i && ROUND_WORDS.has(tokens[j]!.lower)) return true;
  }
  return false;
}

function roundsFollow(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= i + COUNT_WINDOW && j < tokens.length; j++) {
    const w = tokens[j]!.lower;
    if (ROUND_WORDS.has(w)) return true;
    if (!COUNT_FILLER.has(w) && !/^\d/.test(w) && !NUMBER_WORD.test(w)) return false;
  }
  return false;
}

/**
 * Class of the token at index i, using its neighbours where a word is ambiguous:
 * "opened fire" / "fired at" → shoot; "rocket fire" → strike; a bare verb "fired" (launched,
 * dismissed) → null; "fire" otherwise → fire (a blaze).
 */
export function predicateClassAt(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i];
  if (t === undefined) return null;
  // Adjectives listed as such ("missing", "injured") are found even where the lemma strips them.
  const cls = predicateClassOf(t.lower) ?? predicateClassOf(t.lemma);
  if (HIT_WORDS.has(t.lemma) && roundsNear(tokens, i)) return 'shoot';
  if (t.lemma !== 'fire' && t.lemma !== 'fires') return cls;
  const prev = tokens[i - 1]?.lemma ?? '';
  const next = tokens[i + 1]?.lower ?? '';
  const verbForm = t.lower === 'fired' || t.lower === 'firing';
  if (GUN_WORDS.has(prev) || SHOOT_AFTER.has(next) || (verbForm && SHOOT_AFTER_VERB.has(next))) return 'shoot';
  if (verbForm && (ROUND_WORDS.has(prev) || roundsFollow(tokens, i))) return 'shoot';
  if (LAUNCH_WORDS.has(prev)) return 'strike';
  if (verbForm) return null;
  return 'fire';
}

/** Distinct predicate classes stated in a text, in order of first appearance. */
export function predicateClasses(text: string): string[] {
  const tokens = tokenize(text);
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const cls = predicateClassAt(tokens, i);
    if (cls !== null) seen.add(cls);
  }
  return [...seen];
}
