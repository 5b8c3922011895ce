/**
 * Story context: are two articles about the same news story? Articles on one event share its rare
 * names (the victim, the street, the official) across many of their claims; articles on a similar
 * event elsewhere share only common ones (the country, the police). A claim with no name of its own
 * ("a 41-year-old man died on Friday") can then be compared within its story, never across stories.
 */
import type { Claim, NameKind } from '../model';

export interface StoryName {
  name: string;
  kind: NameKind | null;
  /** Claims of the article that mention it. */
  claims: number;
}

export interface StoryProfile {
  names: StoryName[];
}

/** The names an article's claims mention, with how many claims mention each. */
export function storyProfile(claims: readonly Claim[]): StoryProfile {
  const byName = new Map<string, StoryName>();
  for (const claim of claims) {
    const seen = new Set<string>();
    for (const n of claim.slots.names) {
      if (seen.has(n.canonical)) continue;
      seen.add(n.canonical);
      const entry = byName.get(n.canonical) ?? { name: n.canonical, kind: n.kind, claims: 0 };
      entry.claims++;
      byName.set(n.canonical, entry);
    }
  }
  return { names: [...byName.values()] };
}

/** How many articles mention each name: a name in every article says nothing about the story. */
export class StoryStats {
  private readonly df = new Map<string, number>();
  private articles = 0;

  add(profile: StoryProfile): void {
    this.articles++;
    for (const n of profile.names) this.addName(n.name);
  }

  /** Counts one more article (its names are added one by one with addName). */
  addArticle(): void {
    this.articles++;
  }

  removeArticle(names: Iterable<string>): void {
    this.articles = Math.max(0, this.articles - 1);
    for (const name of names) {
      const left = (this.df.get(name) ?? 1) - 1;
      if (left <= 0) this.df.delete(name);
      else this.df.set(name, left);
    }
  }

  addName(name: string): void {
    this.df.set(name, (this.df.get(name) ?? 0) + 1);
  }

  get size(): number {
    return this.articles;
  }

  /** Rarity of a name only one article carries. */
  maxIdf(): number {
    return Math.log((1 + this.articles) / 2);
  }

  /** Rarity of a name over the articles, 0 for a name most articles carry. */
  idf(name: string): number {
    const df = this.df.get(name) ?? 0;
    return Math.max(0, Math.log((1 + this.articles) / (1 + df)));
  }
}

export interface StoryAffinity {
  score: number;
  shared: string[];
}

/**
 * Sum of the rarity of the names both articles mention, in rarest-name units. Exact keys, plus a
 * name of two words or more inside a longer one on the other side ("mount kestrel" in "pukehau mount
 * kestrel national park"); a partial match of one word ("Bramwell" for "Darnell Bramwell") may be another person.
 */
export function storyAffinity(a: StoryProfile, b: StoryProfile, stats: StoryStats): StoryAffinity {
  const other = new Set(b.names.map((n) => n.name));
  let score = 0;
  const shared: string[] = [];
  const unmatched: string[] = [];
  for (const n of a.names) {
    if (!other.has(n.name)) {
      unmatched.push(n.name);
      continue;
    }
    shared.push(n.name);
    score += stats.idf(n.name);
  }
  const mine = new Set(a.names.map((n) => n.name));
  const theirs = b.names.map((n) => n.name).filter((name) => !mine.has(name) && name.includes(' '));
  const rare = RARE_CONTAINED_NAME * stats.maxIdf();
  for (const name of unmatched) {
    if (!name.includes(' ')) continue;
    const inside = theirs.find((t) => containsWords(t, name) || containsWords(name, t));
    if (!inside) continue;
    const shorter = inside.length < name.length ? inside : name;
    const idf = Math.min(stats.idf(name), stats.idf(inside));
    // Only a rare one: "new york" inside "new york times" says nothing of the story.
    if (idf < rare || shared.includes(shorter)) continue;
    shared.push(shorter);
    score += idf * CONTAINED_NAME_WEIGHT;
  }
  // In units of the rarest possible name, so the bar does not move with the library's size.
  return { score: score / Math.max(1, stats.maxIdf()), shared };
}

/** A name found inside a longer one counts when at least this rare (share of the rarest's idf). */
const RARE_CONTAINED_NAME = 0.7;

/** A name found inside another is weaker evidence than the same name: it may be another place of that name. */
const CONTAINED_NAME_WEIGHT = 0.5;

/** Is `inner` a run of whole words of `outer`? */
function containsWords(outer: string, inner: string): boolean {
  return outer.length > inner.length && ` ${outer} `.includes(` ${inner} `);
}

/** Articles sharing at least this much name rarity may tell one story (measured on the dev corpus). */
export const SAME_STORY_AFFINITY = 1.3;
/** Reports of one story are published within days of each other. */
export const SAME_STORY_MAX_DAYS = 10;

/** One story: rare names shared, and publication dates (when both known) close. */
export function isSameStory(affinity: StoryAffinity, aPublished: string | null, bPublished: string | null): boolean {
  if (affinity.score < SAME_STORY_AFFINITY || affinity.shared.length < 2) return false;
  // At least one shared name of two words or more: single capitalised words ("East", "Street")
  // are often headline or sentence-initial words, not names of the story.
  if (!affinity.shared.some((n) => n.trim().split(/\s+/).length >= 2)) return false;
  const ta = aPublished ? Date.parse(aPublished) : NaN;
  const tb = bPublished ? Date.parse(bPublished) : NaN;
  if (Number.isFinite(ta) && Number.isFinite(tb) && Math.abs(ta - tb) > SAME_STORY_MAX_DAYS * 86_400_000) return false;
  return true;
}
