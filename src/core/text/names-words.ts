/** Word lists (general English) that shape proper-name runs. All lower case, without dots. */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Titles and ranks: kept out of the name ("President Lerato Mokoena" → "lerato mokoena"); mark a person. */
export const TITLES = set(`
  president vice prime minister secretary gen general maj major lt lieutenant col colonel capt
  captain sgt sergeant cpl corporal pvt private adm admiral cmdr commander mr mrs ms miss dr prof professor sen
  senator rep representative gov governor mayor king queen prince princess pope sheikh sheik ayatollah
  imam rabbi rev reverend bishop cardinal archbishop chancellor ambassador judge justice chief
  inspector detective officer spokesman spokeswoman spokesperson director chairman chairwoman
  speaker deputy emir sultan premier lord lady sir dame brig brigadier commissioner superintendent supt
  constable minister-president pres hon
`);

/** Capitalised at a sentence start without being names. */
export const STOP_WORDS = set(`
  the a an this that these those there here it its he she they we i you his her their our my your
  but and or nor so yet however meanwhile moreover furthermore also although though while when
  whenever where why how what who whom whose which if unless because since as after before during
  in on at by for from with without to of into onto over under about above below between among
  across through throughout toward towards upon within along around near despite
  no not none nothing some any many much most more few several each every all both either neither
  other another such one two three four five six seven eight nine ten first second third last
  next earlier later then now today yesterday tomorrow tonight still already just only even
  yes oh well instead indeed thus hence therefore additionally separately overall finally
  according asked speaking following amid among
  officials authorities police witnesses residents reports sources people
  mr mrs ms
`);

/** Lower-case particles allowed inside a name ("Bank of England", "Osama bin Laden"). */
export const PARTICLES = set('al el bin ibn bint de del della da dos das do du van von der den ter di la le of the y');

export const MONTHS_AND_DAYS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Last words that make a name an organisation. */
export const ORG_SUFFIXES = set(`
  command council ministry department party police army force forces corps agency university
  company inc corp co ltd llc plc group brigades brigade committee commission bank association
  organization organisation union institute court office service services navy guard front
  movement authority administration airlines airways network foundation fund church hospital
  school college club federation assembly parliament senate congress cabinet government
  center centre team mission press news times post agency bureau board society alliance coalition
  militia regiment battalion division fleet airforce guards ministries committee tribunal
`);

/** Last words that make a name a place. */
export const PLACE_SUFFIXES = set(`
  city province county district region street avenue road square river island islands
  mountains mountain valley sea ocean lake bay gulf coast airport base strait peninsula desert
  village town park bridge border hut glacier peak canyon harbour harbor reef plaza
`);

/** A capitalised name right after one of these is most likely a place. */
export const PLACE_PREPOSITIONS = set('in near at from outside inside across into toward towards around throughout via');

/** Verbs that follow a speaker's name. */
export const SPEECH_VERBS = set('said says told added wrote stated tweeted explained noted warned');
