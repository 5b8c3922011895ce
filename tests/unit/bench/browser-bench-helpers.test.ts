import { describe, expect, it } from 'vitest';
import { fingerprint, isNearDuplicate } from '../../../src/core/dedup';
import { hashHex } from '../../../src/core/hash';
import { BundleRecord } from '../../../src/library/bundle';
import type { Article, Claim } from '../../../src/core/model';
import { replicas, replicate, subset, type BundleRecordJson } from '../../bench/browser-bundles';
import { median } from '../../bench/browser-pageload';
import { scriptTime, type CpuProfile } from '../../bench/cpu-profile';

function record(id: string, text: string, claimCount: number): BundleRecordJson {
  const url = `https://news.example/${id}`;
  const article: Article = {
    id,
    url,
    canonicalUrl: url,
    site: 'news.example',
    title: `Title ${id}`,
    byline: null,
    publishedAt: '2024-05-01',
    capturedAt: '2024-05-02T00:00:00.000Z',
    origin: 'imported',
    text,
    textHash: hashHex(text),
    fingerprint: fingerprint(text),
  };
  const claims: Claim[] = Array.from({ length: claimCount }, (_, i) => ({
    id: `${id}:${i * 10}`,
    articleId: id,
    start: i * 10,
    end: i * 10 + 9,
    text: text.slice(i * 10, i * 10 + 9),
    slots: { quantities: [], dates: [], names: [], quotes: [] },
    predicates: [],
    keys: [`l:word${i}`, 'n:harbour board'],
    polarity: 'positive',
    attribution: null,
    checkworthiness: 0.5,
  }));
  return { article, claims };
}

const TEXT = 'The harbour board said on Monday that twelve boats were damaged in the storm and two piers closed. '.repeat(4);

describe('bench bundles', () => {
  it('a replica is a valid bundle record of another outlet, with its own ids and the same keys', () => {
    const original = record('a1', TEXT, 3);
    const copy = replicate(original, 2);
    expect(BundleRecord.safeParse(copy).success).toBe(true);
    expect(copy.article.id).not.toBe(original.article.id);
    expect(copy.article.site).toBe('outlet-2.example');
    expect(copy.claims.map((c) => c.articleId)).toEqual([copy.article.id, copy.article.id, copy.article.id]);
    expect(new Set(copy.claims.map((c) => c.id)).size).toBe(3);
    expect(copy.claims.map((c) => c.keys)).toEqual(original.claims.map((c) => c.keys));
    // Not a wire copy of its source: the library must treat it as an independent article.
    expect(isNearDuplicate(copy.article.fingerprint, original.article.fingerprint)).toBe(false);
    expect(replicate(original, 3).article.id).not.toBe(copy.article.id);
  });

  it('subset and replicas stop at the claim budget without reusing article ids', () => {
    const records = [record('a1', TEXT, 4), record('a2', TEXT, 3), record('a3', TEXT, 2)];
    expect(subset(records, 6).map((r) => r.article.id)).toEqual(['a1', 'a3']);
    const copies = replicas(records, 20);
    expect(copies.reduce((n, r) => n + r.claims.length, 0)).toBe(20);
    expect(new Set(copies.map((r) => r.article.id)).size).toBe(copies.length);
    expect(copies.some((r) => records.some((o) => o.article.id === r.article.id))).toBe(false);
  });
});

describe('CPU profile reading', () => {
  // root → page.js → content.js (a content-script callback under a page frame), plus GC and idle roots.
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 4, 5, 6] },
      { id: 2, callFrame: { url: 'http://site/page.js', functionName: 'page' }, children: [3] },
      { id: 3, callFrame: { url: 'chrome-extension://x/content-scripts/content.js', functionName: 'a' }, children: [7] },
      { id: 7, callFrame: { url: '', functionName: 'getClientRects' } },
      { id: 4, callFrame: { url: '', functionName: '(garbage collector)' } },
      { id: 5, callFrame: { url: '', functionName: '(idle)' } },
      { id: 6, callFrame: { url: 'http://site/page.js', functionName: 'other' } },
    ],
    samples: [5, 3, 7, 4, 3, 6, 3, 4, 5, 5],
    timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
  };
  const isContent = (url: string) => url.endsWith('/content-scripts/content.js');

  it('counts native work under the script and GC between its samples as the script’s run', () => {
    const time = scriptTime(profile, isContent);
    // samples 1-4 (content, native under content, GC, content) form one run of 4 ms; sample 6 is another.
    expect(time.longestRunMs).toBe(4);
    expect(time.runs).toBe(2);
    // GC at sample 7 is followed by idle: nobody's.
    expect(time.totalMs).toBe(5);
  });

  it('finds nothing for a script that never ran', () => {
    expect(scriptTime(profile, (url) => url.endsWith('/nowhere.js'))).toEqual({ totalMs: 0, longestRunMs: 0, runs: 0 });
  });
});

describe('median', () => {
  it('takes the middle value, the mean of the two middle ones, and ignores non-finite values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN, 7])).toBe(7);
    expect(median([])).toBeNull();
  });
});
