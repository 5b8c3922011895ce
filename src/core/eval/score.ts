/**
 * A faithful TypeScript port of shared/tools/score.py: scores a system dump (claims + links)
 * against merged gold. Every pair figure is read off one confusion matrix. Pure: the caller
 * supplies the article bodies (see scoredBody).
 */
import { z } from 'zod';
import { toUtf16Offset } from './body';
import type { GoldFact, GoldMention, GoldQuoteRef, MergedGold } from './gold';
import { locateQuote, overlap, type Span } from './mentions';

// ---------------------------------------------------------------- dump format

export const DumpClaim = z.looseObject({
  id: z.unknown(),
  doc: z.string().nullish(),
  start: z.unknown(),
  end: z.unknown(),
  text: z.string().nullish(),
});
export const DumpLink = z.looseObject({ a: z.unknown(), b: z.unknown(), verdict: z.unknown() });
/** The system's raw output; lenient like score.py (bad entries are counted, not rejected). */
export const Dump = z.looseObject({
  claims: z.array(DumpClaim).optional(),
  links: z.array(DumpLink).optional(),
});
export type Dump = z.infer<typeof Dump>;

// ---------------------------------------------------------------- constants

const SYSTEM_STRENGTH: Record<string, number> = { related: 1, agree: 2, updated: 3, differ: 4 };
export const SCORED = ['agree', 'differ', 'updated'] as const;
const LABELLED = ['agree', 'differ', 'updated', 'unrelated'] as const;
const EXPECTED_RANK: Record<string, number> = { soft: 1, agree: 2, updated: 3, differ: 4 };
const FACT_CONFLICT_LABEL: Record<string, ExpectedClass> = { differ: 'differ', differ_time: 'updated', differ_soft: 'soft' };
const SYSTEM_COLUMNS = ['none', 'related', 'agree', 'updated', 'differ'] as const;

export type ExpectedClass = 'agree' | 'differ' | 'updated' | 'unrelated' | 'soft';
export type SystemColumn = (typeof SYSTEM_COLUMNS)[number];
export type ScoredVerdict = (typeof SCORED)[number];

// ---------------------------------------------------------------- located claims

export type LocatedHow = 'offsets' | 'text' | 'offsets_unverified' | 'unlocated' | 'doc_not_in_gold';

interface LocatedClaim {
  idx: number;
  id: unknown;
  doc: string | null;
  text: string | null;
  start: number | null;
  end: number | null;
  how: LocatedHow;
}

// Python's str.isspace() set (JS \s differs: it adds U+FEFF, lacks U+001C-U+001F and U+0085).
const PY_SPACE = '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const PY_SPACE_RUN = new RegExp(`${PY_SPACE}+`);
const PY_SPACE_EDGES = new RegExp(`^${PY_SPACE}+|${PY_SPACE}+$`, 'g');

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function pyStrip(s: string): string {
  return s.replace(PY_SPACE_EDGES, '');
}

function allSpans(body: string, pattern: RegExp): Span[] {
  const spans: Span[] = [];
  for (const m of body.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Span of `text` in body: the exact occurrence nearest `near`, else a whitespace-insensitive one. */
function findText(body: string, text: string, near: number): Span | null {
  let spans = allSpans(body, new RegExp(escapeRegExp(text), 'g'));
  const words = pyStrip(text).split(PY_SPACE_RUN).filter((w) => w.length > 0);
  if (spans.length === 0 && words.length > 0) {
    spans = allSpans(body, new RegExp(words.map(escapeRegExp).join(`${PY_SPACE}+`), 'g'));
  }
  let best: Span | null = null;
  for (const s of spans) if (best === null || Math.abs(s[0] - near) < Math.abs(best[0] - near)) best = s;
  return best;
}

function locateClaim(raw: z.infer<typeof DumpClaim>, body: string): Pick<LocatedClaim, 'start' | 'end' | 'how'> {
  const text = raw.text ?? '';
  const rawStart = Number.isInteger(raw.start) ? toUtf16Offset(body, raw.start as number) : null;
  const rawEnd = Number.isInteger(raw.end) ? toUtf16Offset(body, raw.end as number) : null;
  const valid = rawStart !== null && rawEnd !== null && 0 <= rawStart && rawStart < rawEnd && rawEnd <= body.length;
  if (valid && body.slice(rawStart, rawEnd) === text) return { start: rawStart, end: rawEnd, how: 'offsets' };
  const span = pyStrip(text) ? findText(body, text, rawStart ?? 0) : null;
  if (span) return { start: span[0], end: span[1], how: 'text' };
  if (valid) return { start: rawStart, end: rawEnd, how: 'offsets_unverified' };
  return { start: null, end: null, how: 'unlocated' };
}

function loadClaims(dump: Dump, bodies: ReadonlyMap<string, string>): LocatedClaim[] {
  return (dump.claims ?? []).map((raw, idx) => {
    const doc = raw.doc ?? null;
    const body = doc === null ? undefined : bodies.get(doc);
    const where = body === undefined ? { start: null, end: null, how: 'doc_not_in_gold' as const } : locateClaim(raw, body);
    // Python reads a missing text as "" and a missing id as None (like null).
    return { idx, id: raw.id ?? null, doc, text: raw.text === undefined ? '' : raw.text, ...where };
  });
}

// ---------------------------------------------------------------- nodes and matching

/** A claim (by dump position) or a placeholder for a gold quote that matched no claim. */
type GoldNode = { kind: 'c'; idx: number } | { kind: 'q'; doc: string; start: number; end: number };

function compareNodes(x: GoldNode, y: GoldNode): number {
  if (x.kind !== y.kind) return x.kind === 'c' ? -1 : 1;
  if (x.kind === 'c' && y.kind === 'c') return x.idx - y.idx;
  if (x.kind === 'q' && y.kind === 'q') {
    if (x.doc !== y.doc) return x.doc < y.doc ? -1 : 1;
    return x.start - y.start || x.end - y.end;
  }
  return 0;
}

function nodeKey(n: GoldNode): string {
  return n.kind === 'c' ? `c\u0000${n.idx}` : `q\u0000${n.doc}\u0000${n.start}\u0000${n.end}`;
}

interface ClaimPair {
  key: string;
  nodes: [GoldNode, GoldNode];
}

function pairOf(n1: GoldNode, n2: GoldNode): ClaimPair {
  const nodes: [GoldNode, GoldNode] = compareNodes(n1, n2) <= 0 ? [n1, n2] : [n2, n1];
  return { key: `${nodeKey(nodes[0])}\u0001${nodeKey(nodes[1])}`, nodes };
}

type LocatedSpanClaim = LocatedClaim & { start: number; end: number };

function quoteSpan(bodies: ReadonlyMap<string, string>, doc: string, quote: string): Span {
  const span = locateQuote(bodies.get(doc) ?? '', quote);
  if (!span) throw new Error(`gold quote not found in body of ${doc}: ${JSON.stringify(quote.slice(0, 80))}`);
  return span;
}

function bestClaim(span: Span, docClaims: readonly LocatedSpanClaim[]): LocatedSpanClaim | null {
  let best: LocatedSpanClaim | null = null;
  let bestOv = 0;
  for (const c of docClaims) {
    const ov = overlap(span, [c.start, c.end]);
    if (ov <= 0) continue;
    const better =
      best === null ||
      ov > bestOv ||
      (ov === bestOv && (c.end - c.start < best.end - best.start || (c.end - c.start === best.end - best.start && c.idx < best.idx)));
    if (better) {
      best = c;
      bestOv = ov;
    }
  }
  return best === null || 2 * bestOv < span[1] - span[0] ? null : best;
}

class Matcher {
  private readonly cache = new Map<string, { span: Span; claim: LocatedSpanClaim | null }>();
  constructor(
    readonly bodies: ReadonlyMap<string, string>,
    readonly byDoc: ReadonlyMap<string, LocatedSpanClaim[]>,
  ) {}

  match(ref: GoldQuoteRef): { span: Span; claim: LocatedSpanClaim | null } {
    const key = `${ref.doc}\u0000${ref.quote}`;
    let hit = this.cache.get(key);
    if (!hit) {
      const span = quoteSpan(this.bodies, ref.doc, ref.quote);
      hit = { span, claim: bestClaim(span, this.byDoc.get(ref.doc) ?? []) };
      this.cache.set(key, hit);
    }
    return hit;
  }

  node(ref: GoldQuoteRef): GoldNode {
    const { span, claim } = this.match(ref);
    return claim ? { kind: 'c', idx: claim.idx } : { kind: 'q', doc: ref.doc, start: span[0], end: span[1] };
  }
}

// ---------------------------------------------------------------- expected and system classes

function consistent(a: GoldMention, b: GoldMention): boolean {
  const ga = a.group;
  const gb = b.group;
  if (ga === '*' || gb === '*' || ga === gb) return true;
  return (gb !== undefined && (a.compatible_with ?? []).includes(gb)) || (ga !== undefined && (b.compatible_with ?? []).includes(ga));
}

/** Expected label of one cross-doc mention pair of a fact. */
export function mentionPairLabel(fact: GoldFact, a: GoldMention, b: GoldMention): ExpectedClass {
  if (fact.verdict === 'agree' || consistent(a, b)) return 'agree';
  const label = FACT_CONFLICT_LABEL[fact.verdict];
  if (!label) throw new Error(`fact ${fact.id}: unknown verdict ${JSON.stringify(fact.verdict)}`);
  return label;
}

function bump(counter: Record<string, number>, key: string, by = 1): void {
  counter[key] = (counter[key] ?? 0) + by;
}

function expectedClasses(gold: MergedGold, matcher: Matcher) {
  const labels = new Map<string, { pair: ClaimPair; labels: Set<ExpectedClass> }>();
  const mentionPairs: Record<string, number> = {};
  const notes: Record<string, number> = {};
  for (const fact of gold.facts) {
    const ms = fact.mentions;
    for (let i = 0; i < ms.length; i++) {
      for (let j = i + 1; j < ms.length; j++) {
        const a = ms[i]!;
        const b = ms[j]!;
        if (a.doc === b.doc) continue;
        const label = mentionPairLabel(fact, a, b);
        bump(mentionPairs, label);
        const pair = pairOf(matcher.node(a), matcher.node(b));
        const entry = labels.get(pair.key) ?? { pair, labels: new Set<ExpectedClass>() };
        entry.labels.add(label);
        labels.set(pair.key, entry);
      }
    }
  }
  const expected = new Map<string, { pair: ClaimPair; cls: ExpectedClass }>();
  for (const [key, entry] of labels) {
    const cls = [...entry.labels].reduce((x, y) => ((EXPECTED_RANK[y] ?? 0) > (EXPECTED_RANK[x] ?? 0) ? y : x));
    expected.set(key, { pair: entry.pair, cls });
  }
  for (const p of gold.unrelated) {
    if (p.a.doc === p.b.doc) {
      bump(notes, 'unrelated_same_doc_skipped');
      continue;
    }
    bump(mentionPairs, 'unrelated');
    const pair = pairOf(matcher.node(p.a), matcher.node(p.b));
    const prior = expected.get(pair.key);
    if (prior && prior.cls !== 'unrelated') bump(notes, 'unrelated_shadowed_by_fact');
    else expected.set(pair.key, { pair, cls: 'unrelated' });
  }
  return { expected, mentionPairs, notes };
}

function systemVerdicts(claims: readonly LocatedClaim[], links: readonly z.infer<typeof DumpLink>[]) {
  const byId = new Map<unknown, LocatedClaim>();
  for (const c of claims) if (!byId.has(c.id)) byId.set(c.id, c); // duplicate ids: the first wins
  const verdicts = new Map<string, { pair: ClaimPair; verdict: string }>();
  const ignored: Record<string, number> = {};
  for (const link of links) {
    const a = byId.get(link.a ?? null);
    const b = byId.get(link.b ?? null);
    const v = link.verdict;
    if (a === undefined || b === undefined) bump(ignored, 'unknown_claim_id');
    else if (typeof v !== 'string' || !(v in SYSTEM_STRENGTH)) bump(ignored, 'unknown_verdict');
    else if (a.doc === b.doc) bump(ignored, 'same_doc');
    else {
      const pair = pairOf({ kind: 'c', idx: a.idx }, { kind: 'c', idx: b.idx });
      const prior = verdicts.get(pair.key);
      if ((SYSTEM_STRENGTH[v] ?? 0) > (prior ? (SYSTEM_STRENGTH[prior.verdict] ?? 0) : 0)) verdicts.set(pair.key, { pair, verdict: v });
    }
  }
  return { verdicts, ignored };
}

// ---------------------------------------------------------------- figures

function ratio(num: number, den: number): number {
  return den ? num / den : 0;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  system: number;
  gold: number;
}

function prf(tp: number, nSystem: number, nGold: number): Prf {
  const p = ratio(tp, nSystem);
  const r = ratio(tp, nGold);
  return { precision: p, recall: r, f1: ratio(2 * p * r, p + r), tp, system: nSystem, gold: nGold };
}

type Confusion = Record<ExpectedClass, Record<SystemColumn, number>>;

function emptyRow(): Record<SystemColumn, number> {
  return { none: 0, related: 0, agree: 0, updated: 0, differ: 0 };
}

export interface ClaimRef {
  id: unknown;
  doc: string | null;
  text: string | null;
}

export interface ScoreResult {
  docs: number;
  mention_recall: number;
  mention_inside: number;
  mentions: { total: number; matched: number; inside: number };
  verdicts: Record<ScoredVerdict, Prf>;
  link_recall: number;
  link_recall_counts: { linked: number; expected: number };
  false_differ: number;
  unrelated_linked: number;
  boilerplate_claims: number;
  boilerplate_claim_list: ClaimRef[];
  unrelated_pairs: number;
  unlabelled_differ: number;
  unlabelled_differ_list: { a: ClaimRef; b: ClaimRef }[];
  cross_cluster_linked: number;
  /** Same count as cross_cluster_linked: agree/differ/updated links between different stories. */
  cross_story_links: number;
  expected_pairs: Record<'agree' | 'differ' | 'updated' | 'unrelated' | 'soft_skipped', number>;
  gold_mention_pairs: Record<string, number>;
  notes: Record<string, number>;
  confusion: Confusion;
  claims: { total: number; located: Record<string, number> };
  links: { total: number; ignored: Record<string, number>; cross_doc_pairs: number; pairs_by_verdict: Record<string, number> };
}

function claimRef(c: LocatedClaim): ClaimRef {
  return { id: c.id, doc: c.doc, text: c.text };
}

/**
 * Score one dump against merged gold. `bodies` must hold the scored body (scoredBody) of every
 * gold doc; throws when one is missing or a gold quote is not in its body.
 */
export function scoreDump(gold: MergedGold, bodies: ReadonlyMap<string, string>, dumpJson: unknown): ScoreResult {
  for (const doc of gold.docs.keys()) if (!bodies.has(doc)) throw new Error(`no article body for doc ${JSON.stringify(doc)}`);
  const dump = Dump.parse(dumpJson);
  const claims = loadClaims(dump, bodies);
  const byDoc = new Map<string, LocatedSpanClaim[]>();
  for (const c of claims) {
    if (c.start === null || c.end === null || c.doc === null) continue;
    const list = byDoc.get(c.doc) ?? [];
    list.push(c as LocatedSpanClaim);
    byDoc.set(c.doc, list);
  }
  const matcher = new Matcher(bodies, byDoc);
  const { expected, mentionPairs, notes } = expectedClasses(gold, matcher);
  const links = dump.links ?? [];
  const { verdicts: system, ignored } = systemVerdicts(claims, links);

  const conf: Confusion = { agree: emptyRow(), differ: emptyRow(), updated: emptyRow(), unrelated: emptyRow(), soft: emptyRow() };
  for (const [key, { cls }] of expected) conf[cls][(system.get(key)?.verdict ?? 'none') as SystemColumn] += 1;
  const rowSum = (e: ExpectedClass) => SYSTEM_COLUMNS.reduce((s, col) => s + conf[e][col], 0);

  const verdicts = {} as Record<ScoredVerdict, Prf>;
  for (const v of SCORED) verdicts[v] = prf(conf[v][v], LABELLED.reduce((s, e) => s + conf[e][v], 0), rowSum(v));
  const expectedN = SCORED.reduce((s, e) => s + rowSum(e), 0);
  const linked = SCORED.reduce((s, e) => s + rowSum(e) - conf[e].none, 0);

  let total = 0;
  let matched = 0;
  let inside = 0;
  for (const fact of gold.facts) {
    for (const m of fact.mentions) {
      const { span, claim } = matcher.match(m);
      total += 1;
      if (claim) matched += 1;
      if ((byDoc.get(m.doc) ?? []).some((c) => c.start <= span[0] && span[1] <= c.end)) inside += 1;
    }
  }

  const boilerplateHits = new Map<number, LocatedClaim>();
  for (const b of gold.boilerplate) {
    const span = quoteSpan(bodies, b.doc, b.quote);
    for (const c of byDoc.get(b.doc) ?? []) if (overlap(span, [c.start, c.end]) > 0) boilerplateHits.set(c.idx, c);
  }
  const boilerplateList = [...boilerplateHits.entries()].sort((x, y) => x[0] - y[0]).map(([, c]) => claimRef(c));

  const claimAt = (n: GoldNode) => claims[(n as { idx: number }).idx]!;
  const sortedSystem = [...system.values()].sort(
    (x, y) => compareNodes(x.pair.nodes[0], y.pair.nodes[0]) || compareNodes(x.pair.nodes[1], y.pair.nodes[1]),
  );
  const unlabelled = sortedSystem
    .filter((s) => s.verdict === 'differ' && !expected.has(s.pair.key))
    .map((s) => ({ a: claimRef(claimAt(s.pair.nodes[0])), b: claimRef(claimAt(s.pair.nodes[1])) }));

  const storyOf = (doc: string | null) => (doc !== null && gold.docs.has(doc) ? gold.docs.get(doc) : doc);
  const crossCluster = [...system.values()].filter(
    (s) => (SCORED as readonly string[]).includes(s.verdict) && storyOf(claimAt(s.pair.nodes[0]).doc) !== storyOf(claimAt(s.pair.nodes[1]).doc),
  ).length;

  const located: Record<string, number> = {};
  for (const c of claims) bump(located, c.how);
  const pairsByVerdict: Record<string, number> = {};
  for (const s of system.values()) bump(pairsByVerdict, s.verdict);

  return {
    docs: gold.docs.size,
    mention_recall: ratio(matched, total),
    mention_inside: ratio(inside, total),
    mentions: { total, matched, inside },
    verdicts,
    link_recall: ratio(linked, expectedN),
    link_recall_counts: { linked, expected: expectedN },
    false_differ: conf.agree.differ + conf.updated.differ + conf.unrelated.differ,
    unrelated_linked: SCORED.reduce((s, v) => s + conf.unrelated[v], 0),
    boilerplate_claims: boilerplateList.length,
    boilerplate_claim_list: boilerplateList,
    unrelated_pairs: rowSum('unrelated'),
    unlabelled_differ: unlabelled.length,
    unlabelled_differ_list: unlabelled,
    cross_cluster_linked: crossCluster,
    cross_story_links: crossCluster,
    expected_pairs: {
      agree: rowSum('agree'),
      differ: rowSum('differ'),
      updated: rowSum('updated'),
      unrelated: rowSum('unrelated'),
      soft_skipped: rowSum('soft'),
    },
    gold_mention_pairs: mentionPairs,
    notes,
    confusion: conf,
    claims: { total: claims.length, located },
    links: { total: links.length, ignored, cross_doc_pairs: system.size, pairs_by_verdict: pairsByVerdict },
  };
}
