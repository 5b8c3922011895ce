/**
 * The eval pipeline without I/O: extract claims from every article, index them all, cross-check
 * each gold doc against the rest, and turn findings into a score.py dump. The engine is passed in
 * so the pipeline is testable on its own and always runs the same functions as the extension.
 */
import type { Claim, Finding, Verdict } from '../model';
import { toCodePointOffset } from './body';

/** What the comparison needs about an article (structurally the compare module's ArticleRef). */
export interface EvalArticleRef {
  id: string;
  site: string;
  publishedAt: string | null;
  title?: string;
  url?: string;
}

export interface EvalArticle {
  ref: EvalArticleRef;
  /** The article body (claim offsets index it). */
  body: string;
  /** Gold docs are cross-checked; library articles are only indexed. */
  gold: boolean;
}

export interface EvalEngine<Index> {
  extractClaims(article: { id: string; text: string; publishedAt: string | null; title?: string }): Claim[];
  newIndex(): Index;
  addToIndex(index: Index, claim: Claim, ref: EvalArticleRef): void;
  crossCheck(pageClaims: Claim[], pageRef: EvalArticleRef, index: Index): Finding[];
}

export interface ExtractedArticle extends EvalArticle {
  claims: Claim[];
}

export interface DumpClaimOut {
  id: string;
  doc: string;
  start: number;
  end: number;
  text: string;
}

export interface DumpLinkOut {
  a: string;
  b: string;
  verdict: Verdict;
}

export interface EvalDump {
  claims: DumpClaimOut[];
  links: DumpLinkOut[];
}

const STRENGTH: Record<Verdict, number> = { related: 1, agree: 2, updated: 3, differ: 4 };

/** Claims of every article. */
export function extractAll<I>(articles: readonly EvalArticle[], engine: EvalEngine<I>): ExtractedArticle[] {
  return articles.map((a) => ({
    ...a,
    claims: engine.extractClaims({ id: a.ref.id, text: a.body, publishedAt: a.ref.publishedAt, ...(a.ref.title ? { title: a.ref.title } : {}) }),
  }));
}

/**
 * Index every claim once, then cross-check each gold article against all others (findings on its
 * own claims are dropped). Each unordered claim pair becomes one link with its strongest verdict.
 */
export function crossCheckAll<I>(articles: readonly ExtractedArticle[], engine: EvalEngine<I>): DumpLinkOut[] {
  const index = engine.newIndex();
  const articleOf = new Map<string, string>();
  for (const a of articles) {
    for (const c of a.claims) {
      engine.addToIndex(index, c, a.ref);
      articleOf.set(c.id, a.ref.id);
    }
  }
  const links = new Map<string, DumpLinkOut>();
  for (const a of articles) {
    if (!a.gold || a.claims.length === 0) continue;
    for (const f of engine.crossCheck(a.claims, a.ref, index)) {
      const other = articleOf.get(f.otherClaimId);
      if (f.otherArticleId === a.ref.id || other === undefined || other === a.ref.id) continue;
      const [x, y] = f.claimId < f.otherClaimId ? [f.claimId, f.otherClaimId] : [f.otherClaimId, f.claimId];
      const key = `${x}\u0000${y}`;
      const prior = links.get(key);
      if (!prior || STRENGTH[f.verdict] > STRENGTH[prior.verdict]) links.set(key, { a: x, b: y, verdict: f.verdict });
    }
  }
  return [...links.values()];
}

/**
 * The dump score.py reads: claims of gold docs, plus library claims that some link reaches
 * (needed for cross-story counts and the unlabelled-differ list). Offsets count code points.
 */
export function buildDump(articles: readonly ExtractedArticle[], links: readonly DumpLinkOut[]): EvalDump {
  const linked = new Set(links.flatMap((l) => [l.a, l.b]));
  const claims: DumpClaimOut[] = [];
  for (const a of articles) {
    for (const c of a.claims) {
      if (!a.gold && !linked.has(c.id)) continue;
      claims.push({
        id: c.id,
        doc: a.ref.id,
        start: toCodePointOffset(a.body, c.start),
        end: toCodePointOffset(a.body, c.end),
        text: c.text,
      });
    }
  }
  return { claims, links: [...links] };
}

/** Claim ids used by more than one claim (score.py would silently keep only the first). */
export function duplicateClaimIds(articles: readonly ExtractedArticle[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const a of articles) for (const c of a.claims) (seen.has(c.id) ? dup : seen).add(c.id);
  return [...dup];
}

/**
 * The dump as seen from a subset of docs (one story): only links touching one of them, so that
 * links between two other stories' docs do not count as this story's unlabelled or cross-story links.
 */
export function dumpForDocs(dump: EvalDump, docs: ReadonlySet<string>): EvalDump {
  const docOf = new Map(dump.claims.map((c) => [c.id, c.doc]));
  const touches = (id: string) => docs.has(docOf.get(id) ?? '');
  return { claims: dump.claims, links: dump.links.filter((l) => touches(l.a) || touches(l.b)) };
}
