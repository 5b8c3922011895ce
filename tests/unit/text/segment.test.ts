import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/segment';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe('splitSentences: abbreviations', () => {
  it('keeps military ranks with the name', () => {
    expect(texts('Maj. Gen. Pat Ryder said the strikes worked. Nobody was hurt.')).toEqual([
      'Maj. Gen. Pat Ryder said the strikes worked.',
      'Nobody was hurt.',
    ]);
  });
  it('does not split after U.S. before a capitalised continuation', () => {
    expect(texts('U.S. Central Command said so. It ended.')).toEqual(['U.S. Central Command said so.', 'It ended.']);
    expect(texts('The U.S. Army and the U.N. Security Council met.')).toHaveLength(1);
  });
  it('splits after U.S. when a sentence starter follows', () => {
    expect(texts('They flew back to the U.S. The next day they rested.')).toEqual([
      'They flew back to the U.S.',
      'The next day they rested.',
    ]);
  });
  it('joins month abbreviations before a day number', () => {
    expect(texts('Attacks began on Oct. 17 and continued.')).toEqual(['Attacks began on Oct. 17 and continued.']);
    expect(texts('It happened on Sept. 11, 2001. Then war came.')).toHaveLength(2);
  });
  it('joins titles and initials', () => {
    expect(texts('Mr. Smith met Dr. Jones and J. R. Tolkien. They talked.')).toHaveLength(2);
    expect(texts('Lt. Col. Ann Lee and Sgt. Bo Li spoke.')).toHaveLength(1);
  });
  it('handles company suffixes', () => {
    expect(texts('Acme Inc. The company said nothing.')).toEqual(['Acme Inc.', 'The company said nothing.']);
    expect(texts('Acme Inc. Chairman Bob Ray resigned.')).toHaveLength(1);
  });
  it('handles No. and a.m./p.m.', () => {
    expect(texts('He was ranked No. 3 in the world.')).toHaveLength(1);
    expect(texts('He said no. Then he left.')).toHaveLength(2);
    expect(texts('At 5 p.m. local time the siren sounded.')).toHaveLength(1);
    expect(texts('It started at 10 p.m. Tuesday in the city.')).toHaveLength(1);
    expect(texts('It ended at 5 p.m. Smith went home.')).toEqual(['It ended at 5 p.m.', 'Smith went home.']);
    // A clause opened by "that" with only a time so far still awaits its subject and verb.
    expect(texts('Police say that on Saturday around 11:30 p.m. Ada Vole was standing outside.')).toHaveLength(1);
    expect(texts('He said that at 5 p.m. The police arrived.')).toHaveLength(2);
  });
  it('joins place prefixes and street types, also at the end of a hyphenated compound', () => {
    expect(texts('Two deaths in the Aoraki-Mt. Cook National Park were not related. Rescuers left.')).toHaveLength(2);
    expect(texts('A store on Church Ave. near Albany Ave. was looted.')).toHaveLength(1);
    expect(texts('They marched up Snyder Ave. The police waited.')).toEqual(['They marched up Snyder Ave.', 'The police waited.']);
  });
});

describe('splitSentences: quotes and paragraphs', () => {
  it('keeps the closing quote with its sentence', () => {
    expect(texts('He said "no." Then he left.')).toEqual(['He said "no."', 'Then he left.']);
    expect(texts('They called it a “clear hostile act.” They came later.')).toEqual([
      'They called it a “clear hostile act.”',
      'They came later.',
    ]);
  });
  it('does not split inside a short quotation', () => {
    expect(texts('“We will go. We must,” he said. Then he left.')).toEqual([
      '“We will go. We must,” he said.',
      'Then he left.',
    ]);
  });
  it('splits paragraphs on newlines and trims with correct offsets', () => {
    const text = '  First line here\n\nSecond one. Third one.  \n';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['First line here', 'Second one.', 'Third one.']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});

const shared = fileURLToPath(new URL('../../../../shared/', import.meta.url));

/** Body rule of tools/score.py: drop a header block only when the first line is a header field. */
function articleBody(text: string): string {
  const first = text.split('\n', 1)[0] ?? '';
  if (!/^(title|source|date|url|site|author):/.test(first)) return text;
  const blank = /\r?\n\r?\n/.exec(text);
  return blank ? text.slice(blank.index + blank[0].length) : text;
}

describe('splitSentences on the seed corpus', () => {
  const dir = `${shared}corpus/seeds/`;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const bodies = new Map(files.map((f) => [f.slice(0, -4), articleBody(readFileSync(dir + f, 'utf8'))]));

  it('never ends a sentence at U.S. with a capitalised continuation in the same paragraph', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const body of bodies.values()) {
      const spans = splitSentences(body);
      for (let i = 0; i + 1 < spans.length; i++) {
        const a = spans[i]!;
        const b = spans[i + 1]!;
        const sameParagraph = !body.slice(a.end, b.start).includes('\n');
        if (sameParagraph && a.text.endsWith('U.S.')) {
          expect(/^[A-Z]/.test(b.text) && !/^(The|It|He|She|They|We|But|In)\b/.test(b.text), `${a.text} | ${b.text}`).toBe(false);
        }
      }
    }
  });

  it('covers at least half of every gold quote with one sentence', () => {
    const gold = JSON.parse(readFileSync(`${shared}corpus/gold/seeds.json`, 'utf8')) as {
      facts: { mentions: { doc: string; quote: string }[] }[];
    };
    let checked = 0;
    for (const fact of gold.facts) {
      for (const m of fact.mentions) {
        const body = bodies.get(m.doc);
        expect(body, m.doc).toBeDefined();
        const at = body!.indexOf(m.quote);
        expect(at, m.quote).toBeGreaterThanOrEqual(0);
        const end = at + m.quote.length;
        const best = Math.max(...splitSentences(body!).map((s) => Math.min(end, s.end) - Math.max(at, s.start)));
        expect(best * 2, m.quote).toBeGreaterThanOrEqual(m.quote.length);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
