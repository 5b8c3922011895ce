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
import { withTimeout } from './harness';

export const CHROMIUM_PATH = process.env.CROSSCHECK_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.CROSSCHECK_FIREFOX ?? '/usr/bin/firefox-esr';

/** Fixed so moz-extension:// URLs are stable across runs (any v4-shaped UUID will do). */
export const FIREFOX_EXTENSION_UUID = '6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5';

const LAUNCH_TIMEOUT_MS = 45_000;
const ARTICLE_VIEWPORT = { width: 1280, height: 900 };
const POPUP_VIEWPORT = { width: 420, height: 640 };

/** One browser tab, whichever driver runs it. Functions passed in run in the page's main world. */
export interface Tab {
  goto(url: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  /** e.g. "chromium-mv3", "firefox-mv2". */
  label: string;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ */
  extensionBase: string;
  newTab(): Promise<Tab>;
  /** Opens an extension page (e.g. "popup.html?url=…") in a normal tab. */
  openExtensionPage(pathAndQuery: string): Promise<Tab>;
  /** Console lines and page errors seen so far, for the artifacts. */
  logs: string[];
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

function playwrightTab(page: PlaywrightPage): Tab {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    },
    // The drivers' own generics are stricter than this interface needs; the values are plain JSON.
    evaluate: <R, A>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    screenshot: async (file) => {
      await page.screenshot({ path: file, timeout: 15_000 });
    },
    close: () => page.close(),
  };
}

export async function launchChromium(buildDir: string, label = 'chromium-mv3'): Promise<ExtensionBrowser> {
  assertBuild(buildDir);
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-chromium-'));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      timeout: LAUNCH_TIMEOUT_MS,
      viewport: ARTICLE_VIEWPORT,
      args: [
        `--disable-extensions-except=${buildDir}`,
        `--load-extension=${buildDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const logs: string[] = [];
    context.on('console', (message) => logs.push(`[console.${message.type()}] ${message.text()}`));
    context.on('weberror', (error) => logs.push(`[pageerror] ${error.error().message}`));
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const extensionId = new URL(worker.url()).host;
    const ctx = context;
    // The persistent context opens with one blank tab; reuse it rather than leave it idle.
    const spare: PlaywrightPage[] = [...ctx.pages()];
    return {
      label,
      extensionBase: `chrome-extension://${extensionId}/`,
      logs,
      newTab: async () => playwrightTab(spare.pop() ?? (await ctx.newPage())),
      openExtensionPage: async (pathAndQuery) => {
        const page = await ctx.newPage();
        await page.setViewportSize(POPUP_VIEWPORT);
        await page.goto(`chrome-extension://${extensionId}/${pathAndQuery}`, { timeout: 20_000 });
        return playwrightTab(page);
      },
      close: async () => {
        await withTimeout(ctx.close(), 20_000, 'closing Chromium').catch(() => undefined);
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
    close: () => page.close(),
  };
}

export async function launchFirefox(buildDir: string, label: string): Promise<ExtensionBrowser> {
  assertBuild(buildDir);
  const geckoId = geckoIdOf(buildDir);
  let browser: PuppeteerBrowser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      timeout: LAUNCH_TIMEOUT_MS,
      protocolTimeout: 60_000,
      defaultViewport: ARTICLE_VIEWPORT,
      // Lets the driver open moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      },
    });
    await withTimeout(browser.installExtension(buildDir), 30_000, 'installing the Firefox extension');
    const logs: string[] = [];
    const b = browser;
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
    const base = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
    return {
      label,
      extensionBase: base,
      logs,
      newTab: async () => puppeteerTab(track(await b.newPage())),
      openExtensionPage: async (pathAndQuery) => {
        const page = track(await b.newPage());
        await page.setViewport(POPUP_VIEWPORT);
        // Under BiDi this navigation loads but its promise never settles (E2E.md): don't await it.
        page.goto(`${base}${pathAndQuery}`).catch(() => undefined);
        return puppeteerTab(page);
      },
      close: async () => {
        // puppeteer removes its temporary Firefox profile on close.
        await withTimeout(b.close(), 20_000, 'closing Firefox').catch(() => b.process()?.kill('SIGKILL'));
      },
    };
  } catch (error) {
    await browser?.close().catch(() => browser?.process()?.kill('SIGKILL'));
    throw error;
  }
}
