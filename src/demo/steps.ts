/** The demo's script: which pages to read, and how to read back what the extension shows. */
import type { Page } from 'playwright-core';

export const DEMO_VISITS = [
  { outlet: 'The Orvan Courier', path: '/orvan-courier/2026/03/04/halden-star-ferry-fire.html' },
  { outlet: 'Northwind Wire', path: '/northwind-wire/world/lake-orvan-ferry-fire.html' },
  { outlet: 'Lakeside Daily Post', path: '/lakeside-post/news/halden-star-missing-rises.html' },
] as const;

const VERDICT_HIGHLIGHTS = ['crosscheck-differ', 'crosscheck-updated', 'crosscheck-agree'];

/** Waits until the content script has read the page (its anchoring highlight exists). */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => (CSS.highlights.get('crosscheck-read')?.size ?? 0) > 0, undefined, { timeout: 15_000 });
  await page.waitForTimeout(500);
}

/** Where the first flagged statement is, most important verdict first. */
export async function flaggedRect(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate((names) => {
    for (const name of names) {
      const highlight = CSS.highlights.get(name);
      const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
      if (!range) continue;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      if (rect) return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }
    return null;
  }, VERDICT_HIGHLIGHTS);
}

interface PopupData {
  fields: Record<string, string>;
  flagged: { verdict: string; claim: string; details: string }[];
}

/** The popup's figures and flagged statements, as plain text lines. */
export async function popupSummary(popup: Page): Promise<string> {
  // Only plain data crosses into the page: tsx's helpers do not exist there.
  const data: PopupData = await popup.evaluate(() => ({
    fields: Object.fromEntries(
      Array.from(document.querySelectorAll('[data-field]')).map((el) => [el.getAttribute('data-field') ?? '', el.textContent?.trim() ?? '']),
    ),
    flagged: Array.from(document.querySelectorAll('[data-field="flagged"] li')).map((item) => ({
      verdict: item.querySelector('.badge')?.textContent ?? '',
      claim: item.querySelector('.text')?.textContent ?? '',
      details: item.querySelector('.details')?.textContent ?? '',
    })),
  }));
  const f = (name: string): string => data.fields[name] ?? '';
  const lines = [
    `  ${f('claims')} statements checked: ${f('count-differ')} differ, ${f('count-updated')} updated, ${f('count-agree')} agree`,
    `  compared with: ${f('outlets') || '(no other outlet)'}`,
  ];
  for (const item of data.flagged) lines.push(`  [${item.verdict}] ${item.claim}`, `      ${item.details}`);
  lines.push(`  library: ${f('library-articles')} articles, ${f('library-outlets')} outlets, ${f('library-claims')} statements`);
  return lines.join('\n');
}
