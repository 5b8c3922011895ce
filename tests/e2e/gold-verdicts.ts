/**
 * Judges what the extension flagged on a fixture page against the gold in tests/fixtures/facts.ts.
 * Runs in Node on plain data read from the popup and the page. Precision first: a "differ" the
 * gold does not back (it says agree, updated or unrelated, or says nothing) is an error; an agree
 * or updated link on a hard negative is an error; agree/updated mix-ups are reported as notes.
 */
import { FACTS, PAGES, UNRELATED, type ExpectedVerdict, type PageId } from '../fixtures/facts';

export type PaintedVerdict = 'agree' | 'differ' | 'updated';

/** One other outlet named on a flagged claim, as the popup lists it. */
export interface FlaggedOutlet {
  site: string;
  verdict: PaintedVerdict | 'related';
}

export interface FlaggedClaim {
  text: string;
  verdict: PaintedVerdict;
  outlets: FlaggedOutlet[];
}

export type GoldRelation = ExpectedVerdict | 'unrelated';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A gold quote and a flagged text refer to the same sentence when one contains the other. */
export function sameSentence(quote: string, text: string): boolean {
  const a = squash(quote);
  const b = squash(text);
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

/** Pages among `library` whose outlet name is `site` (two pages can share an outlet). */
export function pagesOfSite(site: string, library: readonly PageId[]): PageId[] {
  return library.filter((page) => PAGES[page].site === site);
}

/** What the gold says between the sentence `text` on `page` and anything on `others`. */
export function goldRelations(page: PageId, text: string, others: readonly PageId[]): GoldRelation[] {
  const found: GoldRelation[] = [];
  for (const fact of FACTS) {
    const here = fact.mentions.some((m) => m.page === page && sameSentence(m.quote, text));
    if (!here) continue;
    for (const pair of fact.pairs) {
      const other = pair.a === page ? pair.b : pair.b === page ? pair.a : null;
      if (other && others.includes(other)) found.push(pair.verdict);
    }
  }
  for (const pair of UNRELATED) {
    for (const [mine, theirs] of [
      [pair.a, pair.b],
      [pair.b, pair.a],
    ] as const) {
      if (mine.page === page && sameSentence(mine.quote, text) && others.includes(theirs.page)) found.push('unrelated');
    }
  }
  return found;
}

export interface Judgement {
  errors: string[];
  notes: string[];
}

/** Checks every outlet link of every flagged claim of `page` against the gold. */
export function judgeFlagged(page: PageId, flagged: readonly FlaggedClaim[], library: readonly PageId[]): Judgement {
  const errors: string[] = [];
  const notes: string[] = [];
  const others = library.filter((p) => p !== page);
  for (const claim of flagged) {
    for (const outlet of claim.outlets) {
      if (outlet.verdict === 'related') continue;
      const candidates = pagesOfSite(outlet.site, others);
      const gold = goldRelations(page, claim.text, candidates);
      const where = `${page}: "${squash(claim.text)}" ${outlet.verdict} with ${outlet.site}`;
      if (gold.includes(outlet.verdict)) continue;
      if (outlet.verdict === 'differ') {
        errors.push(`${where}: the gold says ${gold.length ? gold.join('/') : 'nothing (no differing fact)'}`);
      } else if (gold.length > 0 && gold.every((g) => g === 'unrelated')) {
        errors.push(`${where}: the gold calls them unrelated (hard negative)`);
      } else if (gold.length > 0) {
        notes.push(`${where}: the gold says ${gold.join('/')}`);
      }
    }
  }
  return { errors, notes };
}

/** A detection the engine must make on a page, given what the library holds by then. */
export interface RequiredDetection {
  page: PageId;
  quote: string;
  /** The style the sentence must be painted with (its strongest verdict). */
  painted: PaintedVerdict;
  /** An outlet the popup must name for it, with that outlet's verdict. */
  outlet: { page: PageId; verdict: PaintedVerdict };
}

/** The required detections on `page` whose other outlet is in the library, that were not made. */
export function missingDetections(
  page: PageId,
  required: readonly RequiredDetection[],
  flagged: readonly FlaggedClaim[],
  painted: Readonly<Record<PaintedVerdict, readonly string[]>>,
  library: readonly PageId[],
): string[] {
  const missing: string[] = [];
  for (const want of required.filter((r) => r.page === page && library.includes(r.outlet.page))) {
    const site = PAGES[want.outlet.page].site ?? '';
    const claim = flagged.find((c) => sameSentence(want.quote, c.text));
    const label = `${page}: "${want.quote}"`;
    if (!claim) {
      missing.push(`${label} is not flagged (want ${want.outlet.verdict} with ${site})`);
      continue;
    }
    if (!claim.outlets.some((o) => o.site === site && o.verdict === want.outlet.verdict)) {
      const seen = claim.outlets.map((o) => `${o.site} ${o.verdict}`).join(', ');
      missing.push(`${label}: want ${site} ${want.outlet.verdict}, popup lists ${seen || 'nobody'}`);
    }
    if (!painted[want.painted].some((text) => sameSentence(want.quote, text))) {
      missing.push(`${label} is not painted crosscheck-${want.painted}`);
    }
  }
  return missing;
}

const VERB_OF: Record<string, FlaggedOutlet['verdict']> = {
  agrees: 'agree',
  differs: 'differ',
  'has a figure from another time': 'updated',
  'is related': 'related',
};

/**
 * Reads the popup's per-outlet lines ("Northwind Wire differs: here 3 · there 4") into outlets,
 * knowing the outlet names the library can hold (names may contain anything, even markup).
 */
export function outletsFromDetails(details: readonly string[], sites: readonly string[]): FlaggedOutlet[] {
  const bySiteLength = [...new Set(sites)].sort((a, b) => b.length - a.length);
  const out: FlaggedOutlet[] = [];
  for (const line of details) {
    const site = bySiteLength.find((s) => line.startsWith(`${s} `));
    if (!site) continue;
    const rest = line.slice(site.length + 1);
    const verb = Object.keys(VERB_OF).find((v) => rest === v || rest.startsWith(`${v}:`));
    if (verb) out.push({ site, verdict: VERB_OF[verb] as FlaggedOutlet['verdict'] });
  }
  return out;
}
