import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsCommand } from '../../../src/cli/claims';

const TEXT = 'title: Storm\ndate: 2023-12-26\n\nStorm Hits Northern Coast\n\nThe storm killed at least three people on Monday, officials said.\n\n“We lost the roof,” said Ann Lee.\n';

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await claimsCommand(args, (t) => { out += t; });
  return { code, out };
}

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cc-claims-')), name);
  writeFileSync(path, content);
  return path;
}

describe('crosscheck claims', () => {
  it('prints {"claims": [{id,start,end,text,slots}]} with --json', async () => {
    const { code, out } = await run([tempFile('storm.txt', TEXT), '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { claims: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['claims']);
    expect(parsed.claims.length).toBe(3);
    for (const c of parsed.claims) {
      expect(Object.keys(c)).toEqual(['id', 'start', 'end', 'text', 'slots']);
      expect(Object.keys(c.slots as object)).toEqual(['quantities', 'dates', 'names', 'quotes']);
    }
    expect(parsed.claims[1]!.id).toMatch(/^storm:\d+$/);
  });

  it('prints a readable table with slots', async () => {
    const { code, out } = await run([tempFile('storm.txt', TEXT)]);
    expect(code).toBe(0);
    expect(out).toMatch(/qty\s+3 .*\[kill\].*at-least/);
    expect(out).toMatch(/date\s+2023-12-25 day \(rel/);
    expect(out).toMatch(/quote “We lost the roof,” — /);
    expect(out).toMatch(/attr: officials/);
    expect(out).toMatch(/3 claims/);
  });

  it('reads an HTML page', async () => {
    const html = `<html><head><meta property="article:published_time" content="2023-12-26"></head><body><article>
      <h1>Storm Hits Coast</h1>
      <p>The storm killed at least three people on Monday along the northern coast of the country, officials said.</p>
      <p>Rescue teams searched the damaged villages through the night and found two more survivors in the rubble.</p>
      <p>The weather service said the winds had reached 150 kilometres an hour before the storm moved inland.</p>
    </article></body></html>`;
    const { code, out } = await run([tempFile('storm.html', html), '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { claims: { text: string; slots: { dates: { from: string }[] } }[] };
    const storm = parsed.claims.find((c) => c.text.startsWith('The storm killed'));
    expect(storm?.slots.dates[0]?.from.startsWith('2023-12-25')).toBe(true);
  });

  it('fails with usage when no file is given', async () => {
    expect((await run([])).code).toBe(2);
  });
});
