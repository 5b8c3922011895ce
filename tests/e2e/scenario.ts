/**
 * The reader's walk through the fixture site, the same in every browser: read the three outlets
 * one by one (with a home page and a search page in between), and check highlights, the library
 * and the popup after each visit.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BOILERPLATE, HOSTILE_ALERT_GLOBAL, PAGES, type PageId } from '../fixtures/facts';
import type { ExtensionBrowser, Tab } from './browsers';
import { expect, expectEqual, sleep, type Runner } from './harness';
import { stepImportExport, stepRestart } from './library-steps';
import {
  fixtureAlerts,
  highlightTexts,
  pollTab,
  popupFlagged,
  popupView,
  READ_HIGHLIGHT,
  settledHighlightCount,
  type PopupFlagged,
  type PopupView,
} from './probes';
import {
  stepHostileHover,
  stepHostileTextInCard,
  stepHoverCard,
  stepKeyboard,
  stepLateBody,
  stepRevisit,
  stepVerdicts,
} from './reading-steps';

/** The contract asks for "more than 10" read sentences on each outlet's article. */
const MIN_ARTICLE_SENTENCES = 11;
const READ_TIMEOUT_MS = 20_000;
const POPUP_TIMEOUT_MS = 15_000;

export interface ScenarioContext {
  runner: Runner;
  browser: ExtensionBrowser;
  origin: string;
  artifactsDir: string;
}

interface VisitRecord {
  page: PageId;
  url: string;
  highlights: number;
  texts: string[];
}

export function pageUrl(origin: string, page: PageId): string {
  return `${origin}${PAGES[page].path}`;
}

export function popupPath(url: string): string {
  return `popup.html?url=${encodeURIComponent(url)}`;
}

export class Walk {
  private shot = 0;
  private tab: Tab | undefined;
  readonly visits = new Map<PageId, VisitRecord>();
  /** Articles captured so far, in the order they were read. */
  readonly library: PageId[] = [];

  constructor(readonly ctx: ScenarioContext) {
    mkdirSync(ctx.artifactsDir, { recursive: true });
  }

  get name(): string {
    return this.ctx.browser.label;
  }

  screenshotPath(what: string): string {
    this.shot += 1;
    return join(this.ctx.artifactsDir, `${String(this.shot).padStart(2, '0')}-${what}.png`);
  }

  async readerTab(): Promise<Tab> {
    this.tab ??= await this.ctx.browser.newTab();
    return this.tab;
  }

  /** After a browser restart the old tab is gone. */
  forgetTabs(): void {
    this.tab = undefined;
  }

  captured(page: PageId): number {
    if (!this.library.includes(page)) this.library.push(page);
    return this.library.length;
  }

  /**
   * Opens the popup for a page and polls `probe` until `accept` holds, reopening it until time
   * runs out; screenshots the last one when `shot` is given.
   */
  async popupWith<R>(page: PageId, probe: (arg: null) => R, accept: (view: R) => boolean, shot?: string): Promise<R | undefined> {
    const url = pageUrl(this.ctx.origin, page);
    const deadline = Date.now() + POPUP_TIMEOUT_MS;
    let last: R | undefined;
    for (;;) {
      const tab = await this.ctx.browser.openExtensionPage(popupPath(url));
      const polled = await pollTab(tab, probe, null, accept, Math.min(Math.max(deadline - Date.now(), 2_000), 10_000));
      last = polled.value ?? last;
      if (polled.accepted || Date.now() >= deadline) {
        if (shot) await tab.screenshot(this.screenshotPath(shot)).catch(() => undefined);
        await tab.close().catch(() => undefined);
        return last;
      }
      await tab.close().catch(() => undefined);
      await sleep(300);
    }
  }

  /** The popup's flagged list once the page's report is there. */
  async flagged(page: PageId): Promise<PopupFlagged> {
    const view = await this.popupWith(page, popupFlagged, (v) => v.ready && v.claims !== null && v.claims !== '');
    expect(view?.ready === true, `popup for ${page} never showed a report`);
    return view;
  }

  /** Visits a page in the reader tab and records what the content script highlighted. */
  async visit(page: PageId): Promise<VisitRecord> {
    const tab = await this.readerTab();
    const url = pageUrl(this.ctx.origin, page);
    await tab.goto(url);
    const isArticle = PAGES[page].kind === 'article';
    const highlights = await settledHighlightCount(tab, { expectSome: isArticle, timeoutMs: READ_TIMEOUT_MS });
    const texts = await tab.evaluate(highlightTexts, READ_HIGHLIGHT);
    await tab.screenshot(this.screenshotPath(page));
    const record = { page, url, highlights, texts };
    this.visits.set(page, record);
    return record;
  }

  /**
   * Opens the popup for a page, reopening it until `accept` holds or time runs out (the library
   * write may land just after the page was read). Returns the last view; screenshots it.
   */
  async popup(page: PageId, accept: (view: PopupView) => boolean): Promise<PopupView> {
    const url = pageUrl(this.ctx.origin, page);
    const deadline = Date.now() + POPUP_TIMEOUT_MS;
    let last: PopupView | undefined;
    let lastError: string | null = null;
    for (;;) {
      const tab = await this.ctx.browser.openExtensionPage(popupPath(url));
      const remaining = Math.max(deadline - Date.now(), 2_000);
      const polled = await pollTab(tab, popupView, null, (view) => view.ready, Math.min(remaining, 10_000));
      last = polled.value ?? last;
      lastError = polled.lastError;
      if ((last?.ready && accept(last)) || Date.now() >= deadline) {
        await tab.screenshot(this.screenshotPath(`popup-${page}`)).catch(() => undefined);
        await tab.close().catch(() => undefined);
        break;
      }
      await tab.close().catch(() => undefined);
      await sleep(300);
    }
    expect(last?.ready === true, `popup for ${page} never set data-ready="1"${lastError ? ` (${lastError})` : ''}`);
    return last;
  }

  async stepArticle(page: PageId): Promise<void> {
    const libraryAfter = this.captured(page);
    const { runner } = this.ctx;
    await runner.step(`${this.name}: ${page} is read (more than 10 sentences highlighted)`, async () => {
      const { highlights } = await this.visit(page);
      expect(
        highlights >= MIN_ARTICLE_SENTENCES,
        `${READ_HIGHLIGHT} holds ${highlights} ranges on ${page}, expected at least ${MIN_ARTICLE_SENTENCES}`,
      );
    });
    await runner.step(`${this.name}: popup for ${page} (title, sentences, library = ${libraryAfter})`, async () => {
      const visit = this.visits.get(page);
      expect(visit !== undefined, `${page} was not visited`);
      const view = await this.popup(page, (v) => v.libraryArticles === String(libraryAfter) && !!v.sentences);
      expectEqual(view.title, PAGES[page].title, 'popup title');
      expectEqual(view.sentences, String(visit.highlights), 'popup sentence count vs highlight ranges');
      expectEqual(view.libraryArticles, String(libraryAfter), 'library articles');
    });
  }

  async stepListing(page: PageId): Promise<void> {
    const libraryAfter = this.library.length;
    const { runner } = this.ctx;
    await runner.step(`${this.name}: ${page} (not an article) gets no highlight`, async () => {
      const { highlights } = await this.visit(page);
      expectEqual(highlights, 0, `${READ_HIGHLIGHT} ranges on ${page}`);
    });
    await runner.step(`${this.name}: ${page} is not stored (library stays ${libraryAfter})`, async () => {
      const view = await this.popup(page, () => true);
      expectEqual(view.libraryArticles, String(libraryAfter), 'library articles');
    });
  }

  async stepNoBoilerplateRead(pages: readonly PageId[]): Promise<void> {
    await this.ctx.runner.step(`${this.name}: comments and footers are not read`, async () => {
      const leaks: string[] = [];
      for (const item of BOILERPLATE) {
        if (!item.outsideArticle || !pages.includes(item.page)) continue;
        const visit = this.visits.get(item.page);
        expect(visit !== undefined, `${item.page} was not visited`);
        if (visit.texts.some((text) => text.includes(item.quote))) leaks.push(`${item.page}: "${item.quote}"`);
      }
      expect(leaks.length === 0, `read highlight covers page furniture:\n${leaks.join('\n')}`);
    });
  }

  async stepHostile(): Promise<void> {
    const libraryAfter = this.captured('hostile');
    const { runner } = this.ctx;
    await runner.step(`${this.name}: hostile page is read and nothing in it runs`, async () => {
      const { highlights } = await this.visit('hostile');
      expect(highlights >= MIN_ARTICLE_SENTENCES, `${READ_HIGHLIGHT} holds ${highlights} ranges on hostile`);
      const tab = await this.readerTab();
      expectEqual((await tab.evaluate(fixtureAlerts, HOSTILE_ALERT_GLOBAL)).join(' | '), '', 'alert() calls on the page');
    });
    await runner.step(`${this.name}: popup shows the hostile title as text`, async () => {
      const view = await this.popup('hostile', (v) => v.libraryArticles === String(libraryAfter));
      expectEqual(view.title, PAGES.hostile.title, 'popup title');
      expectEqual(view.titleElementCount, 0, 'elements inside the popup title');
      expectEqual(view.libraryArticles, String(libraryAfter), 'library articles');
    });
  }
}

/** The full walk: outlets, listings in between, page furniture, the hostile page, then the library. */
export async function runReadingScenario(ctx: ScenarioContext): Promise<void> {
  const walk = new Walk(ctx);
  await walk.stepArticle('courier');
  await stepVerdicts(walk, 'courier');
  await walk.stepListing('index');
  await walk.stepArticle('wire');
  await stepVerdicts(walk, 'wire');
  await stepHoverCard(walk);
  await stepKeyboard(walk);
  await walk.stepArticle('post');
  await stepVerdicts(walk, 'post');
  await walk.stepListing('search');
  await walk.stepNoBoilerplateRead(['courier', 'wire', 'post']);
  await walk.stepHostile();
  await stepVerdicts(walk, 'hostile');
  await stepHostileHover(walk);
  await stepRevisit(walk, 'courier');
  await stepVerdicts(walk, 'courier');
  await stepHostileTextInCard(walk);
  await stepLateBody(walk);
  await stepVerdicts(walk, 'late');
  await stepRestart(walk);
  await stepImportExport(walk);
}

/** A short check for builds that only need to show they work at all (Firefox MV3). */
export async function runSmokeScenario(ctx: ScenarioContext): Promise<void> {
  const walk = new Walk(ctx);
  await walk.stepArticle('courier');
}
