/**
 * Designations: labels written with digits that are not amounts — a firearm's calibre (".38",
 * ".357 caliber"), a game's final score ("a 20-13 win"), a kind of vehicle ("a 4x4"). Two outlets
 * naming the one weapon of a story with different calibres differ; metric and inch calibres, or
 * different kinds of weapon, are never compared. Two different scores are two games.
 */
import type { Claim, SlotEvidence } from '../model';
import { spanEvidence, type Spanned } from './spans';

export interface Calibre {
  /** Digits after the point: "38" for ".38", "357" for ".357". */
  value: string;
  /** revolver | pistol | rifle | shotgun | null (gun, weapon: any kind). */
  weapon: string | null;
  raw: string;
  start: number;
  end: number;
}

const WEAPON_KIND: Record<string, string | null> = {
  revolver: 'revolver',
  pistol: 'pistol',
  handgun: 'pistol',
  rifle: 'rifle',
  shotgun: 'shotgun',
  gun: null,
  weapon: null,
  firearm: null,
};

// ".38 caliber", ".357-caliber", ".38 revolver"; text copied with a space after the point (". 38") too.
const CALIBRE =
  /(?<![\p{N}])\.\s?(\d{2,3})(?![\p{N},]|\.\p{N})(?:\s?-?\s?calib(?:er|re))?((?:\s+[\p{L}’'-]+){1,4})?/gu;

/** Inch-calibre designations in a claim, each with the kind of weapon named right after it. */
export function calibresOf(text: string): Calibre[] {
  const out: Calibre[] = [];
  const matches = [...text.matchAll(CALIBRE)];
  // Once a sentence has named a calibre, a bare ".32" in it is another ("… from a .45 caliber, but
  // he had a .32"); alone, ".308" may be a batting average.
  const namesACalibre = matches.some((m) => /calib(?:er|re)/i.test(m[0]));
  for (const m of matches) {
    const hasCalibreWord = /calib(?:er|re)/i.test(m[0]);
    const words = (m[2] ?? '').toLowerCase().trim().split(/\s+/).filter(Boolean);
    const weaponWord = words.find((w) => w.replace(/s$/, '') in WEAPON_KIND);
    const bare = namesACalibre && /^\.\s?\d{2,3}(?:\s|$)/.test(m[0]) && /\ban?\s*$/i.test(text.slice(0, m.index!));
    if (!hasCalibreWord && !weaponWord && !bare) continue;
    const weapon = weaponWord ? WEAPON_KIND[weaponWord.replace(/s$/, '')]! : null;
    const rawEnd = weaponWord ? m.index! + m[0].toLowerCase().indexOf(weaponWord, 1) + weaponWord.length : m.index! + m[0].length - (m[2]?.length ?? 0);
    out.push({ value: m[1]!, weapon, raw: text.slice(m.index!, rawEnd).trim(), start: m.index!, end: rawEnd });
  }
  return out;
}

export interface DesignationComparison {
  status: 'agree' | 'differ';
  evidence: SlotEvidence;
}

function sameWeapon(a: Calibre, b: Calibre): boolean {
  return a.weapon === null || b.weapon === null || a.weapon === b.weapon;
}

/**
 * The calibre both claims give for one weapon, or null when either names none, or several, or
 * the weapons differ in kind.
 */
export function compareCalibres(a: Claim, b: Claim): DesignationComparison | null {
  const ca = calibresOf(a.text);
  const cb = calibresOf(b.text);
  if (ca.length !== 1 || cb.length !== 1) return null;
  const x = ca[0]!;
  const y = cb[0]!;
  if (!sameWeapon(x, y)) return null;
  const status = x.value === y.value ? 'agree' : 'differ';
  return {
    status,
    evidence: spanEvidence('quantity', status, x, y, status === 'agree' ? 'same calibre' : `calibre .${x.value} vs .${y.value}`),
  };
}

/** One kind of vehicle by its usual names: "a 4x4", "a four-by-four", "an SUV" are one off-roader. */
const OFF_ROADER = /(?<![\p{L}\p{N}])(?:4\s?[x×X]\s?4|[Ff]our[- ]by[- ][Ff]our|SUV|[Ss]port[- ]utility vehicle)s?(?![\p{L}\p{N}])/u;

/** The vehicle is what was driven into something: "rammed an SUV", "drove a large 4x4", "crash 4x4". */
const DRIVEN = /\b(?:ram|rams|rammed|ramming|drive|drives|drove|driven|driving|crash|crashes|crashed|crashing|smash|smashed|smashing|plough|ploughed|plow|plowed)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** Where the claim names an off-roader driven into something, or null. */
export function offRoaderOf(text: string): Spanned | null {
  const m = OFF_ROADER.exec(text);
  if (!m || !DRIVEN.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
  return { raw: m[0], start: m.index, end: m.index + m[0].length };
}

/**
 * Both claims name the vehicle driven into something as an off-roader ("rammed a 4x4 into the
 * store" / "drove a large four-by-four car"): agreed. Never a difference: a car may be an SUV in one report.
 */
export function compareVehicles(a: Claim, b: Claim): DesignationComparison | null {
  const x = offRoaderOf(a.text);
  const y = offRoaderOf(b.text);
  if (!x || !y) return null;
  return { status: 'agree', evidence: spanEvidence('name', 'agree', x, y, 'same kind of vehicle') };
}

/** Words that make "20-13" the score of a game rather than a range or a date. */
const SCORE =
  /\b(?:(?:win|wins|won|victory|loss|lost|defeat|defeated|beat|beats|rout|routed|triumph|edge|edged|draw|tie|tied)\s+(?:\p{L}+,?\s+){0,3}?(\d{1,3})\s?[-–]\s?(\d{1,3})|(\d{1,3})\s?[-–]\s?(\d{1,3})\s+(?:win|victory|loss|defeat|rout|triumph|draw|tie|overtime))\b/giu;

/** Final scores a sentence gives ("a 20-13 win", "beat the Chiefs 20-13"), as "high-low". */
export function scoresOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SCORE)) {
    const [x, y] = [Number(m[1] ?? m[3]), Number(m[2] ?? m[4])];
    out.push(`${Math.max(x, y)}-${Math.min(x, y)}`);
  }
  return out;
}

/** Both sentences give a game's score and no score is the same: two games, whatever else is alike. */
export function otherGames(a: Claim, b: Claim): boolean {
  const sa = scoresOf(a.text);
  const sb = scoresOf(b.text);
  return sa.length > 0 && sb.length > 0 && !sa.some((s) => sb.includes(s));
}
