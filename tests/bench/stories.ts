/**
 * Story affinity between every gold doc and each article sharing a name with it, with whether the
 * gold puts them in one story: for tuning story detection (story.ts), one JSON line each.
 *   npx tsx tests/bench/stories.ts --library ../shared/corpus/distractors > /tmp/stories.jsonl
 */
import { parseArgs } from 'node:util';
import { isSameStory, storyProfile } from '../../src/core/compare/story';
import { goldRun } from './gold-pairs';

const { values } = parseArgs({
  options: {
    gold: { type: 'string', default: '../shared/corpus/gold' },
    corpus: { type: 'string', default: '../shared/corpus' },
    library: { type: 'string', multiple: true },
  },
});

async function main(): Promise<void> {
  const { gold, golds, extracted, index } = await goldRun(values.gold!, values.corpus!, values.library ?? []);
  const profiles = new Map(extracted.map((a) => [a.ref.id, storyProfile(a.claims)]));
  const top = (id: string) =>
    [...profiles.get(id)!.names].sort((x, y) => y.claims - x.claims).slice(0, 4).map((n) => `${n.name}/${n.kind}/${n.claims}`);
  for (const g of golds) {
    const profile = profiles.get(g.ref.id)!;
    for (const id of index.articlesNaming(profile)) {
      if (id === g.ref.id) continue;
      const other = index.article(id)!;
      const affinity = index.storyAffinity(profile, id);
      const same = isSameStory(affinity, g.ref.publishedAt, other.publishedAt);
      const truth = gold.docs.get(id) === gold.docs.get(g.ref.id);
      console.log(JSON.stringify({ a: g.ref.id, b: id, truth, same, score: +affinity.score.toFixed(2), shared: affinity.shared, topA: top(g.ref.id), topB: top(id), da: g.ref.publishedAt, db: other.publishedAt }));
    }
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
