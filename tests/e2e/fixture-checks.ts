/**
 * Checks on the fixture site itself, run before any browser starts: the gold in facts.ts must
 * quote the pages exactly, and the server must serve them (and nothing outside the site).
 */
import { BOILERPLATE, FACTS, PAGES, UNRELATED, type PageId } from '../fixtures/facts';
import { articleText, readFixtureHtml, visibleText } from '../fixtures/page-text';
import type { FixtureServer } from '../fixtures/server';
import { expect, expectEqual, type Runner } from './harness';

const LONG_READ_MIN_WORDS = 3_000;

function missingQuotes(): string[] {
  const textOf = new Map<PageId, string>();
  const text = (page: PageId): string => {
    let cached = textOf.get(page);
    if (cached === undefined) {
      cached = visibleText(readFixtureHtml(page), { templates: PAGES[page].body === 'late' });
      textOf.set(page, cached);
    }
    return cached;
  };
  const quoted: Array<{ page: PageId; quote: string; where: string }> = [
    ...FACTS.flatMap((fact) => fact.mentions.map((m) => ({ page: m.page, quote: m.quote, where: fact.id }))),
    ...UNRELATED.flatMap((pair) => [
      { ...pair.a, where: 'unrelated' },
      { ...pair.b, where: 'unrelated' },
    ]),
    ...BOILERPLATE.map((item) => ({ page: item.page, quote: item.quote, where: 'boilerplate' })),
  ];
  return quoted.filter((q) => !text(q.page).includes(q.quote)).map((q) => `${q.where} @ ${q.page}: ${q.quote}`);
}

export async function runFixtureChecks(runner: Runner, server: FixtureServer): Promise<void> {
  await runner.step('fixtures: every gold quote is on its page', async () => {
    const missing = missingQuotes();
    expect(missing.length === 0, `quotes not found:\n${missing.join('\n')}`);
  });

  await runner.step('fixtures: facts pair pages that have a mention', async () => {
    const problems = FACTS.flatMap((fact) => {
      const pages = new Set(fact.mentions.map((m) => m.page));
      const dup = pages.size !== fact.mentions.length ? [`${fact.id}: two mentions on one page`] : [];
      return [
        ...dup,
        ...fact.pairs.filter((p) => !pages.has(p.a) || !pages.has(p.b)).map((p) => `${fact.id}: ${p.a}–${p.b}`),
      ];
    });
    expect(problems.length === 0, problems.join('\n'));
  });

  await runner.step('fixtures: boilerplate marked outside the article is outside <article>', async () => {
    const wrong = BOILERPLATE.filter((item) => {
      const inside = articleText(readFixtureHtml(item.page));
      return inside !== null && inside.includes(item.quote) === item.outsideArticle;
    });
    expect(wrong.length === 0, wrong.map((w) => w.quote).join('\n'));
  });

  await runner.step(`fixtures: the long read has at least ${LONG_READ_MIN_WORDS} words`, async () => {
    const words = (articleText(readFixtureHtml('longRead')) ?? '').split(' ').length;
    expect(words >= LONG_READ_MIN_WORDS, `long read has ${words} words`);
  });

  await runner.step('fixtures: server serves every page and refuses paths outside the site', async () => {
    for (const page of Object.values(PAGES)) {
      const response = await fetch(`${server.origin}${page.path}`);
      expectEqual(response.status, 200, `GET ${page.path}`);
      expect((response.headers.get('content-type') ?? '').startsWith('text/html'), `${page.path} is not text/html`);
    }
    const css = await fetch(`${server.origin}/assets/courier.css`);
    expectEqual(css.headers.get('content-type'), 'text/css; charset=utf-8', 'stylesheet type');
    for (const escape of ['/..%2f..%2fpackage.json', '/%2e%2e/facts.ts', '/nope.html']) {
      expectEqual((await fetch(`${server.origin}${escape}`)).status, 404, `GET ${escape}`);
    }
  });
}
