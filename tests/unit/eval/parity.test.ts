/**
 * Parity: the TypeScript scorer must give exactly the figures of shared/tools/score.py on the same
 * dump. The dump comes from a crude baseline (one claim per sentence, links between sentences of
 * different docs that share a number) plus deliberately awkward entries.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldPaths, loadGoldBodies, readGold } from '../../../src/cli/corpus';
import { scoreDump } from '../../../src/core/eval/score';

const shared = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const corpusDir = join(shared, 'corpus');
const scorePy = join(shared, 'tools', 'score.py');

interface DumpClaim {
  id: string;
  doc: string;
  start: number;
  end: number;
  text: string;
}

function sentenceClaims(doc: string, body: string): DumpClaim[] {
  const claims: DumpClaim[] = [];
  for (const m of body.matchAll(/[^\n]+?(?:[.!?](?=\s)|$)/gm)) {
    const text = m[0].trim();
    if (text.length < 3) continue;
    const start = m.index + m[0].indexOf(text);
    claims.push({ id: `${doc}#${claims.length}`, doc, start, end: start + text.length, text });
  }
  return claims;
}

const VERDICTS = ['agree', 'differ', 'updated', 'related', 'agree', 'differ'];

function baselineDump(bodies: Map<string, string>) {
  const claims: DumpClaim[] = [];
  for (const [doc, body] of bodies) claims.push(...sentenceClaims(doc, body));
  const numbers = claims.map((c) => new Set(c.text.match(/\d[\d,]*/g) ?? []));
  const links: { a: unknown; b: unknown; verdict: unknown }[] = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const shared = [...numbers[i]!].filter((n) => numbers[j]!.has(n));
      if (shared.length === 0 || claims[i]!.doc === claims[j]!.doc) continue;
      links.push({ a: claims[i]!.id, b: claims[j]!.id, verdict: VERDICTS[(i * 7 + j * 3) % VERDICTS.length] });
      if ((i + j) % 5 === 0) links.push({ b: claims[i]!.id, a: claims[j]!.id, verdict: 'related' });
    }
  }
  // Awkward entries that exercise every locating and ignoring rule.
  const [first, second] = [...bodies.keys()];
  const c0 = claims.find((c) => c.doc === first)!;
  const c1 = claims.find((c) => c.doc === second)!;
  claims.push({ ...c0, id: 'moved', start: c0.start + 1, end: c0.end + 1 }); // found again by text
  claims.push({ ...c1, id: 'respaced', start: -1, end: -1, text: c1.text.replace(/ /g, '\n ') }); // whitespace-insensitive
  claims.push({ ...c1, id: 'unverified', start: 0, end: 40, text: 'not in this body' });
  claims.push({ ...c1, id: 'unlocated', start: -5, end: 3, text: 'nowhere at all' });
  claims.push({ id: 'lib-1', doc: 'library_article', start: 0, end: 10, text: 'elsewhere' });
  claims.push({ ...c0, id: c1.id }); // duplicate id: the first claim keeps it
  links.push({ a: 'moved', b: 'respaced', verdict: 'differ' });
  links.push({ a: 'lib-1', b: c0.id, verdict: 'agree' });
  links.push({ a: 'lib-1', b: 'unverified', verdict: 'differ' });
  links.push({ a: 'nope', b: c0.id, verdict: 'agree' });
  links.push({ a: c1.id, b: c0.id, verdict: 'maybe' });
  links.push({ a: c0.id, b: 'moved', verdict: 'agree' });
  return { claims, links };
}

describe('scoreDump parity with score.py', () => {
  const paths = goldPaths(join(corpusDir, 'gold'));
  const { gold } = readGold(paths);
  const bodies = loadGoldBodies(gold, corpusDir);

  function python(dump: unknown): Record<string, unknown> {
    const file = join(mkdtempSync(join(tmpdir(), 'crosscheck-parity-')), 'dump.json');
    writeFileSync(file, JSON.stringify(dump));
    const args = [scorePy, ...paths.flatMap((p) => ['--gold', p]), '--corpus', corpusDir, '--dump', file, '--json'];
    return JSON.parse(execFileSync('python3', args, { encoding: 'utf8', maxBuffer: 64 << 20 })) as Record<string, unknown>;
  }

  function expectParity(dump: unknown) {
    const reference = python(dump);
    const ours = scoreDump(gold, bodies, dump) as unknown as Record<string, unknown>;
    delete reference.gold;
    delete reference.dump;
    expect(Object.keys(ours).sort()).toEqual([...Object.keys(reference), 'cross_story_links'].sort());
    for (const key of Object.keys(reference)) expect({ [key]: ours[key] }).toEqual({ [key]: reference[key] });
    return ours;
  }

  it('matches on the sentence baseline over seeds and dev', () => {
    const ours = expectParity(baselineDump(bodies));
    // The baseline must exercise the interesting paths, or parity proves little.
    expect(ours.unlabelled_differ as number).toBeGreaterThan(0);
    expect(ours.cross_cluster_linked as number).toBeGreaterThan(0);
    expect((ours.mentions as { matched: number }).matched).toBeGreaterThan(0);
  });

  it('matches on an empty dump (placeholders keep the denominators)', () => {
    const ours = expectParity({ claims: [], links: [] });
    expect(ours.link_recall).toBe(0);
    expect((ours.link_recall_counts as { expected: number }).expected).toBeGreaterThan(0);
  });
});
