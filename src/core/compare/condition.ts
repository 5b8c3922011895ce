/**
 * How many of the hurt are badly hurt: "one is in critical condition", "one of them sustained
 * severe injuries", "injuring three soldiers, one of them critically". Outlets word it many ways
 * and rarely with a counted noun, so the figure slots miss it. Two reports giving the same count
 * agree; different counts are left unsaid (a condition changes by the hour).
 */
import type { Claim } from '../model';
import { numberFromWords } from '../text/numbers';
import type { DesignationComparison } from './designations';
import { spanEvidence, type Spanned } from './spans';

const SEVERITY = [
  /\bin\s+(?:a\s+)?(?:critical|serious|grave)\s+condition\b/gi,
  /\b(?:critically|seriously|gravely|severely)\s+(?:injured|wounded|hurt|burned|burnt)\b/gi,
  /\b(?:severe|serious|critical|life-threatening|grave)\s+(?:injuries|injury|wounds|wound|burns)\b/gi,
  /\bof\s+them\s+(?:critically|seriously|gravely|severely)\b/gi,
];
/** The count before the severity, with nothing but words between: "one of these service members sustained". */
const COUNT_BEFORE = /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?![\s-]+years?\b)(?:\s+[\p{L}’'-]+){0,6}\s*$/iu;

export interface BadlyHurt extends Spanned {
  count: number;
}

/** The number of people the claim says are badly hurt, or null when it gives none (or several). */
export function badlyHurtOf(text: string): BadlyHurt | null {
  const found: BadlyHurt[] = [];
  for (const pattern of SEVERITY) {
    for (const m of text.matchAll(pattern)) {
      const lead = text.slice(Math.max(0, m.index - 60), m.index);
      // "one of them critically": the count is the word just before "of them".
      const count = COUNT_BEFORE.exec(lead.replace(/[—–-]\s*$/, ' '));
      if (!count) continue;
      const value = numberFromWords(count[1]!);
      if (value === null) continue;
      const start = m.index - lead.length + count.index;
      found.push({ count: value, raw: text.slice(start, m.index + m[0].length), start, end: m.index + m[0].length });
    }
  }
  return found.length === 1 ? found[0]! : null;
}

/** Both claims count the badly hurt alike: agreed. Never a difference. */
export function compareConditions(a: Claim, b: Claim): DesignationComparison | null {
  const x = badlyHurtOf(a.text);
  const y = badlyHurtOf(b.text);
  if (!x || !y || x.count !== y.count) return null;
  return { status: 'agree', evidence: spanEvidence('quantity', 'agree', x, y, 'as many badly hurt') };
}
