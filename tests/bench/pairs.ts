/**
 * Features of every cross-doc claim pair among the gold docs of one story, one JSON line each,
 * with the gold label (agree, differ, updated, unrelated, soft, or unlabelled): for tuning the
 * frame and verdict rules by counting what a change would link, labelled or not.
 *   npx tsx tests/bench/pairs.ts --library ../shared/corpus/distractors --out /tmp/pairs.jsonl
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compareClaims } from '../../src/core/compare';
import { lemmasOf } from '../../src/core/compare/features';
import { explainFrame } from '../../src/core/compare/frame';
import { namesMatch } from '../../src/core/compare/names';
import { compareSlots } from '../../src/core/compare/slots';
import type { Claim } from '../../src/core/model';
import { goldRun } from './gold-pairs';

const { values } = parseArgs({
  options: {
    gold: { type: 'string', default: '../shared/corpus/gold' },
    corpus: { type: 'string', default: '../shared/corpus' },
    library: { type: 'string', multiple: true },
    out: { type: 'string', default: '/tmp/pairs.jsonl' },
  },
});

async function main(): Promise<void> {
  const run = await goldRun(values.gold!, values.corpus!, values.library ?? []);
  const { gold, expected, system, index, refOf, claimsOf, sameStoryOf } = run;
  const idfSum = (s: Set<string>) => [...s].reduce((t, l) => t + index.idf('l:' + l), 0);
  const mentioning = (doc: string, name: string) => claimsOf.get(doc)!.filter((c) => c.slots.names.some((x) => namesMatch(x.canonical, name))).length;
  const rows: string[] = [];
  const docs = run.golds.map((g) => g.ref.id);
  for (let i = 0; i < docs.length; i++)
    for (let j = i + 1; j < docs.length; j++) {
      const da = docs[i]!;
      const db = docs[j]!;
      if (gold.docs.get(da) !== gold.docs.get(db)) continue;
      const sameStory = sameStoryOf(da, db);
      const aRef = refOf.get(da)!;
      const bRef = refOf.get(db)!;
      for (const A of claimsOf.get(da)!)
        for (const B of claimsOf.get(db)!) {
          const key = [A.id, B.id].sort().join('|');
          const exp = expected.get(key);
          const { frame, reasons } = explainFrame(A, aRef, B, bRef, { sameStory });
          const relation = compareClaims(A, aRef, B, bRef, { sameStory });
          const la = lemmasOf(A);
          const lb = lemmasOf(B);
          const shared = new Set([...la].filter((x) => lb.has(x)));
          const slots = compareSlots(A, B);
          const nameOf = (c: Claim, n: string) => c.slots.names.find((x) => namesMatch(x.canonical, n))?.kind ?? null;
          rows.push(JSON.stringify({
            label: exp ? exp.cls : 'unlabelled', cluster: gold.docs.get(da), facts: exp ? [...exp.facts] : [], a: A.id, b: B.id, da, db, sameStory,
            sys: system.get(key) ?? 'none', direct: relation?.verdict ?? null, reasons,
            names: frame?.sharedNames.length ?? null, preds: frame?.predicates ?? null, nouns: frame?.nouns ?? null, time: frame?.time ?? null,
            strong: frame?.strong ?? null, lex: frame?.lexical ?? null,
            jac: shared.size / (la.size + lb.size - shared.size || 1),
            cont: idfSum(shared) / (Math.min(idfSum(la), idfSum(lb)) || 1),
            dice: (2 * idfSum(shared)) / (idfSum(la) + idfSum(lb) || 1),
            nShared: shared.size, shared: [...shared],
            qAgree: slots.quantities.agreedPairs.length, qConf: slots.quantities.conflicts.length, dAgree: slots.dates.agreedPairs.length, dConf: slots.dates.conflicts.length,
            // [name, articles naming it, claims naming it here, there, kind]
            sharedNames: (frame?.sharedNames ?? []).map((n) => [n, index.articlesNaming({ names: [{ name: n, kind: null, claims: 1 }] }).size, mentioning(da, n), mentioning(db, n), nameOf(A, n)]),
            ta: A.text, tb: B.text,
          }));
        }
    }
  writeFileSync(values.out!, rows.join('\n') + '\n');
  console.log(`${rows.length} pairs → ${values.out}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
