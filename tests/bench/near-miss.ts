/**
 * Links among the distractor library itself, a precision check on stories no rule was tuned on.
 * ECB+ pairs each topic's event with a similar one (folders "23ecb" and "23ecbplus": two climbing
 * deaths at one mountain, years apart). Every article is checked against all others; a link
 * between the two events of one topic, or between topics, is a near-miss linked (wrong for agree,
 * differ and updated); links within one event may be right.
 *   npx tsx tests/bench/near-miss.ts [--library ../shared/corpus/distractors] [--show differ] [--all]
 */
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { libraryArticles, nodeEngine } from '../../src/cli/eval';
import { crossCheckAll, extractAll } from '../../src/core/eval/pipeline';
import { listFiles } from '../../src/cli/corpus';

const { values } = parseArgs({
  options: {
    library: { type: 'string', default: '../shared/corpus/distractors' },
    show: { type: 'string', multiple: true },
    /** Show links within one event too. */
    all: { type: 'boolean', default: false },
  },
});

async function main(): Promise<void> {
  const articles = (await libraryArticles([values.library!])).map((a) => ({ ...a, gold: true }));
  // The event of an article is its folder ("23ecbplus"); the topic is the folder's number.
  const eventOf = new Map<string, string>();
  for (const path of listFiles(values.library!, ['.txt'])) eventOf.set(basename(path, '.txt'), basename(dirname(path)));
  const extracted = extractAll(articles, nodeEngine);
  const claimText = new Map<string, { doc: string; text: string }>();
  for (const a of extracted) for (const c of a.claims) claimText.set(c.id, { doc: a.ref.id, text: c.text });
  const started = performance.now();
  const links = crossCheckAll(extracted, nodeEngine);
  const ms = performance.now() - started;
  const tally: Record<string, Record<string, number>> = {};
  for (const l of links) {
    if (l.verdict === 'related') continue;
    const a = claimText.get(l.a)!;
    const b = claimText.get(l.b)!;
    const ea = eventOf.get(a.doc) ?? '?';
    const eb = eventOf.get(b.doc) ?? '?';
    const where = ea === eb ? 'same event' : ea.match(/^\d+/)?.[0] === eb.match(/^\d+/)?.[0] ? 'other event, same topic' : 'other topic';
    (tally[where] ??= {})[l.verdict] = (tally[where]![l.verdict] ?? 0) + 1;
    if ((values.all || where !== 'same event') && values.show?.includes(l.verdict)) console.log(`[${l.verdict}] ${a.doc}: ${a.text}\n         ${b.doc}: ${b.text}`);
  }
  console.log(`articles ${articles.length}, claims ${claimText.size}, cross-check ${Math.round(ms)} ms`);
  for (const where of ['same event', 'other event, same topic', 'other topic']) {
    const t = tally[where] ?? {};
    console.log(`${where.padEnd(24)} agree ${t.agree ?? 0}  differ ${t.differ ?? 0}  updated ${t.updated ?? 0}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
