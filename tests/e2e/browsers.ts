/**
 * Starts headless browsers with the built extension and hides the two driver APIs behind one
 * small interface: Chromium through playwright-core (persistent context, --load-extension),
 * Firefox ESR through puppeteer-core over WebDriver BiDi (temporary install, pinned UUID).
 * Recipe: /work/shared/docs/E2E.md.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { cardFromCdpTree, type CardDom, type CdpNode } from './card-dom';
import { withTimeout } from './harness';

export const CHROMIUM_PATH = process.env.CROSSCHECK_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.CROSSCHECK_FIREFOX ?? '/usr/bin/firefox-esr';

/** Fixed so moz-extension:// URLs are stable across runs (any v4-shaped UUID will do). */
export const FIREFOX_EXTENSION_UUID = '6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5';

const LAUNCH_TIMEOUT_MS = 45_000;
const ARTICLE_VIEWPORT = { width: 1280, height: 900 };
const POPUP_VIEWPORT = { width: 420, height: 640 };

export interface Viewport {
  width: number;
  height: number;
}

/** One browser tab, whichever driver runs it. Functions passed in run in the page's main world. */
export interface Tab {
  goto(url: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  screenshot(file: string): Promise<void>;
  /** Real pointer movement to viewport coordinates (CSS pixels). */
  mouseMove(x: number, y: number): Promise<void>;
  /** A real key press sent to whatever has focus in this tab ("j", "Escape"). */
  press(key: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** Gives a file input a file from disk, as a user picking it would. */
  setInputFiles(selector: string, file: string): Promise<void>;
  /** Chromium only: the hover card, read through its closed shadow root with CDP (pierce). */
  readCard?: () => Promise<CardDom | null>;
  /** Chromium only: clicks `selector` and returns the file the page downloads. */
  downloadFrom?: (selector: string) => Promise<{ fileName: string; text: string }>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  /** e.g. "chromium-mv3", "firefox-mv2". */
  label: string;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ */
  extensionBase: string;
  newTab(): Promise<Tab>;
  /** Opens an extension page (e.g. "popup.html?url=…") in a normal tab, popup-sized unless `size`. */
  openExtensionPage(pathAndQuery: string, size?: Viewport): Promise<Tab>;
  /** Console lines and page errors seen so far, for the artifacts. */
  logs: string[];
  /**
   * Closes the browser and starts it again on the same profile (same extension build, same id);
   * tabs from before are gone.
   */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Reads the Gecko id from the build itself, so the test follows whatever wxt.config.ts says. */
export function geckoIdOf(buildDir: string): string {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${buildDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

export function assertBuild(buildDir: string): void {
  if (!existsSync(join(buildDir, 'manifest.json'))) {
    throw new Error(`no extension build at ${buildDir}: run \`npm run build\` first`);
  }
}

// ---------------------------------------------------------------- Chromium (playwright-core)

function playwrightTab(context: BrowserContext, page: PlaywrightPage): Tab {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    },
    // The drivers' own generics are stricter than this interface needs; the values are plain JSON.
    evaluate: <R, A>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    screenshot: async (file) => {
      await page.screenshot({ path: file, timeout: 15_000 });
    },
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    press: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    setInputFiles: (selector, file) => page.setInputFiles(selector, file, { timeout: 10_000 }),
    readCard: async () => {
      const session = await context.newCDPSession(page);
      try {
        // pierce: true returns closed shadow roots too, which page scripts can never reach.
        const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
        return cardFromCdpTree(root);
      } finally {
        await session.detach().catch(() => undefined);
      }
    },
    downloadFrom: async (selector) => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.click(selector)]);
      const path = await download.path();
      return { fileName: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
    },
    close: () => page.close(),
  };
}

/** Chromium flags for a closed network and a clean profile, with the extension when a build is given. */
export const CHROMIUM_ARGS = (buildDir: string | null): string[] => [
  ...(buildDir ? [`--disable-extensions-except=${buildDir}`, `--load-extension=${buildDir}`] : []),
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(buildDir: string, label = 'chromium-mv3'): Promise<ExtensionBrowser> {
  assertBuild(buildDir);
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-chromium-'));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  const logs: string[] = [];
  let context: BrowserContext | undefined;
  let extensionId = '';
  let spare: PlaywrightPage[] = [];

  const start = async (): Promise<BrowserContext> => {
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      timeout: LAUNCH_TIMEOUT_MS,
      viewport: ARTICLE_VIEWPORT,
      acceptDownloads: true,
      args: CHROMIUM_ARGS(buildDir),
    });
    context = ctx;
    ctx.on('console', (message) => logs.push(`[console.${message.type()}] ${message.text()}`));
    ctx.on('weberror', (error) => logs.push(`[pageerror] ${error.error().message}`));
    const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
    // The persistent context opens with one blank tab; reuse it rather than leave it idle.
    spare = [...ctx.pages()];
    return ctx;
  };
  const live = (): BrowserContext => {
    if (!context) throw new Error('Chromium is not running');
    return context;
  };

  try {
    await start();
    return {
      label,
      get extensionBase() {
        return `chrome-extension://${extensionId}/`;
      },
      logs,
      newTab: async () => playwrightTab(live(), spare.pop() ?? (await live().newPage())),
      openExtensionPage: async (pathAndQuery, size = POPUP_VIEWPORT) => {
        const page = await live().newPage();
        await page.setViewportSize(size);
        await page.goto(`chrome-extension://${extensionId}/${pathAndQuery}`, { timeout: 20_000 });
        return playwrightTab(live(), page);
      },
      restart: async () => {
        const old = live();
        context = undefined;
        await withTimeout(old.close(), 20_000, 'closing Chromium for a restart');
        await start();
      },
      close: async () => {
        if (context) await withTimeout(context.close(), 20_000, 'closing Chromium').catch(() => undefined);
        context = undefined;
        removeProfile();
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    removeProfile();
    throw error;
  }
}

// ---------------------------------------------------------------- Firefox (puppeteer-core, BiDi)

function puppeteerTab(page: PuppeteerPage): Tab {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    },
    evaluate: <R, A>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    screenshot: async (file) => {
      await withTimeout(page.screenshot({ path: file as `${string}.png` }), 15_000, 'screenshot');
    },
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    press: (key) => page.keyboard.press(key as never),
    bringToFront: () => page.bringToFront(),
    setInputFiles: async (selector, file) => {
      const input = await page.waitForSelector(selector, { timeout: 10_000 });
      if (!input) throw new Error(`no ${selector}`);
      await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(file);
    },
    close: () => page.close(),
  };
}

export async function launchFirefox(buildDir: string, label: string): Promise<ExtensionBrowser> {
  assertBuild(buildDir);
  const geckoId = geckoIdOf(buildDir);
  // Our own profile folder (puppeteer keeps a given userDataDir), so a restart finds the same data.
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-firefox-'));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  const logs: string[] = [];
  let browser: PuppeteerBrowser | undefined;

  const track = (page: PuppeteerPage): PuppeteerPage => {
    page.on('console', (message) => {
      // Over BiDi, text() shows objects as "JSHandle@object": ask the page for something readable.
      const describe = message.args().map((arg) =>
        arg
          .evaluate((value) => {
            if (value instanceof Error || (typeof value === 'object' && value !== null && 'message' in value)) {
              const error = value as Error;
              return `${error.name}: ${error.message}\n${error.stack ?? ''}`;
            }
            return typeof value === 'object' ? JSON.stringify(value) : String(value);
          })
          .then((text) => text ?? arg.toString())
          .catch(() => arg.toString()),
      );
      void Promise.all(describe).then((parts) => logs.push(`[console.${message.type()}] ${parts.join(' ') || message.text()}`));
    });
    page.on('pageerror', (error) => logs.push(`[pageerror] ${error instanceof Error ? error.message : String(error)}`));
    return page;
  };
  const start = async (): Promise<void> => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      timeout: LAUNCH_TIMEOUT_MS,
      protocolTimeout: 60_000,
      defaultViewport: ARTICLE_VIEWPORT,
      userDataDir: profile,
      // Lets the driver open moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      },
    });
    // A temporary install: gone when Firefox stops, so every start installs it again. Its
    // IndexedDB, kept under the pinned UUID's origin in the profile, survives (tested).
    await withTimeout(browser.installExtension(buildDir), 30_000, 'installing the Firefox extension');
  };
  const live = (): PuppeteerBrowser => {
    if (!browser) throw new Error('Firefox is not running');
    return browser;
  };
  const stop = async (): Promise<void> => {
    const b = browser;
    browser = undefined;
    if (b) await withTimeout(b.close(), 20_000, 'closing Firefox').catch(() => b.process()?.kill('SIGKILL'));
  };

  const base = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
  try {
    await start();
    return {
      label,
      extensionBase: base,
      logs,
      newTab: async () => puppeteerTab(track(await live().newPage())),
      openExtensionPage: async (pathAndQuery, size = POPUP_VIEWPORT) => {
        const page = track(await live().newPage());
        await page.setViewport(size);
        // Under BiDi this navigation loads but its promise never settles (E2E.md): don't await it.
        page.goto(`${base}${pathAndQuery}`).catch(() => undefined);
        return puppeteerTab(page);
      },
      restart: async () => {
        await stop();
        await start();
      },
      close: async () => {
        await stop();
        removeProfile();
      },
    };
  } catch (error) {
    await stop();
    removeProfile();
    throw error;
  }
}
