/**
 * End-to-end run of the built extension in real headless browsers (`npm run test:e2e`, after
 * `npm run build`). Serves the fixture site, checks its gold, then walks it in Chromium (MV3),
 * Firefox ESR (MV2) and, as a smoke check, Firefox ESR (MV3). Screenshots and console logs go to
 * tests/e2e/artifacts/. Ends with "N passed, N failed"; exits non-zero on any failure.
 *
 *   tsx tests/e2e/run.ts [--only=chromium-mv3,firefox-mv2,firefox-mv3]
 *
 * CROSSCHECK_E2E_BUILD_ROOT=DIR takes the builds from DIR/.output/… instead of the repository's
 * (a build made with another outDir, safe from `npm run build` runs elsewhere).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFixtures, type FixtureServer } from '../fixtures/server';
import { assertBuild, launchChromium, launchFirefox, type ExtensionBrowser } from './browsers';
import { runFixtureChecks } from './fixture-checks';
import { Runner, describeError, sleep, withTimeout } from './harness';
import { runReadingScenario, runSmokeScenario, type ScenarioContext } from './scenario';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
/** Where `.output/…` lives; CROSSCHECK_E2E_BUILD_ROOT points elsewhere (a build made with another outDir). */
const BUILD_ROOT = process.env.CROSSCHECK_E2E_BUILD_ROOT ?? REPO;
/** Whole-run limit: a wedged browser must not hang CI. */
const RUN_LIMIT_MS = 10 * 60_000;

interface Target {
  label: string;
  /** Build folder, relative to the repository. */
  build: string;
  launch: (buildDir: string, label: string) => Promise<ExtensionBrowser>;
  scenario: (ctx: ScenarioContext) => Promise<void>;
}

const TARGETS: Target[] = [
  { label: 'chromium-mv3', build: '.output/chrome-mv3', launch: launchChromium, scenario: runReadingScenario },
  { label: 'firefox-mv2', build: '.output/firefox-mv2', launch: launchFirefox, scenario: runReadingScenario },
  { label: 'firefox-mv3', build: '.output/firefox-mv3', launch: launchFirefox, scenario: runSmokeScenario },
];

/**
 * Copies a build to a temp folder: a `npm run build` started elsewhere while browsers run would
 * otherwise swap files under the loaded extension (seen: popup.html missing mid-run).
 */
async function snapshotBuild(build: string): Promise<{ dir: string; remove: () => void }> {
  const source = join(BUILD_ROOT, build);
  // A build running elsewhere empties .output for a few seconds: wait for it rather than fail.
  const deadline = Date.now() + 60_000;
  while (!existsSync(join(source, 'manifest.json')) && Date.now() < deadline) await sleep(1_000);
  assertBuild(source);
  const root = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-build-'));
  const dir = join(root, 'extension');
  cpSync(source, dir, { recursive: true });
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

function selectedTargets(argv: string[]): Target[] {
  const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  if (!only) return TARGETS;
  const wanted = new Set(only.split(','));
  const unknown = [...wanted].filter((label) => !TARGETS.some((t) => t.label === label));
  if (unknown.length > 0) throw new Error(`unknown target(s): ${unknown.join(', ')}`);
  return TARGETS.filter((t) => wanted.has(t.label));
}

const open = new Set<ExtensionBrowser>();

async function runTarget(runner: Runner, target: Target, origin: string): Promise<void> {
  const artifactsDir = join(ARTIFACTS, target.label);
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });
  let browser: ExtensionBrowser | undefined;
  let snapshot: { dir: string; remove: () => void } | undefined;
  try {
    const launched = await runner.step(`${target.label}: browser starts with the extension`, async () => {
      snapshot = await snapshotBuild(target.build);
      browser = await target.launch(snapshot.dir, target.label);
      open.add(browser);
    }, 90_000);
    if (!launched || !browser) return;
    try {
      await target.scenario({ runner, browser, origin, artifactsDir });
    } finally {
      writeFileSync(join(artifactsDir, 'console.log'), browser.logs.join('\n') + '\n');
      open.delete(browser);
      await browser.close();
    }
  } finally {
    snapshot?.remove();
  }
}

async function closeEverything(server: FixtureServer | undefined): Promise<void> {
  await Promise.all([...open].map((b) => withTimeout(b.close(), 15_000, `closing ${b.label}`).catch(() => undefined)));
  await server?.close().catch(() => undefined);
}

async function main(): Promise<number> {
  const runner = new Runner();
  const targets = selectedTargets(process.argv.slice(2));
  let server: FixtureServer | undefined;
  const watchdog = setTimeout(() => {
    console.log(`FAIL whole run exceeded ${RUN_LIMIT_MS / 1000} s`);
    void closeEverything(server).finally(() => {
      console.log(`${runner.passed} passed, ${runner.failed + 1} failed`);
      process.exit(1);
    });
  }, RUN_LIMIT_MS);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void closeEverything(server).finally(() => process.exit(130));
    });
  }
  try {
    server = await serveFixtures();
    console.log(`fixture site at ${server.origin}`);
    await runFixtureChecks(runner, server);
    for (const target of targets) await runTarget(runner, target, server.origin);
  } catch (error) {
    await runner.step('e2e run completes', async () => {
      throw error;
    });
  } finally {
    clearTimeout(watchdog);
    await closeEverything(server);
  }
  console.log(runner.summaryLine());
  return runner.failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.log(`FAIL e2e runner crashed: ${describeError(error)}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
