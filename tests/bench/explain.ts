/**
 * Explain the eval's misses: per expected gold pair class, the claim pairs the system got wrong,
 * with both claims' slots and keys, the frame's reason codes and the direct verdict.
 *   npx tsx tests/bench/explain.ts [--gold DIR] [--corpus DIR] [--library DIR] [--class differ] [--all] [--json FILE]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Claim } from '../../src/core/model';
import { ClaimIndex, compareClaims } from '../../src/core/compare';
import { isSameStory, storyProfile } from '../../src/core/compare/story';
import { explainFrame } from '../../src/core/compare/frame';
import type { ArticleRef } from '../../src/core/compare';
import { goldDocFiles, goldPaths, readGold } from '../../src/cli/corpus';
import { libraryArticles, nodeEngine, readArticleFile } from '../../src/cli/eval';
import { crossCheckAll, extractAll, type EvalArticle } from '../../src/core/eval/pipeline';
import { locateQuote, matchMention } from '../../src/core/eval/mentions';
import { mentionPairLabel, type ExpectedClass } from '../../src/core/eval/score';

const { values } = parseArgs({
  options: {
    gold: { type: 'string', default: '../shared/corpus/gold' },
    corpus: { type: 'string', default: '../shared/corpus' },
    library: { type: 'string', multiple: true },
    class: { type: 'string', multiple: true },
    all: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

const RANK: Record<string, number> = { unrelated: 0, soft: 1, agree: 2, updated: 3, differ: 4 };

function slotLine(c: Claim): string {
  const q = c.slots.quantities.map((x) => `${x.raw}[${x.hedge} ${x.value}${x.unit ? ' ' + x.unit : ''} n=${x.noun} r=${x.role}]`);
  const d = c.slots.dates.map((x) => `${x.raw}[${x.from.slice(0, 10)}..${x.to.slice(0, 10)} ${x.granularity}${x.relative ? ' rel' : ''}]`);
  const n = c.slots.names.map((x) => `${x.canonical}/${x.kind}`);
  return `    Q: ${q.join('; ')}\n    D: ${d.join('; ')}\n    N: ${n.join('; ')}\n    P: ${c.predicates.join(',')} pol=${c.polarity} attr=${c.attribution}\n    K: ${c.keys.join(' ')}`;
}

async function main(): Promise<void> {
  const { gold } = readGold(goldPaths(values.gold!));
  const golds: EvalArticle[] = [];
  for (const [doc, path] of goldDocFiles(gold, values.corpus!)) {
    const a = await readArticleFile(path, doc);
    const meta = gold.docMeta.get(doc);
    a.ref.publishedAt ||= meta?.date || null;
    if (a.ref.site === doc && meta?.source) a.ref.site = meta.source;
    golds.push({ ...a, gold: true });
  }
  const library = await libraryArticles(values.library ?? [], new Set(golds.map((a) => a.ref.id)));
  const extracted = extractAll([...golds, ...library], nodeEngine);
  const links = crossCheckAll(extracted, nodeEngine);
  const system = new Map<string, string>();
  for (const l of links) system.set([l.a, l.b].sort().join('|'), l.verdict);

  const refOf = new Map(extracted.map((a) => [a.ref.id, a.ref as ArticleRef]));
  const claimsOf = new Map(extracted.map((a) => [a.ref.id, a.claims]));
  const index = new ClaimIndex();
  for (const a of extracted) for (const c of a.claims) index.add(c, a.ref);
  const sameStoryOf = (x: string, y: string) =>
    isSameStory(index.storyAffinity(storyProfile(claimsOf.get(x) ?? []), y), refOf.get(x)!.publishedAt, refOf.get(y)!.publishedAt);
  const bodyOf = new Map(extracted.map((a) => [a.ref.id, a.body]));
  const claimById = new Map<string, { claim: Claim; doc: string }>();
  for (const a of extracted) for (const c of a.claims) claimById.set(c.id, { claim: c, doc: a.ref.id });

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
  for (const fact of gold.facts) {
    const ms = fact.mentions;
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

  const wanted = new Set(values.class?.length ? values.class : ['agree', 'differ', 'updated', 'unrelated']);
  const rows: unknown[] = [];
  const tally = new Map<string, number>();
  for (const [key, { cls, facts }] of expected) {
    if (!wanted.has(cls)) continue;
    const sys = system.get(key) ?? 'none';
    const ok = cls === 'unrelated' ? !['agree', 'differ', 'updated'].includes(sys) : sys === cls;
    if (ok && !values.all) continue;
    const [ia, ib] = key.split('|') as [string, string];
    const A = claimById.get(ia)!;
    const B = claimById.get(ib)!;
    const aRef = refOf.get(A.doc)!;
    const bRef = refOf.get(B.doc)!;
    const context = { sameStory: sameStoryOf(A.doc, B.doc) };
    const { frame, reasons } = explainFrame(A.claim, aRef, B.claim, bRef, context);
    const direct = compareClaims(A.claim, aRef, B.claim, bRef, context);
    if (!context.sameStory) reasons.push('other-story' as never);
    const reasonKey = `${cls}→${sys} ${reasons.join(',') || (direct ? 'frame-ok:' + direct.verdict : '')}`;
    tally.set(reasonKey, (tally.get(reasonKey) ?? 0) + 1);
    rows.push({ cls, sys, facts: [...facts], reasons, direct: direct?.verdict ?? null, a: A.claim.text, b: B.claim.text });
    console.log(`\n[${cls} → ${sys}] facts=${[...facts].join(',')} reasons=${reasons.join(',')} direct=${direct?.verdict ?? 'null'} lex=${frame?.lexical.toFixed(2) ?? '-'} preds=${frame?.predicates.join(',') ?? '-'} names=${frame?.sharedNames.join(',') ?? '-'}`);
    console.log(`  A ${A.doc} (${aRef.publishedAt}): ${A.claim.text}`);
    console.log(slotLine(A.claim));
    console.log(`  B ${B.doc} (${bRef.publishedAt}): ${B.claim.text}`);
    console.log(slotLine(B.claim));
    if (direct) console.log(`  evidence: ${direct.evidence.map((e) => `${e.kind}:${e.status} ${e.here} | ${e.there}`).join(' ; ')}`);
  }
  console.log(`\nunmatched mention pairs: ${unmatched}`);
  for (const [k, n] of [...tally].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(4)}  ${k}`);
  if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 1));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
