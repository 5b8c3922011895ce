import { describe, expect, it } from 'vitest';
import { clipQuote, findQuoteSpans, isQuoted } from '../../../src/core/claims/quotes';
import { quoteSpeaker } from '../../../src/core/claims/attribution';

const inner = (text: string) => findQuoteSpans(text).map((q) => text.slice(q.innerStart, q.innerEnd));

describe('findQuoteSpans', () => {
  it('finds curly and straight quotations', () => {
    expect(inner('“We will rebuild,” the mayor said. He added: "It will take years."')).toEqual([
      'We will rebuild,',
      'It will take years.',
    ]);
  });

  it('keeps a quotation spanning several sentences as one span', () => {
    const text = '“The dam held. The water is falling. We were lucky,” the engineer said.';
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.innerStart, spans[0]!.innerEnd)).toBe('The dam held. The water is falling. We were lucky,');
  });

  it('ignores apostrophes and inch marks inside words', () => {
    expect(inner("The mayor's office said the 6\" pipe burst.")).toEqual([]);
  });

  it('runs an unclosed quotation to the paragraph end and chains it to the re-opened next paragraph', () => {
    const text = '“We lost everything in the fire.\n“Now we start again,” she said.\nThe fire began at night.';
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(2);
    expect(spans[0]!.closed).toBe(false);
    expect(spans[0]!.chain).toBe(spans[1]!.chain);
  });

  it('starts a new chain for an unrelated quotation', () => {
    const spans = findQuoteSpans('“Yes,” he said.\n“No,” she replied.');
    expect(spans[0]!.chain).not.toBe(spans[1]!.chain);
  });

  it('clips to a claim span and tells quoted offsets', () => {
    const text = 'He said “the bridge is closed” today.';
    const [q] = findQuoteSpans(text);
    expect(clipQuote(q!, 0, 12)).toEqual({ start: 9, end: 12 });
    expect(clipQuote(q!, 32, 37)).toBeNull();
    expect(isQuoted([q!], text.indexOf('bridge'))).toBe(true);
    expect(isQuoted([q!], text.indexOf('today'))).toBe(false);
  });
});

describe('quoteSpeaker', () => {
  const speaker = (text: string) => {
    const [q] = findQuoteSpans(text);
    return quoteSpeaker(text, q!, 0, text.length)?.phrase ?? null;
  };

  it.each([
    ['“We will rebuild,” Mayor Ann Lee said.', 'Mayor Ann Lee'],
    ['“We will rebuild,” said Ann Lee, the mayor.', 'Ann Lee'],
    ['“We will rebuild,” Ann Lee, the mayor of the town, said on Monday.', 'Ann Lee'],
    ['“We will rebuild,” the official said.', 'the official'],
    ['“They were in the dark,” a witness told reporters.', 'a witness'],
    ['“It is over,” he added.', 'he'],
    ['Ann Lee said: “We will rebuild.”', 'Ann Lee'],
    ['The spokesman for the fire service told reporters that crews would “stay all night.”', 'The spokesman for the fire service'],
  ])('%j → %j', (text, expected) => {
    expect(speaker(text)).toBe(expected);
  });

  it('finds no speaker for an unattributed scare quote', () => {
    expect(speaker('The plan was called a “clear hostile act” in the region.')).toBeNull();
  });
});
