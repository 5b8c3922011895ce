/** Readable text for eval results (the CLI prints it; --json prints the object instead). */
import { SCORED, type ScoreResult } from './score';

export interface EvalTimings {
  extractMs: number;
  compareMs: number;
  scoreMs: number;
}

const pct = (x: number) => x.toFixed(3);
const pad = (s: string, n: number) => s.padEnd(n);
const padL = (s: string, n: number) => s.padStart(n);

function counts(record: Record<string, number>): string {
  const parts = Object.entries(record).filter(([, n]) => n);
  return parts.length ? parts.map(([k, n]) => `${k}=${n}`).join(' ') : '-';
}

/** Share of expected pairs linked as agree, differ or updated (score.py's link_recall also counts related). */
export function strongLinkRecall(res: ScoreResult): number {
  const rows = SCORED.map((e) => res.confusion[e]);
  const linked = rows.reduce((n, row) => n + row.agree + row.updated + row.differ, 0);
  return res.link_recall_counts.expected ? linked / res.link_recall_counts.expected : 0;
}

/** A compact table: recalls, per-verdict P/R/F1, error counts, pair counts, wall time. */
export function formatScoreReport(res: ScoreResult, timings?: EvalTimings): string {
  const lines: string[] = [];
  lines.push(
    `docs ${res.docs} | claims ${res.claims.total} (${counts(res.claims.located)}) | links ${res.links.total} -> ` +
      `${res.links.cross_doc_pairs} cross-doc pairs (${counts(res.links.pairs_by_verdict)})` +
      (Object.keys(res.links.ignored).length ? ` ignored ${counts(res.links.ignored)}` : ''),
  );
  lines.push(
    `mention_recall ${pct(res.mention_recall)} (${res.mentions.matched}/${res.mentions.total}; inside ${res.mentions.inside})   ` +
      `link_recall ${pct(res.link_recall)} (${res.link_recall_counts.linked}/${res.link_recall_counts.expected}; ` +
      `without related ${pct(strongLinkRecall(res))})`,
  );
  lines.push(`${pad('verdict', 8)} ${padL('P', 6)} ${padL('R', 6)} ${padL('F1', 6)}   tp / system / gold`);
  for (const v of SCORED) {
    const f = res.verdicts[v];
    lines.push(`${pad(v, 8)} ${padL(pct(f.precision), 6)} ${padL(pct(f.recall), 6)} ${padL(pct(f.f1), 6)}   ${f.tp} / ${f.system} / ${f.gold}`);
  }
  lines.push(
    `false_differ ${res.false_differ}   unrelated_linked ${res.unrelated_linked}/${res.unrelated_pairs}   ` +
      `boilerplate_claims ${res.boilerplate_claims}   unlabelled_differ ${res.unlabelled_differ}   cross_story_links ${res.cross_story_links}`,
  );
  lines.push(`expected pairs ${counts(res.expected_pairs)}   gold mention pairs ${counts(res.gold_mention_pairs)}` + (Object.keys(res.notes).length ? `   notes ${counts(res.notes)}` : ''));
  const rows = Object.entries(res.confusion)
    .filter(([, row]) => Object.values(row).some((n) => n))
    .map(([e, row]) => `${e}[${counts(row)}]`);
  lines.push(`confusion (expected \\ system): ${rows.join('  ')}`);
  if (timings) {
    const total = timings.extractMs + timings.compareMs + timings.scoreMs;
    lines.push(`wall ms: extract ${timings.extractMs.toFixed(0)}  compare ${timings.compareMs.toFixed(0)}  score ${timings.scoreMs.toFixed(0)}  total ${total.toFixed(0)}`);
  }
  for (const d of res.unlabelled_differ_list.slice(0, 20)) {
    lines.push(`  unlabelled differ: [${d.a.doc}] ${d.a.text ?? ''}\n                 vs [${d.b.doc}] ${d.b.text ?? ''}`);
  }
  if (res.unlabelled_differ_list.length > 20) lines.push(`  … ${res.unlabelled_differ_list.length - 20} more (see --json)`);
  return lines.join('\n');
}

/** One row per gold cluster: the figures that say where the engine is weak. */
export function formatClusterTable(rows: readonly { cluster: string; result: ScoreResult }[]): string {
  const w = Math.max(7, ...rows.map((r) => r.cluster.length));
  const head = `${pad('cluster', w)}  ment.R  link.R  agr.P  agr.R  dif.P  dif.R  upd.R  false_differ  unrel_linked  unlab_differ  cross_story`;
  const lines = rows.map(({ cluster, result: r }) =>
    [
      pad(cluster, w),
      padL(pct(r.mention_recall), 6),
      padL(pct(r.link_recall), 6),
      padL(pct(r.verdicts.agree.precision), 5),
      padL(pct(r.verdicts.agree.recall), 5),
      padL(pct(r.verdicts.differ.precision), 5),
      padL(pct(r.verdicts.differ.recall), 5),
      padL(pct(r.verdicts.updated.recall), 5),
      padL(String(r.false_differ), 12),
      padL(`${r.unrelated_linked}/${r.unrelated_pairs}`, 12),
      padL(String(r.unlabelled_differ), 12),
      padL(String(r.cross_story_links), 11),
    ].join('  '),
  );
  return [head, ...lines].join('\n');
}
