/** Verdict highlights: one CSS highlight per verdict, plus the keyboard focus. Styles in assets/highlights.css. */
import { highlightsSupported, paint } from './paint';

export const VERDICT_HIGHLIGHTS = {
  agree: 'crosscheck-agree',
  differ: 'crosscheck-differ',
  updated: 'crosscheck-updated',
} as const;
export const FOCUS_HIGHLIGHT = 'crosscheck-focus';

export type PaintedVerdict = keyof typeof VERDICT_HIGHLIGHTS;

export function paintVerdicts(byVerdict: Record<PaintedVerdict, Range[]>): void {
  for (const verdict of Object.keys(VERDICT_HIGHLIGHTS) as PaintedVerdict[]) {
    paint(VERDICT_HIGHLIGHTS[verdict], byVerdict[verdict]);
  }
}

export function paintFocus(range: Range | null): void {
  paint(FOCUS_HIGHLIGHT, range ? [range] : []);
}

export { highlightsSupported };
