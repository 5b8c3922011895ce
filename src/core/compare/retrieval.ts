/**
 * In-memory inverted index over claim retrieval keys. Candidates score by IDF-weighted shared keys
 * (names and counted nouns weigh most); very common keys are skipped and postings scanned are
 * capped, so the cost stays nearly flat as the library grows.
 */
import type { Claim } from '../model';
import { calibresOf, offRoaderOf } from './designations';
import { badlyHurtOf } from './condition';
import { isAge } from './holders';
import { partySize } from '../claims/party';
import { biographyOf } from './biography';
import { isCurrency, unitDimension } from './lexicon';
import { mayNamePerson, nameKey } from '../text/names';
import { ORG_SUFFIXES, PLACE_SUFFIXES } from '../text/names-words';
import { storyAffinity, StoryStats, type StoryAffinity, type StoryProfile } from './story';
import type { ArticleRef } from './types';

export interface Candidate {
  claim: Claim;
  article: ArticleRef;
  score: number;
  sharedKeys: string[];
}

export interface CandidateOptions {
  limit?: number;
  excludeArticleIds?: Iterable<string>;
  /** Articles of the page's story: their claims need no shared name or counted noun to be candidates. */
  storyArticleIds?: ReadonlySet<string>;
}

interface Entry {
  claim: Claim;
  article: ArticleRef;
}

/** Weight of a key by its kind: a shared name says more than a shared lemma. */
const KIND_WEIGHT: Record<string, number> = { n: 2, u: 1.5, x: 1.5, p: 1, d: 0.8, f: 0.8, l: 0.6, y: 0.4, k: 0.4 };
/** Key kinds that tie two claims of one story with one more key: a figure, a spelling, a person. */
const STORY_TIE_KINDS = new Set(['f', 'v', 'k']);
/** Keys carried by more than this share of the library are too common to retrieve by. */
const COMMON_KEY_SHARE = 0.2;
/** Below this size every key is informative enough. */
const MIN_LIBRARY_FOR_SKIPPING = 200;
/** Postings read per key, newest first. */
const MAX_POSTINGS_PER_KEY = 2000;

function kindOf(key: string): string {
  const colon = key.indexOf(':');
  return colon > 0 ? key.slice(0, colon) : '';
}

/** Claims that can anchor a match: a shared name, counted noun or designation. */
function isAnchorKey(key: string): boolean {
  const kind = kindOf(key);
  return kind === 'n' || kind === 'u' || kind === 'x';
}

/**
 * Figure keys: a person's age ("f:age:36") and the dimension of a measure ("f:length" for 150 m
 * and 200 ft alike), so two reports of one fall or one victim meet even without a shared name.
 * Not anchors: many stories have a 36-year-old or a distance.
 */
function figureKeys(claim: Claim): string[] {
  const keys: string[] = [];
  for (const q of claim.slots.quantities) {
    if (isAge(q)) keys.push(`f:age:${q.value}`);
    else if (q.unit !== null && q.noun === null) keys.push(`f:${isCurrency(q.unit) ? 'money' : unitDimension(q.unit)}`);
  }
  return keys;
}

/** The size of a party a figure implies ("one of four men", "three climbers with Mr Doe": "x:party:4"). */
function partyKeys(claim: Claim): string[] {
  const keys: string[] = [];
  for (const q of claim.slots.quantities) {
    const size = partySize(claim.text, q);
    if (size !== null) keys.push(`x:party:${size}`);
  }
  return keys;
}

/** Where a person lives or comes from ("a New Zealander" / "New Zealand-born": "x:origin:c:new zealand"). */
function biographyKeys(claim: Claim): string[] {
  return biographyOf(claim).map((f) => `x:${f.kind}:${nameKey(f.place)}`);
}

/** "Jane Ann Doe" is also found as "Jane Doe" (namesMatch accepts an added middle name). */
function middleNameKeys(claim: Claim): string[] {
  const keys: string[] = [];
  for (const n of claim.slots.names) {
    const words = n.canonical.split(' ');
    if (words.length !== 3 || n.kind === 'place' || n.kind === 'org') continue;
    if (ORG_SUFFIXES.has(words[2]!) || PLACE_SUFFIXES.has(words[2]!)) continue;
    keys.push(`n:${nameKey(`${words[0]} ${words[2]}`)}`);
  }
  return keys;
}

/**
 * A surname spelled two ways ("Marsh" / "Marshe") has two name keys; both meet at its key without a
 * final vowel ("v:mars"). Not an anchor: only a story tie, like a figure key.
 */
function spellingKeys(claim: Claim): string[] {
  const keys: string[] = [];
  for (const n of claim.slots.names) {
    if (n.kind === 'place' || n.kind === 'org') continue;
    const last = n.canonical.split(' ').pop() ?? '';
    const key = nameKey(last);
    if (key.startsWith('c:') || last.length < 4) continue;
    keys.push(`v:${key.replace(/(?<=[^a])a$/, '')}`);
  }
  return keys;
}

/**
 * The people a claim names or, naming nobody, speaks of after the sentences before it named them
 * (Claim.context): "k:<key>" on both, so the two meet within a story. Not an anchor.
 */
function personKeys(claim: Claim): string[] {
  const people = claim.slots.names.filter(mayNamePerson).map((n) => n.canonical);
  return [...people, ...(claim.context ?? [])].map((name) => `k:${nameKey(name)}`);
}

/**
 * Keys the comparison derives itself, beyond the extractor's: designations ("x:calibre",
 * "x:off-roader", the badly hurt, a party's size, a person's home), figures, short names.
 */
export function derivedKeys(claim: Claim): string[] {
  const keys = [...figureKeys(claim), ...partyKeys(claim), ...biographyKeys(claim), ...middleNameKeys(claim), ...spellingKeys(claim), ...personKeys(claim)];
  if (calibresOf(claim.text).length > 0) keys.push('x:calibre');
  if (offRoaderOf(claim.text)) keys.push('x:off-roader');
  const badlyHurt = badlyHurtOf(claim.text);
  if (badlyHurt) keys.push(`x:badly-hurt:${badlyHurt.count}`);
  return [...new Set(keys)];
}

function keysOf(claim: Claim): Set<string> {
  return new Set([...claim.keys, ...derivedKeys(claim)]);
}

/**
 * The claim with its derived keys folded into `keys`, for stores that index `keys` as they are
 * (the IndexedDB library, bundles): what they retrieve by is then what this index retrieves by.
 */
export function withRetrievalKeys(claim: Claim): Claim {
  const keys = [...keysOf(claim)];
  return keys.length === claim.keys.length ? claim : { ...claim, keys };
}

/** One key per indexed claim: claim ids are unique only within their article. */
export function entryKey(articleId: string, claimId: string): string {
  return `${articleId}\u0000${claimId}`;
}

export class ClaimIndex {
  private readonly entries = new Map<string, Entry>();
  /** Append-only posting arrays; removed claims are skipped lazily and compacted now and then. */
  private readonly postings = new Map<string, string[]>();
  private readonly live = new Map<string, number>();
  private readonly byArticle = new Map<string, Set<string>>();
  private readonly articles = new Map<string, ArticleRef>();
  /** Per article, how many of its claims name each canonical name (its story profile). */
  private readonly storyNames = new Map<string, Map<string, number>>();
  private readonly stories = new StoryStats();
  private readonly articlesByName = new Map<string, Set<string>>();

  get size(): number {
    return this.entries.size;
  }

  article(id: string): ArticleRef | undefined {
    return this.articles.get(id);
  }

  /** An indexed claim of an article, with its article. */
  get(articleId: string, claimId: string): { claim: Claim; article: ArticleRef } | undefined {
    return this.entries.get(entryKey(articleId, claimId));
  }

  allArticles(): ArticleRef[] {
    return [...this.articles.values()];
  }

  add(claim: Claim, article: ArticleRef): void {
    const id = entryKey(article.id, claim.id);
    if (this.entries.has(id)) this.unlink(id);
    this.entries.set(id, { claim, article });
    this.articles.set(article.id, article);
    let own = this.byArticle.get(article.id);
    if (!own) this.byArticle.set(article.id, (own = new Set()));
    own.add(id);
    this.addStoryNames(article.id, claim);
    for (const key of keysOf(claim)) {
      let list = this.postings.get(key);
      if (!list) this.postings.set(key, (list = []));
      list.push(id);
      this.live.set(key, (this.live.get(key) ?? 0) + 1);
    }
  }

  removeArticle(articleId: string): void {
    for (const id of this.byArticle.get(articleId) ?? []) this.unlink(id);
    this.byArticle.delete(articleId);
    this.articles.delete(articleId);
    const names = this.storyNames.get(articleId);
    if (names) this.stories.removeArticle(names.keys());
    for (const name of names?.keys() ?? []) this.articlesByName.get(name)?.delete(articleId);
    this.storyNames.delete(articleId);
  }

  private addStoryNames(articleId: string, claim: Claim): void {
    let names = this.storyNames.get(articleId);
    if (!names) {
      this.storyNames.set(articleId, (names = new Map()));
      this.stories.addArticle();
    }
    for (const canonical of new Set(claim.slots.names.map((n) => n.canonical))) {
      const count = names.get(canonical) ?? 0;
      if (count === 0) {
        this.stories.addName(canonical);
        let holders = this.articlesByName.get(canonical);
        if (!holders) this.articlesByName.set(canonical, (holders = new Set()));
        holders.add(articleId);
      }
      names.set(canonical, count + 1);
    }
  }

  /** Indexed articles that share at least one name with the profile (the only ones that can share its story). */
  articlesNaming(page: StoryProfile): Set<string> {
    const out = new Set<string>();
    for (const n of page.names) for (const id of this.articlesByName.get(n.name) ?? []) out.add(id);
    return out;
  }

  /** How strongly a page's story profile ties it to an indexed article's names. */
  storyAffinity(page: StoryProfile, articleId: string): StoryAffinity {
    const names = this.storyNames.get(articleId);
    if (!names) return { score: 0, shared: [] };
    const other: StoryProfile = { names: [...names].map(([name, claims]) => ({ name, kind: null, claims })) };
    return storyAffinity(page, other, this.stories);
  }

  private unlink(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    for (const key of keysOf(entry.claim)) {
      const live = (this.live.get(key) ?? 1) - 1;
      const list = this.postings.get(key) ?? [];
      if (live <= 0) {
        this.live.delete(key);
        this.postings.delete(key);
      } else {
        this.live.set(key, live);
        if (list.length > 2 * live + 16) this.postings.set(key, list.filter((x) => this.entries.has(x)));
      }
    }
  }

  /** Inverse document frequency of a key over the claims in the library. */
  idf(key: string): number {
    const df = this.live.get(key) ?? 0;
    return Math.log(1 + this.entries.size / (1 + df));
  }

  candidates(claim: Claim, options: CandidateOptions = {}): Candidate[] {
    const limit = options.limit ?? 50;
    const excluded = new Set(options.excludeArticleIds ?? []);
    const total = this.entries.size;
    const scores = new Map<string, { score: number; keys: string[]; anchored: boolean }>();
    for (const key of keysOf(claim)) {
      const list = this.postings.get(key);
      if (!list) continue;
      const anchor = isAnchorKey(key);
      const df = this.live.get(key) ?? 0;
      if (!anchor && total >= MIN_LIBRARY_FOR_SKIPPING && df / total > COMMON_KEY_SHARE) continue;
      const weight = (KIND_WEIGHT[kindOf(key)] ?? 0.4) * this.idf(key);
      const stop = Math.max(0, list.length - MAX_POSTINGS_PER_KEY);
      for (let i = list.length - 1; i >= stop; i--) {
        const id = list[i]!;
        if (!this.entries.has(id)) continue;
        const hit = scores.get(id) ?? { score: 0, keys: [], anchored: false };
        if (hit.keys[hit.keys.length - 1] === key) continue; // a re-added claim's stale posting
        hit.score += weight;
        hit.keys.push(key);
        hit.anchored ||= anchor;
        scores.set(id, hit);
      }
    }
    const out: Candidate[] = [];
    for (const [id, hit] of scores) {
      const entry = this.entries.get(id)!;
      const inStory = options.storyArticleIds?.has(entry.article.id) ?? false;
      // Within the story: three shared keys; or two with a figure ("fell 2,000ft" / "fell 609 metres")
      // or a surname however spelled, or a person one names and the other speaks of; or a
      // designation alone (the story's one weapon by its calibre, its vehicle by kind, its badly
      // hurt by number, its party by size, a person by home).
      const designationOnly = hit.keys.length === 1 && kindOf(hit.keys[0]!) === 'x';
      const storyTie = inStory && (hit.keys.length >= 3 || hit.keys.some((k) => STORY_TIE_KINDS.has(kindOf(k))) || designationOnly);
      const enoughKeys = hit.keys.length >= 2 || (inStory && designationOnly);
      if (!(hit.anchored || storyTie) || !enoughKeys) continue;
      if (excluded.has(entry.article.id) || entry.claim === claim) continue;
      out.push({ claim: entry.claim, article: entry.article, score: hit.score, sharedKeys: hit.keys });
    }
    out.sort((x, y) => y.score - x.score);
    return out.slice(0, limit);
  }
}
