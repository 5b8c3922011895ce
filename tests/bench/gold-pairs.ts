/**
 * What the analysis tools share: gold docs and the library extracted and cross-checked as the eval
 * does, and every claim pair the gold expects something of (agree, differ, updated, unrelated, soft).
 */
import type { Claim } from '../../src/core/model';
import { ClaimIndex } from '../../src/core/compare';
import { isSameStory, storyProfile } from '../../src/core/compare/story';
import type { ArticleRef } from '../../src/core/compare';
import { goldDocFiles, goldPaths, readGold } from '../../src/cli/corpus';
import type { MergedGold } from '../../src/core/eval/gold';
import { libraryArticles, nodeEngine, readArticleFile } from '../../src/cli/eval';
import { crossCheckAll, extractAll, type EvalArticle, type ExtractedArticle } from '../../src/core/eval/pipeline';
import { locateQuote, matchMention } from '../../src/core/eval/mentions';
import { mentionPairLabel, type ExpectedClass } from '../../src/core/eval/score';

const RANK: Record<string, number> = { unrelated: 0, soft: 1, agree: 2, updated: 3, differ: 4 };

export interface GoldRun {
  gold: MergedGold;
  golds: EvalArticle[];
  extracted: ExtractedArticle[];
  /** System verdict per sorted "a|b" claim pair. */
  system: Map<string, string>;
  /** Expected class and gold facts per sorted "a|b" claim pair. */
  expected: Map<string, { cls: ExpectedClass; facts: Set<string> }>;
  index: ClaimIndex;
  refOf: Map<string, ArticleRef>;
  claimsOf: Map<string, Claim[]>;
  claimById: Map<string, { claim: Claim; doc: string }>;
  sameStoryOf: (a: string, b: string) => boolean;
  /** Gold mention pairs whose quotes matched no claim. */
  unmatched: number;
  /** The gold facts each matched claim is a mention of ("cluster:fact"). */
  factsOfClaim: Map<string, Set<string>>;
}

export async function goldRun(goldDir: string, corpus: string, libraries: string[]): Promise<GoldRun> {
  const { gold } = readGold(goldPaths(goldDir));
  const golds: EvalArticle[] = [];
  for (const [doc, path] of goldDocFiles(gold, corpus)) {
    const a = await readArticleFile(path, doc);
    const meta = gold.docMeta.get(doc);
    a.ref.publishedAt ||= meta?.date || null;
    if (a.ref.site === doc && meta?.source) a.ref.site = meta.source;
    golds.push({ ...a, gold: true });
  }
  const library = await libraryArticles(libraries, new Set(golds.map((a) => a.ref.id)));
  const extracted = extractAll([...golds, ...library], nodeEngine);
  const system = new Map<string, string>();
  for (const l of crossCheckAll(extracted, nodeEngine)) system.set([l.a, l.b].sort().join('|'), l.verdict);

  const refOf = new Map(extracted.map((a) => [a.ref.id, a.ref as ArticleRef]));
  const claimsOf = new Map(extracted.map((a) => [a.ref.id, a.claims]));
  const index = new ClaimIndex();
  for (const a of extracted) for (const c of a.claims) index.add(c, a.ref);
  const sameStoryOf = (x: string, y: string) =>
    isSameStory(index.storyAffinity(storyProfile(claimsOf.get(x) ?? []), y), refOf.get(x)!.publishedAt, refOf.get(y)!.publishedAt);
  const claimById = new Map<string, { claim: Claim; doc: string }>();
  for (const a of extracted) for (const c of a.claims) claimById.set(c.id, { claim: c, doc: a.ref.id });

  const bodyOf = new Map(extracted.map((a) => [a.ref.id, a.body]));
  const match = (doc: string, quote: string): string | null => {
    const span = locateQuote(bodyOf.get(doc) ?? '', quote);
    return span ? matchMention(claimsOf.get(doc) ?? [], span) : null;
  };
  const expected = new Map<string, { cls: ExpectedClass; facts: Set<string> }>();
  const put = (x: string, y: string, cls: ExpectedClass, fact: string, override: boolean) => {
    const key = [x, y].sort().join('|');
    const prior = expected.get(key);
    if (!prior) expected.set(key, { cls, facts: new Set([fact]) });
    else {
      prior.facts.add(fact);
      if (override && RANK[cls]! > RANK[prior.cls]!) prior.cls = cls;
    }
  };
  let unmatched = 0;
  const factsOfClaim = new Map<string, Set<string>>();
  for (const fact of gold.facts) {
    const ms = fact.mentions;
    for (const m of ms) {
      const c = match(m.doc, m.quote);
      if (c) factsOfClaim.set(c, (factsOfClaim.get(c) ?? new Set()).add(`${gold.docs.get(m.doc)}:${fact.id}`));
    }
    for (let i = 0; i < ms.length; i++)
      for (let j = i + 1; j < ms.length; j++) {
        const a = ms[i]!;
        const b = ms[j]!;
        if (a.doc === b.doc) continue;
        const ca = match(a.doc, a.quote);
        const cb = match(b.doc, b.quote);
        if (!ca || !cb) {
          unmatched++;
          continue;
        }
        put(ca, cb, mentionPairLabel(fact, a, b), `${gold.docs.get(a.doc)}:${fact.id}`, true);
      }
  }
  for (const p of gold.unrelated) {
    if (p.a.doc === p.b.doc) continue;
    const ca = match(p.a.doc, p.a.quote);
    const cb = match(p.b.doc, p.b.quote);
    if (ca && cb && !expected.has([ca, cb].sort().join('|'))) put(ca, cb, 'unrelated', 'unrelated', false);
  }
  return { gold, golds, extracted, system, expected, index, refOf, claimsOf, claimById, sameStoryOf, unmatched, factsOfClaim };
}
