/**
 * Claim extraction on the shared corpus: gold mentions found (score.py's rule: the quote's first
 * occurrence, matched when one claim overlaps half of it), no claim on boilerplate, offsets exact.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/core/claims';
import { locateQuote, matchMention, overlap } from '../../src/core/eval/mentions';
import { Claim } from '../../src/core/model';
import { parseArticleText } from '../../src/core/text/article';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

interface GoldFile {
  cluster: string;
  facts: { mentions: { doc: string; quote: string }[] }[];
  boilerplate?: { doc: string; quote: string }[];
}

function txtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return txtFiles(path);
    return name.endsWith('.txt') ? [path] : [];
  });
}

const docPaths = new Map(
  [...txtFiles(join(CORPUS, 'seeds')), ...txtFiles(join(CORPUS, 'dev'))].map((p) => [p.split('/').pop()!.slice(0, -4), p]),
);

const cache = new Map<string, { body: string; claims: Claim[] }>();
function article(doc: string): { body: string; claims: Claim[] } {
  let hit = cache.get(doc);
  if (!hit) {
    const path = docPaths.get(doc);
    if (!path) throw new Error(`no file for gold doc ${doc}`);
    const { meta, body } = parseArticleText(readFileSync(path, 'utf8'));
    hit = { body, claims: extractClaims({ id: doc, text: body, publishedAt: meta.date, title: meta.title }) };
    cache.set(doc, hit);
  }
  return hit;
}

function readGold(name: string): GoldFile {
  return JSON.parse(readFileSync(join(CORPUS, 'gold', name), 'utf8')) as GoldFile;
}

function mentionRecall(gold: GoldFile): { found: number; total: number; missed: string[] } {
  let found = 0;
  let total = 0;
  const missed: string[] = [];
  for (const fact of gold.facts) {
    for (const m of fact.mentions) {
      const { body, claims } = article(m.doc);
      const span = locateQuote(body, m.quote);
      expect(span, `gold quote not in body of ${m.doc}`).not.toBeNull();
      total++;
      if (span && matchMention(claims, span)) found++;
      else missed.push(`${m.doc}: ${m.quote}`);
    }
  }
  return { found, total, missed };
}

const goldFiles = readdirSync(join(CORPUS, 'gold')).filter((n) => n.endsWith('.json')).sort();

describe('claims on the shared corpus', () => {
  it('finds the gold files', () => {
    expect(goldFiles).toContain('seeds.json');
    expect(goldFiles.length).toBeGreaterThanOrEqual(2);
  });

  for (const name of goldFiles) {
    it(`mention recall ≥ 0.97 on ${name}`, () => {
      const { found, total, missed } = mentionRecall(readGold(name));
      expect(total).toBeGreaterThan(0);
      expect(found / total, missed.join('\n')).toBeGreaterThanOrEqual(0.97);
    });

    it(`claims are valid and their text is body.slice(start, end) on ${name}`, () => {
      const gold = readGold(name);
      const docs = new Set(gold.facts.flatMap((f) => f.mentions.map((m) => m.doc)));
      for (const doc of docs) {
        const { body, claims } = article(doc);
        expect(claims.length).toBeGreaterThan(0);
        for (const c of claims) {
          expect(Claim.safeParse(c).success, c.id).toBe(true);
          expect(body.slice(c.start, c.end)).toBe(c.text);
          for (const q of c.slots.quotes) expect(c.text.slice(q.start, q.end)).toBe(q.text);
          for (const s of [...c.slots.names, ...c.slots.dates, ...c.slots.quantities]) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(c.text.length);
          }
        }
        expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
      }
    });
  }

  it('makes no claim on a boilerplate quote of the seeds', () => {
    const gold = readGold('seeds.json');
    expect(gold.boilerplate?.length ?? 0).toBeGreaterThan(0);
    const hits: string[] = [];
    for (const b of gold.boilerplate ?? []) {
      const { body, claims } = article(b.doc);
      const span = locateQuote(body, b.quote);
      expect(span).not.toBeNull();
      for (const c of claims) if (span && overlap(span, [c.start, c.end]) > 0) hits.push(`${b.quote} ← ${c.text}`);
    }
    expect(hits).toEqual([]);
  });
});
