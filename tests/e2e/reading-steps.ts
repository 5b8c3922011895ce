/**
 * Issue 6 in the browser: verdict styles against the gold, the hover card, keyboard navigation,
 * the hostile page and a page whose body arrives late. Each function adds runner steps to a Walk.
 */
import { HOSTILE_ALERT_GLOBAL, PAGES, QUOTES, type PageId } from '../fixtures/facts';
import { expectCardBesideSentence, expectNoInjectedElements, hoverPainted, readOpenCard, waitForCard, type Lines } from './card-checks';
import { sameSentence } from './gold-verdicts';
import { expect, expectEqual, sleep } from './harness';
import {
  cardHits,
  fixtureAlerts,
  FOCUS_HIGHLIGHT,
  focusedText,
  highlightSize,
  installAlertRecorder,
  pollTab,
  popupFlagged,
  READ_HIGHLIGHT,
  VERDICT_HIGHLIGHTS,
  type PopupFlagged,
} from './probes';
import { pageUrl, type Walk } from './scenario';
import {
  expectCountsMatchPaint,
  expectGoldPrecision,
  expectPaintMatchesFlagged,
  expectRequiredDetections,
  flaggedClaims,
  paintedVerdicts,
  type Painted,
} from './verdict-checks';

const PAINT_TIMEOUT_MS = 8_000;

/** Waits until the page paints as many verdict ranges as the popup counts (paint follows the check). */
async function settledPaint(walk: Walk, view: PopupFlagged): Promise<Painted> {
  const tab = await walk.readerTab();
  const deadline = Date.now() + PAINT_TIMEOUT_MS;
  let painted = await paintedVerdicts(tab);
  while (Date.now() < deadline) {
    const same = (['differ', 'updated', 'agree'] as const).every((v) => view.counts[v] === String(painted[v].length));
    if (same) break;
    await sleep(150);
    painted = await paintedVerdicts(tab);
  }
  return painted;
}

export async function stepVerdicts(walk: Walk, page: PageId): Promise<void> {
  const { runner } = walk.ctx;
  const name = `${walk.name}: ${page}`;
  let view: PopupFlagged | undefined;
  let painted: Painted | undefined;
  await runner.step(`${name}: popup verdict counts equal the ranges in the verdict highlights`, async () => {
    view = await walk.flagged(page);
    painted = await settledPaint(walk, view);
    expectCountsMatchPaint(view, painted);
  });
  if (!view || !painted) return;
  const flagged = flaggedClaims(view, walk.library);
  const library = [...walk.library];
  await runner.step(`${name}: each painted range is a flagged claim with that verdict`, async () => {
    expectPaintMatchesFlagged(painted as Painted, flagged);
  });
  await runner.step(`${name}: every verdict is backed by the gold (no false differ)`, async () => {
    for (const note of expectGoldPrecision(page, flagged, library)) console.log(`     note: ${note}`);
  });
  await runner.step(`${name}: required detections are painted with the expected outlets`, async () => {
    expectRequiredDetections(page, flagged, painted as Painted, library);
  });
}

/** Hover the wire's differing lead: the card names the courier, emphasises the values, stays beside the sentence. */
export async function stepHoverCard(walk: Walk): Promise<void> {
  const { runner } = walk.ctx;
  await runner.step(`${walk.name}: hovering the wire's differing lead opens a card beside it`, async () => {
    const tab = await walk.readerTab();
    const lines = await hoverPainted(tab, VERDICT_HIGHLIGHTS.differ, QUOTES.wireLead);
    const hits = await waitForCard(tab, lines, true);
    expectCardBesideSentence(hits, lines);
    await tab.screenshot(walk.screenshotPath('wire-card-hover'));
    if (tab.readCard) {
      const card = await readOpenCard(tab);
      expectEqual(card.shadowRootType, 'closed', 'card shadow root');
      expectEqual(card.role, 'dialog', 'card role');
      const courier = card.outlets.find((o) => o.site === PAGES.courier.site);
      expect(courier !== undefined, `card outlets: ${card.outlets.map((o) => o.site).join(', ') || 'none'}`);
      expectEqual(courier.badge, 'Differs', 'courier badge');
      expect(sameSentence(QUOTES.courierLead, courier.quote), `courier sentence in the card: "${courier.quote}"`);
      expect(courier.marks.some((m) => m.emphasis === 'differ' && m.text === 'Three'), `marks: ${JSON.stringify(courier.marks)}`);
      expect(courier.diffs.some((d) => d.includes('here Four · there Three')), `diff lines: ${JSON.stringify(courier.diffs)}`);
    }
    // The card stays while the pointer moves into it.
    const row = hits.rows[Math.floor(hits.rows.length / 2)] as number;
    await tab.mouseMove((lines[0]?.left ?? 10) + 20, row);
    await sleep(700);
    const after = await tab.evaluate(cardHits, { x: (lines[0]?.left ?? 10) + 10, lines });
    expect(after.rows.length > 0, 'the card closed when the pointer moved into it');
    await tab.press('Escape');
    await waitForCard(tab, lines, false);
  });
}

function clickFlagged(claimId: string): boolean {
  const button = document.querySelector(`[data-field="flagged"] button[data-claim-id="${claimId}"]`);
  if (!(button instanceof HTMLButtonElement) || button.disabled) return false;
  button.click();
  return true;
}

async function waitFocus(walk: Walk, quote: string, what: string): Promise<void> {
  const tab = await walk.readerTab();
  const polled = await pollTab(tab, focusedText, FOCUS_HIGHLIGHT, (text) => text !== null && sameSentence(quote, text), 5_000);
  expect(polled.accepted, `${what}: ${FOCUS_HIGHLIGHT} holds ${JSON.stringify(polled.value ?? null)}, expected "${quote}"`);
}

/** Popup click → card with focus; j / k move between flagged claims; Esc closes. */
export async function stepKeyboard(walk: Walk): Promise<void> {
  const { runner, browser } = walk.ctx;
  await runner.step(`${walk.name}: popup click scrolls to a flagged claim and opens its card with focus`, async () => {
    const view = await walk.flagged('wire');
    const item = view.items.find((i) => sameSentence(QUOTES.wireLead, i.text));
    expect(item?.claimId != null, `the wire's lead is not in the popup's flagged list`);
    expect(!item.disabled, 'its button is disabled (no tab id in the report?)');
    const popup = await browser.openExtensionPage(`popup.html?url=${encodeURIComponent(pageUrl(walk.ctx.origin, 'wire'))}`);
    const ready = await pollTab(popup, popupFlagged, null, (v) => v.ready && v.items.length > 0, 10_000);
    expect(ready.accepted, 'popup not ready');
    expect(await popup.evaluate(clickFlagged, item.claimId), 'could not click the flagged claim');
    await waitFocus(walk, QUOTES.wireLead, 'after the popup click');
    await popup.close().catch(() => undefined); // the popup closes itself when the claim was found
    const tab = await walk.readerTab();
    await tab.bringToFront();
    const hits = await tab.evaluate(cardHits, { x: 20, lines: [] });
    expectEqual(hits.activeTag, 'CROSSCHECK-CARD', 'focused element');
    await tab.screenshot(walk.screenshotPath('wire-card-keyboard'));
  });
  await runner.step(`${walk.name}: j / k move the focus between flagged claims, Esc closes the card`, async () => {
    const tab = await walk.readerTab();
    await tab.press('j');
    await waitFocus(walk, QUOTES.wireQuote, 'after j');
    await tab.press('k');
    await waitFocus(walk, QUOTES.wireLead, 'after k');
    await tab.press('ArrowDown');
    await waitFocus(walk, QUOTES.wireQuote, 'after ArrowDown');
    const lines = await tab.evaluate(cardHits, { x: 20, lines: [] });
    expect(lines.activeTag === 'CROSSCHECK-CARD', `focus left the card: ${String(lines.activeTag)}`);
    await tab.press('Escape');
    const polled = await pollTab(tab, cardHits, { x: 20, lines: [] }, (h) => h.rows.length === 0 && h.activeTag !== 'CROSSCHECK-CARD', 3_000);
    expect(polled.accepted, `card still open after Esc: ${JSON.stringify(polled.value)}`);
    expectEqual(await tab.evaluate(focusedText, FOCUS_HIGHLIGHT), null, `${FOCUS_HIGHLIGHT} after Esc`);
  });
}

/** Any painted claim on the hostile page: hovering it runs nothing from the page. */
export async function stepHostileHover(walk: Walk): Promise<void> {
  await walk.ctx.runner.step(`${walk.name}: hovering a flagged claim on the hostile page injects nothing`, async () => {
    const tab = await walk.readerTab();
    const painted = await paintedVerdicts(tab);
    const verdict = (['differ', 'updated', 'agree'] as const).find((v) => painted[v].length > 0);
    expect(verdict !== undefined, 'nothing is painted on the hostile page');
    const lines = await hoverPainted(tab, VERDICT_HIGHLIGHTS[verdict], painted[verdict][0] as string);
    await waitForCard(tab, lines, true);
    await tab.screenshot(walk.screenshotPath('hostile-card'));
    if (tab.readCard) expectNoInjectedElements(await readOpenCard(tab));
    await sleep(300);
    expectEqual((await tab.evaluate(fixtureAlerts, HOSTILE_ALERT_GLOBAL)).join(' | '), '', 'alert() calls on the page');
    await tab.press('Escape');
  });
}

/** Reading a page again updates its library entry instead of adding one. */
export async function stepRevisit(walk: Walk, page: PageId): Promise<void> {
  const size = walk.library.length;
  await walk.ctx.runner.step(`${walk.name}: ${page} read again is updated, not duplicated (library stays ${size})`, async () => {
    const record = await walk.visit(page);
    expect(record.highlights > 10, `${READ_HIGHLIGHT} holds ${record.highlights} ranges`);
    const view = await walk.popup(page, (v) => v.libraryArticles === String(size));
    expectEqual(view.libraryArticles, String(size), 'library articles');
  });
}

/**
 * Back on the courier once the hostile page is in the library: the card quotes the hostile
 * outlet's name and sentence, markup and all, as text.
 */
export async function stepHostileTextInCard(walk: Walk): Promise<void> {
  await walk.ctx.runner.step(`${walk.name}: the hostile outlet's name and sentence show in a card as text`, async () => {
    const tab = await walk.readerTab();
    await tab.evaluate(installAlertRecorder, HOSTILE_ALERT_GLOBAL);
    // The position sentence differs from the post (west) and agrees with the hostile page (north).
    const lines: Lines = await hoverPainted(tab, VERDICT_HIGHLIGHTS.differ, QUOTES.courierWhere);
    await waitForCard(tab, lines, true);
    await tab.screenshot(walk.screenshotPath('courier-card-hostile-outlet'));
    if (tab.readCard) {
      const card = await readOpenCard(tab);
      expectNoInjectedElements(card);
      const hostile = card.outlets.find((o) => o.site === PAGES.hostile.site);
      expect(hostile !== undefined, `no outlet named ${JSON.stringify(PAGES.hostile.site)} in ${JSON.stringify(card.outlets.map((o) => o.site))}`);
      expect(hostile.quote.includes('<img src=x onerror=alert(1)>'), `hostile sentence in the card: ${JSON.stringify(hostile.quote)}`);
    }
    await sleep(300);
    expectEqual((await tab.evaluate(fixtureAlerts, HOSTILE_ALERT_GLOBAL)).join(' | '), '', 'alert() calls on the page');
    await tab.press('Escape');
  });
}

function storyState(_: null): string | null {
  return document.documentElement.dataset.fixtureStory ?? null;
}

/** A page whose article body arrives 1.5 s after load is read and checked once it is there. */
export async function stepLateBody(walk: Walk): Promise<void> {
  const libraryAfter = walk.captured('late');
  await walk.ctx.runner.step(`${walk.name}: a page whose body arrives after load is read and checked`, async () => {
    const tab = await walk.readerTab();
    const url = pageUrl(walk.ctx.origin, 'late');
    await tab.goto(url);
    expectEqual(await tab.evaluate(storyState, null), null, 'story state right after load (the body must come later)');
    const early = await tab.evaluate(highlightSize, READ_HIGHLIGHT);
    const polled = await pollTab(tab, storyState, null, (state) => state === 'loaded', 5_000);
    expect(polled.accepted, 'the late story never arrived');
    // Wait for the re-read: a first reading may already have painted the placeholder's sentences.
    const reread = await pollTab(tab, highlightSize, READ_HIGHLIGHT, (size) => size > 10, 15_000);
    const highlights = reread.value ?? 0;
    expect(reread.accepted, `${READ_HIGHLIGHT} holds ${highlights} ranges after the body arrived (${early} before)`);
    const view = await walk.popup('late', (v) => v.libraryArticles === String(libraryAfter) && v.title === PAGES.late.title);
    expectEqual(view.title, PAGES.late.title, 'popup title');
    expectEqual(view.libraryArticles, String(libraryAfter), 'library articles');
    await tab.screenshot(walk.screenshotPath('late'));
  });
}
