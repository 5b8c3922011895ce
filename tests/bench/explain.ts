/**
 * Explain the eval's misses: per expected gold pair class, the claim pairs the system got wrong,
 * with both claims' slots and keys, the frame's reason codes and the direct verdict.
 *   npx tsx tests/bench/explain.ts [--gold DIR] [--corpus DIR] [--library DIR] [--class differ] [--all] [--json FILE]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Claim } from '../../src/core/model';
import { compareClaims } from '../../src/core/compare';
import { explainFrame } from '../../src/core/compare/frame';
import { goldRun } from './gold-pairs';

const { values } = parseArgs({
  options: {
    gold: { type: 'string', default: '../shared/corpus/gold' },
    corpus: { type: 'string', default: '../shared/corpus' },
    library: { type: 'string', multiple: true },
    class: { type: 'string', multiple: true },
    all: { type: 'boolean', default: false },
    /** Also print the agree/differ findings between mentions of different gold facts. */
    cross: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

function slotLine(c: Claim): string {
  const q = c.slots.quantities.map((x) => `${x.raw}[${x.hedge} ${x.value}${x.unit ? ' ' + x.unit : ''} n=${x.noun} r=${x.role}]`);
  const d = c.slots.dates.map((x) => `${x.raw}[${x.from.slice(0, 10)}..${x.to.slice(0, 10)} ${x.granularity}${x.relative ? ' rel' : ''}]`);
  const n = c.slots.names.map((x) => `${x.canonical}/${x.kind}`);
  return `    Q: ${q.join('; ')}\n    D: ${d.join('; ')}\n    N: ${n.join('; ')}\n    P: ${c.predicates.join(',')} pol=${c.polarity} attr=${c.attribution}\n    K: ${c.keys.join(' ')}`;
}

async function main(): Promise<void> {
  const { expected, system, refOf, claimById, sameStoryOf, unmatched, factsOfClaim } = await goldRun(values.gold!, values.corpus!, values.library ?? []);
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
  // A proxy for precision beyond the labelled pairs: findings between mentions of different gold facts
  // (some are fair: one sentence may state two facts, and the gold files it under one).
  const crossFact = { agree: 0, differ: 0 };
  for (const [key, v] of system) {
    if ((v !== 'agree' && v !== 'differ') || expected.has(key)) continue;
    const [ia, ib] = key.split('|') as [string, string];
    const fa = factsOfClaim.get(ia);
    const fb = factsOfClaim.get(ib);
    if (!fa || !fb || [...fa].some((f) => fb.has(f))) continue;
    crossFact[v]++;
    if (values.cross) {
      const [ca, cb] = [claimById.get(ia)!, claimById.get(ib)!];
      console.log(`[cross ${v}] ${[...fa].join(",")} / ${[...fb].join(",")}\n  A ${ca.doc}: ${ca.claim.text}\n  B ${cb.doc}: ${cb.claim.text}`);
    }
  }
  console.log(`findings between mentions of different gold facts: agree ${crossFact.agree}, differ ${crossFact.differ}`);
  for (const [k, n] of [...tally].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(4)}  ${k}`);
  if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 1));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
