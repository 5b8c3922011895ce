/**
 * Which stretches of an article body become claims: the sentences of non-furniture paragraphs,
 * wire datelines stripped, long sentences split at semicolons into independent clauses, and
 * furniture, repeats and verbless scraps dropped. Gold mentions count as found when one claim
 * covers half of them, so claims stay sentence- or clause-sized, never smaller.
 */
import { splitSentences } from '../text/segment';
import { datelineLength, isBoilerplateParagraph, isBoilerplateSentence } from './boilerplate';

/** A stretch of the body that becomes one claim. */
export interface ClaimUnit {
  start: number;
  end: number;
  /** Index of the sentence it comes from (clauses of one sentence share it). */
  sentence: number;
}

/** Sentences longer than this may be split at semicolons into independent clauses. */
const SPLIT_MIN_WORDS = 30;
const CLAUSE_MIN_WORDS = 8;
/**
 * The stretches of `body` that become claims: sentences of non-furniture paragraphs, datelines
 * stripped, long sentences split at semicolons, furniture, repeats and verbless scraps dropped.
 */
export function claimUnits(body: string): ClaimUnit[] {
  const units: ClaimUnit[] = [];
  const seen = new Set<string>();
  let sentenceIndex = 0;
  const paragraph = /[^\r\n]+/g;
  for (let p = paragraph.exec(body); p; p = paragraph.exec(body)) {
    if (isBoilerplateParagraph(p[0])) continue;
    for (const s of splitSentences(p[0])) {
      const index = sentenceIndex++;
      let start = p.index + s.start;
      const end = p.index + s.end;
      start += datelineLength(body.slice(start, end));
      for (const [a, b] of clauses(body, start, end)) {
        const [cs, ce] = trimSpan(body, a, b);
        const text = body.slice(cs, ce);
        if (ce <= cs || isBoilerplateSentence(text) || isScrap(text) || seen.has(text)) continue;
        seen.add(text);
        units.push({ start: cs, end: ce, sentence: index });
      }
    }
  }
  return units;
}

/** Independent clauses of a long sentence: split at "; " when both sides are clause-sized. */
function clauses(body: string, start: number, end: number): [number, number][] {
  const text = body.slice(start, end);
  if (wordCount(text) < SPLIT_MIN_WORDS || !text.includes(';')) return [[start, end]];
  const out: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(/;\s+/g)) {
    const left = text.slice(from, m.index + 1);
    const right = text.slice(m.index + m[0].length);
    if (wordCount(left) >= CLAUSE_MIN_WORDS && wordCount(right) >= CLAUSE_MIN_WORDS) {
      out.push([start + from, start + m.index + 1]);
      from = m.index + m[0].length;
    }
  }
  out.push([start + from, end]);
  return out;
}

function trimSpan(body: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body[s]!)) s++;
  while (e > s && /\s/.test(body[e - 1]!)) e--;
  return [s, e];
}

function wordCount(text: string): number {
  return text.match(/\p{L}[\p{L}\p{N}'’.-]*|\p{N}[\p{N},.]*/gu)?.length ?? 0;
}

/** Under four words with no figure or date: a heading crumb, a label, not a statement. */
function isScrap(text: string): boolean {
  const words = wordCount(text);
  if (words === 0) return true;
  if (words >= 4) return false;
  return !/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?)\b/i.test(text);
}

