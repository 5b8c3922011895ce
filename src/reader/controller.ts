/**
 * The page's interactive layer: verdict highlights, hover card, keyboard navigation.
 * It owns no data; `update` hands it the claims the background found and where they are.
 */
import type { ClaimView } from '../messages/schemas';
import type { Card } from './card';
import { claimAtPoint, type Anchored } from './hit-test';
import { paintFocus, paintVerdicts, type PaintedVerdict } from './painter';

const SHOW_DELAY_MS = 120;
const HIDE_DELAY_MS = 300;

export interface Controller {
  update(views: readonly ClaimView[], ranges: ReadonlyMap<string, Range>): void;
  next(): void;
  previous(): void;
  /** Scrolls to a claim and opens its card with focus (popup clicks, keyboard). */
  focusClaim(claimId: string): boolean;
  destroy(): void;
}

interface Flagged extends Anchored {
  view: ClaimView;
}

export function createController(doc: Document, card: Card): Controller {
  let flagged: Flagged[] = [];
  let current: Flagged | null = null;
  let keyboardMode = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;

  const schedule = (fn: () => void, ms: number): void => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
  const rects = (entry: Flagged): DOMRect[] => Array.from(entry.range.getClientRects());
  const show = (entry: Flagged, focus: boolean): void => {
    current = entry;
    keyboardMode = focus;
    paintFocus(focus ? entry.range : null);
    card.show(entry.view, rects(entry), { focus });
  };
  const hide = (): void => {
    clearTimeout(timer);
    current = null;
    keyboardMode = false;
    paintFocus(null);
    card.hide();
  };

  const onPointerMove = (event: PointerEvent): void => {
    if (keyboardMode) return;
    const { clientX: x, clientY: y, target } = event;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (card.owns(target)) return clearTimeout(timer);
      const hit = claimAtPoint(doc, x, y, flagged) as Flagged | null;
      if (hit && hit !== current) schedule(() => show(hit, false), SHOW_DELAY_MS);
      else if (hit) clearTimeout(timer);
      else if (card.open) schedule(hide, HIDE_DELAY_MS);
      else clearTimeout(timer);
    });
  };

  const step = (delta: 1 | -1): void => {
    if (flagged.length === 0) return;
    const at = current ? flagged.indexOf(current) : -1;
    const nextIndex = at < 0 ? (delta > 0 ? 0 : flagged.length - 1) : (at + delta + flagged.length) % flagged.length;
    focusEntry(flagged[nextIndex] as Flagged);
  };

  const focusEntry = (entry: Flagged): void => {
    const element = entry.range.startContainer.parentElement;
    const reduced = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
    element?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'instant' });
    show(entry, true);
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (!card.open) return;
    if (event.key === 'Escape') {
      hide();
      event.stopPropagation();
      return;
    }
    if (!keyboardMode || !card.owns(event.target)) return;
    if (event.key === 'ArrowDown' || event.key === 'j') step(1);
    else if (event.key === 'ArrowUp' || event.key === 'k') step(-1);
    else return;
    event.preventDefault();
  };

  const onScroll = (): void => {
    if (current && keyboardMode) card.show(current.view, rects(current), { focus: false });
    else if (card.open) hide();
  };

  doc.addEventListener('pointermove', onPointerMove, { passive: true });
  doc.addEventListener('keydown', onKeyDown, true);
  doc.defaultView?.addEventListener('scroll', onScroll, { passive: true });

  return {
    update(views, ranges) {
      hide();
      flagged = views
        .filter((view) => ranges.has(view.claimId))
        .sort((a, b) => a.start - b.start)
        .map((view) => ({ id: view.claimId, range: ranges.get(view.claimId) as Range, view }));
      const byVerdict: Record<PaintedVerdict, Range[]> = { agree: [], differ: [], updated: [] };
      for (const entry of flagged) byVerdict[entry.view.verdict].push(entry.range);
      paintVerdicts(byVerdict);
    },
    next: () => step(1),
    previous: () => step(-1),
    focusClaim(claimId) {
      const entry = flagged.find((f) => f.id === claimId);
      if (entry) focusEntry(entry);
      return entry !== undefined;
    },
    destroy() {
      hide();
      doc.removeEventListener('pointermove', onPointerMove);
      doc.removeEventListener('keydown', onKeyDown, true);
      doc.defaultView?.removeEventListener('scroll', onScroll);
      paintVerdicts({ agree: [], differ: [], updated: [] });
      card.destroy();
    },
  };
}
