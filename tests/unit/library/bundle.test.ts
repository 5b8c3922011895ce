import { describe, expect, it } from 'vitest';
import { BundleError, headerLine, linesOf, parseBundle, recordLine, type BundleItem } from '../../../src/library';
import { article, claim } from './helpers';

async function collect(lines: Iterable<string> | AsyncIterable<string>): Promise<BundleItem[]> {
  const items: BundleItem[] = [];
  for await (const item of parseBundle(lines)) items.push(item);
  return items;
}

async function errorOf(lines: string[]): Promise<BundleError> {
  try {
    await collect(lines);
  } catch (error) {
    if (error instanceof BundleError) return error;
    throw error;
  }
  throw new Error('expected a BundleError');
}

const good = () => [
  headerLine({ articles: 2, claims: 3 }, new Date('2025-01-01T00:00:00Z')),
  recordLine(article('a', 'a.test'), [claim('a', 0), claim('a', 20)]),
  '',
  recordLine(article('b', 'b.test'), [claim('b', 0)]),
];

describe('parseBundle', () => {
  it('yields the header and each record with its line number (blank lines skipped but counted)', async () => {
    const items = await collect(good());
    expect(items.map((i) => i.line)).toEqual([1, 2, 4]);
    expect(items[0]).toMatchObject({ header: { format: 'crosscheck-bundle', version: 1, articles: 2, claims: 3, createdAt: '2025-01-01T00:00:00.000Z' } });
    expect(items[2]).toMatchObject({ record: { article: { id: 'b' }, claims: [{ id: 'b:0' }] } });
  });

  it('rejects with the line number and reason', async () => {
    const lines = good();
    lines[3] = lines[3]!.replace('"checkworthiness":0.5', '"checkworthiness":"high"');
    const error = await errorOf(lines);
    expect(error.line).toBe(4);
    expect(error.reason).toMatch(/claims\.0\.checkworthiness/);

    const notJson = good();
    notJson[1] = '{"article": ';
    expect(await errorOf(notJson)).toMatchObject({ line: 2, reason: expect.stringMatching(/not JSON/) });
  });

  it('rejects a wrong header, a claim of another article, duplicate articles and a truncated file', async () => {
    expect((await errorOf(['{"format":"other","version":1}'])).line).toBe(1);
    const versionTwo = good();
    versionTwo[0] = versionTwo[0]!.replace('"version":1', '"version":2');
    expect((await errorOf(versionTwo)).line).toBe(1);

    const stray = good();
    stray[3] = recordLine(article('b', 'b.test'), [claim('a', 0)]);
    expect(await errorOf(stray)).toMatchObject({ line: 4, reason: expect.stringMatching(/articleId/) });

    const twice = good();
    twice[3] = recordLine(article('a', 'a.test'), [claim('a', 0)]);
    expect(await errorOf(twice)).toMatchObject({ line: 4, reason: expect.stringMatching(/appears twice/) });

    expect(await errorOf(good().slice(0, 2))).toMatchObject({ line: 3, reason: expect.stringMatching(/truncated/) });
    expect((await errorOf([])).reason).toMatch(/no header/);
  });
});

describe('linesOf', () => {
  it('splits a string, dropping CR and a final empty line', async () => {
    const got: string[] = [];
    for await (const line of linesOf('a\r\nb\n\nc\n')) got.push(line);
    expect(got).toEqual(['a', 'b', '', 'c']);
  });

  it('splits a byte stream whose chunks cut lines and multi-byte characters', async () => {
    const bytes = new TextEncoder().encode('première ligne\nzweite Zeile — ü\nlast');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 3) controller.enqueue(bytes.slice(i, i + 3));
        controller.close();
      },
    });
    const got: string[] = [];
    for await (const line of linesOf(stream)) got.push(line);
    expect(got).toEqual(['première ligne', 'zweite Zeile — ü', 'last']);
  });
});
