/**
 * The hover card from outside: hover a painted claim with the real pointer, find where the card
 * is drawn (elementFromPoint hits its host; both browsers) and, in Chromium, read what it says
 * through CDP (its shadow root is closed to the page).
 */
import type { Tab } from './browsers';
import type { CardDom } from './card-dom';
import { expect, sleep } from './harness';
import { cardHits, pollTab, revealPainted, type CardHits } from './probes';

export type Lines = Array<{ left: number; top: number; right: number; bottom: number }>;

const CARD_TIMEOUT_MS = 5_000;

/** Moves the pointer away, then onto the first line of the painted claim containing `quote`. */
export async function hoverPainted(tab: Tab, highlight: string, quote: string): Promise<Lines> {
  const lines = await tab.evaluate(revealPainted, { name: highlight, quote });
  expect(lines !== null && lines.length > 0, `no range of ${highlight} contains "${quote}"`);
  await tab.mouseMove(2, 2);
  await sleep(150);
  const first = lines[0] as Lines[number];
  await tab.mouseMove(first.left + Math.min(30, (first.right - first.left) / 2), (first.top + first.bottom) / 2);
  return lines;
}

/** Waits until the card is drawn (or, with `open: false`, gone); returns where it was seen. */
export async function waitForCard(tab: Tab, lines: Lines, open: boolean): Promise<CardHits> {
  const x = (lines[0]?.left ?? 10) + 10;
  const polled = await pollTab(tab, cardHits, { x, lines }, (hits) => (hits.rows.length > 0) === open, CARD_TIMEOUT_MS);
  expect(polled.accepted && polled.value !== undefined, `card ${open ? 'never appeared' : 'still drawn'} after ${CARD_TIMEOUT_MS} ms${polled.lastError ? ` (${polled.lastError})` : ''}`);
  return polled.value;
}

export function expectCardBesideSentence(hits: CardHits, lines: Lines): void {
  expect(hits.coveredSentencePoints === 0, `the card covers the sentence at ${hits.coveredSentencePoints} point(s)`);
  const top = Math.min(...lines.map((l) => l.top));
  const bottom = Math.max(...lines.map((l) => l.bottom));
  const overlapping = hits.rows.filter((y) => y > top && y < bottom);
  expect(overlapping.length === 0, `card rows ${overlapping.join(',')} overlap the sentence (${top}–${bottom})`);
}

/** Chromium: reads the open card through CDP, waiting for it to be filled in. */
export async function readOpenCard(tab: Tab): Promise<CardDom> {
  expect(tab.readCard !== undefined, 'this browser cannot read the card');
  const deadline = Date.now() + CARD_TIMEOUT_MS;
  let card: CardDom | null = null;
  while (Date.now() < deadline) {
    card = await tab.readCard();
    if (card?.open) return card;
    await sleep(100);
  }
  expect(false, card ? 'the card is hidden' : 'no <crosscheck-card> in the page');
}

/** Markup from pages must arrive as text: these elements never appear in the card. */
export const FORBIDDEN_CARD_TAGS = ['IMG', 'SCRIPT', 'IFRAME', 'SVG', 'svg', 'STYLE', 'OBJECT', 'EMBED'];

export function expectNoInjectedElements(card: CardDom): void {
  // The card's own <style> sits beside the card element, not inside it.
  const bad = card.tags.filter((tag) => FORBIDDEN_CARD_TAGS.includes(tag));
  expect(bad.length === 0, `elements from page text inside the card: ${bad.join(', ')}`);
}
