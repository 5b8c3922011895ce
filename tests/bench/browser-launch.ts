/**
 * Headless browsers for the browser benchmarks, following the e2e recipe (tests/e2e/browsers.ts,
 * /work/shared/docs/E2E.md) but exposing what benchmarks need and the e2e interface hides: init
 * scripts that run before the page's own code, the Chromium service worker, and launching the
 * same browser WITHOUT the extension (baseline for long tasks).
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page as PlaywrightPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import type { CpuProfile } from './cpu-profile';
import { assertBuild, CHROMIUM_ARGS, CHROMIUM_PATH, FIREFOX_EXTENSION_UUID, FIREFOX_PATH, geckoIdOf } from '../e2e/browsers';

const VIEWPORT = { width: 1280, height: 900 };

/** One tab of either driver. Functions passed to evaluate run in the page's main world. */
export interface BenchPage {
  /** JavaScript source run in every document of this tab before its own scripts. */
  addInitScript(source: string): Promise<void>;
  /** Navigates; waits for `load` unless the driver cannot (moz-extension pages under BiDi). */
  goto(url: string, waitForLoad?: boolean): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs: number): Promise<void>;
  /** V8 sampling profiler of the tab's renderer (Chromium only). */
  cpuProfile?: { start(intervalUs: number): Promise<void>; stop(): Promise<CpuProfile> };
  close(): Promise<void>;
}

export interface BenchBrowser {
  label: string;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/, null when launched without the extension. */
  extensionBase: string | null;
  newPage(): Promise<BenchPage>;
  /** Chromium's extension service worker (reads the background's performance timeline). */
  worker: Worker | null;
  close(): Promise<void>;
}

/** Copies a build aside: another engineer's `npm run build` must not swap files under a running browser. */
export async function snapshotBuild(buildDir: string): Promise<{ dir: string; remove: () => void }> {
  const deadline = Date.now() + 60_000;
  while (!existsSync(join(buildDir, 'manifest.json')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1_000));
  assertBuild(buildDir);
  const root = mkdtempSync(join(tmpdir(), 'crosscheck-bench-build-'));
  const dir = join(root, 'extension');
  cpSync(buildDir, dir, { recursive: true });
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

function playwrightPage(page: PlaywrightPage): BenchPage {
  let cdp: CDPSession | undefined;
  return {
    cpuProfile: {
      // Start it once the tab shows the site under test: a cross-site navigation moves the tab to
      // another renderer process and the profiler would stay behind.
      start: async (intervalUs) => {
        cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
        await cdp.send('Profiler.start');
      },
      stop: async () => {
        if (!cdp) throw new Error('profiler not started');
        const { profile } = await cdp.send('Profiler.stop');
        await cdp.detach().catch(() => undefined);
        return profile as CpuProfile;
      },
    },
    addInitScript: async (source) => {
      await page.addInitScript({ content: source });
    },
    goto: async (url, waitForLoad = true) => {
      await page.goto(url, { waitUntil: waitForLoad ? 'load' : 'commit', timeout: 30_000 });
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    waitFor: async (fn, arg, timeoutMs) => {
      await page.waitForFunction(fn as never, arg as never, { timeout: timeoutMs, polling: 20 });
    },
    close: () => page.close(),
  };
}

function puppeteerPage(page: PuppeteerPage): BenchPage {
  return {
    addInitScript: async (source) => {
      await page.evaluateOnNewDocument(source);
    },
    goto: async (url, waitForLoad = true) => {
      if (!waitForLoad) {
        // Under BiDi a moz-extension:// navigation loads but its promise never settles (E2E.md).
        page.goto(url).catch(() => undefined);
        return;
      }
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    // Polled by hand: under BiDi, waitForFunction fails outright when the page is mid-navigation.
    waitFor: async (fn, arg, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const ok = await page.evaluate(fn as never, arg as never).catch(() => false);
        if (ok) return;
        if (Date.now() > deadline) throw new Error(`waitFor: no result after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => page.close(),
  };
}

export async function launchChromiumBench(buildDir: string | null): Promise<BenchBrowser> {
  if (buildDir) assertBuild(buildDir);
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-bench-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      timeout: 45_000,
      viewport: VIEWPORT,
      args: CHROMIUM_ARGS(buildDir),
    });
    const ctx = context;
    const worker = buildDir ? (ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 20_000 }))) : null;
    const spare = [...ctx.pages()];
    return {
      label: buildDir ? 'chromium-mv3' : 'chromium (no extension)',
      extensionBase: worker ? `chrome-extension://${new URL(worker.url()).host}/` : null,
      worker,
      newPage: async () => playwrightPage(spare.pop() ?? (await ctx.newPage())),
      close: async () => {
        await ctx.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

export async function launchFirefoxBench(buildDir: string | null, label = 'firefox-mv2'): Promise<BenchBrowser> {
  if (buildDir) assertBuild(buildDir);
  const prefs = buildDir ? { 'extensions.webextensions.uuids': JSON.stringify({ [geckoIdOf(buildDir)]: FIREFOX_EXTENSION_UUID }) } : {};
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    timeout: 45_000,
    protocolTimeout: 180_000,
    defaultViewport: VIEWPORT,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
  });
  try {
    if (buildDir) await browser.installExtension(buildDir);
  } catch (error) {
    await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
    throw error;
  }
  return {
    label: buildDir ? label : 'firefox (no extension)',
    extensionBase: buildDir ? `moz-extension://${FIREFOX_EXTENSION_UUID}/` : null,
    worker: null,
    newPage: async () => puppeteerPage(await browser.newPage()),
    close: async () => {
      await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
    },
  };
}
