/**
 * `npm run demo`: builds the extension, serves the fictional news site, opens Chromium with
 * Crosscheck loaded (headed when a display is available, else headless), reads two outlets, opens
 * the third, hovers a flagged statement, and prints what the extension found. Screenshots of the
 * page with its open card and of the popup are written to .output/demo/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/browsers';
import { serveFixtures } from '../../tests/fixtures/server';
import { DEMO_VISITS, popupSummary, settle, flaggedRect } from './steps';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BUILD = join(REPO, '.output/chrome-mv3');
const SHOTS = join(REPO, '.output/demo');

function build(): void {
  console.log('Building the extension (Chrome MV3)…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('wxt build failed');
}

async function main(): Promise<void> {
  build();
  mkdirSync(SHOTS, { recursive: true });
  const site = await serveFixtures();
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-demo-'));
  const headless = !process.env.DISPLAY || process.env.CI === 'true';
  console.log(`Fixture site at ${site.origin}; Chromium ${headless ? 'headless' : 'with a window'}.`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: { width: 1280, height: 900 },
    args: CHROMIUM_ARGS(BUILD),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionBase = `chrome-extension://${new URL(worker.url()).host}/`;
    const page: Page = context.pages()[0] ?? (await context.newPage());
    for (const visit of DEMO_VISITS) {
      await page.goto(site.origin + visit.path);
      await settle(page);
      console.log(`Read ${visit.outlet}.`);
    }
    const last = DEMO_VISITS[DEMO_VISITS.length - 1]!;
    const rect = await flaggedRect(page);
    if (rect) {
      await page.mouse.move(rect.x + 4, rect.y + rect.height / 2);
      await page.waitForTimeout(600);
    }
    await page.screenshot({ path: join(SHOTS, 'page-with-card.png') });
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.goto(`${extensionBase}popup.html?url=${encodeURIComponent(site.origin + last.path)}`);
    await popup.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await popup.screenshot({ path: join(SHOTS, 'popup.png') });
    console.log(`\nCross-check of ${last.outlet}:\n${await popupSummary(popup)}`);
    console.log(`\nScreenshots: ${join(SHOTS, 'page-with-card.png')}, ${join(SHOTS, 'popup.png')}`);
    if (!headless) {
      console.log('The browser stays open; press Ctrl+C to end the demo.');
      await new Promise(() => undefined);
    }
  } finally {
    await context.close();
    await site.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
