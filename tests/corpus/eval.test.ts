/**
 * End to end on the seeds gold: extract, cross-check, dump, score. Figures are reported, not
 * asserted, except a loose floor on mention recall; the dump must be well-formed and score.py
 * must read it to the same figures.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runEval } from '../../src/cli/eval';
import { formatScoreReport } from '../../src/core/eval/report';

const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
const corpusDir = join(shared, 'corpus');
const seedsGold = join(corpusDir, 'gold', 'seeds.json');

describe('eval on the seeds gold', () => {
  it('produces a well-formed dump that scores the same in score.py', async () => {
    const run = await runEval({ gold: [seedsGold], corpus: corpusDir });
    console.log(formatScoreReport(run.result, run.timings));

    const ids = new Set<string>();
    for (const c of run.dump.claims) {
      expect(typeof c.id).toBe('string');
      expect(ids.has(c.id)).toBe(false);
      ids.add(c.id);
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeGreaterThan(c.start);
    }
    expect(run.dump.claims.length).toBeGreaterThan(0);
    expect(run.result.claims.located).toEqual({ offsets: run.dump.claims.length });
    const pairs = new Set<string>();
    for (const l of run.dump.links) {
      expect(ids.has(l.a) && ids.has(l.b)).toBe(true);
      expect(['agree', 'differ', 'updated', 'related']).toContain(l.verdict);
      const key = [l.a, l.b].sort().join('|');
      expect(pairs.has(key)).toBe(false);
      pairs.add(key);
    }
    expect(run.result.mention_recall).toBeGreaterThanOrEqual(0.9);

    const file = join(mkdtempSync(join(tmpdir(), 'crosscheck-eval-')), 'dump.json');
    writeFileSync(file, JSON.stringify(run.dump));
    const args = [join(shared, 'tools', 'score.py'), '--gold', seedsGold, '--corpus', corpusDir, '--dump', file, '--json'];
    const reference = JSON.parse(execFileSync('python3', args, { encoding: 'utf8', maxBuffer: 64 << 20 })) as Record<string, unknown>;
    delete reference.gold;
    delete reference.dump;
    for (const key of Object.keys(reference)) {
      expect({ [key]: (run.result as unknown as Record<string, unknown>)[key] }).toEqual({ [key]: reference[key] });
    }
  });
});

describe('eval on all gold with the distractor library', () => {
  it('keeps the precision the product promises: differ precise, no unrelated or cross-story links', async () => {
    const run = await runEval({ gold: [join(corpusDir, 'gold')], corpus: corpusDir, library: [join(corpusDir, 'distractors')] });
    const r = run.result;
    console.log(formatScoreReport(r, run.timings));
    expect(r.verdicts.differ.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.verdicts.agree.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.unrelated_linked).toBeLessThanOrEqual(0.05 * r.unrelated_pairs);
    expect(r.cross_story_links).toBe(0);
  }, 120_000);
});
