import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/core/claims';
import { Claim } from '../../../src/core/model';

const BODY = [
  'Floods Sweep Valley Towns',
  'By Jane Doe, Valley Herald',
  'RIVERTON, March 4 (Reuters) - The river burst its banks on Monday and killed at least 12 people in Riverton, police said.',
  '“The water came in the night. We had no time to leave,” said Tom Baker, a farmer from the valley.',
  'No bridges were damaged, according to the regional transport authority.',
  'Governor Ann Miller said on Tuesday that 300 soldiers had been sent to the area.',
  '“We will rebuild every home.',
  '“Nobody will be left behind,” she said.',
  'Share this article',
].join('\n\n');

const claims = extractClaims({ id: 'doc1', text: BODY, publishedAt: '2024-03-05', title: 'Floods Sweep Valley Towns' });
const byText = (needle: string) => {
  const c = claims.find((x) => x.text.includes(needle));
  if (!c) throw new Error(`no claim with ${needle}`);
  return c;
};

describe('extractClaims', () => {
  it('produces schema-valid claims whose text is the body slice, with stable ids', () => {
    expect(claims.length).toBeGreaterThan(5);
    for (const c of claims) {
      expect(Claim.safeParse(c).success).toBe(true);
      expect(BODY.slice(c.start, c.end)).toBe(c.text);
      expect(c.id).toBe(`doc1:${c.start}`);
      expect(c.articleId).toBe('doc1');
      expect(c.keys.length).toBeLessThanOrEqual(24);
    }
  });

  it('leaves out the byline and share prompt, and strips the dateline', () => {
    expect(claims.some((c) => /Jane Doe|Share this/.test(c.text))).toBe(false);
    expect(byText('burst its banks').text.startsWith('The river burst')).toBe(true);
  });

  it('fills slots with offsets relative to the claim text', () => {
    const c = byText('burst its banks');
    expect(c.slots.quantities.some((q) => q.value === 12)).toBe(true);
    expect(c.slots.dates.some((d) => d.from.startsWith('2024-03-04'))).toBe(true);
    for (const s of [...c.slots.quantities, ...c.slots.dates, ...c.slots.names]) {
      expect(c.text.slice(s.start, s.end)).toBe(s.raw);
    }
    expect(c.predicates).toContain('kill');
    expect(c.keys).toContain('p:kill');
    expect(c.keys).toContain('d:2024-03');
    expect(c.attribution).toBe('police');
    expect(c.polarity).toBe('positive');
  });

  it('gives a quotation spanning two sentences one speaker, on both claims', () => {
    const first = byText('The water came in the night.');
    const second = byText('We had no time to leave');
    expect(first.slots.quotes).toHaveLength(1);
    expect(first.slots.quotes[0]!.speaker).toMatch(/baker/i);
    expect(second.slots.quotes[0]!.speaker).toBe(first.slots.quotes[0]!.speaker);
    expect(first.attribution).toMatch(/baker/i);
    expect(second.polarity).toBe('negative');
  });

  it('resolves "she said" over a quotation continued across paragraphs', () => {
    const opened = byText('We will rebuild every home.');
    expect(opened.slots.quotes[0]!.speaker).toMatch(/miller/i);
    expect(byText('Nobody will be left behind').attribution).toMatch(/miller/i);
  });

  it('reads "according to" and negation', () => {
    const c = byText('No bridges were damaged');
    expect(c.attribution).toBe('the regional transport authority');
    expect(c.polarity).toBe('negative');
  });

  it('ranks the figure-bearing claim above the headline', () => {
    expect(byText('burst its banks').checkworthiness).toBeGreaterThan(byText('Floods Sweep').checkworthiness);
  });

  it('makes no claim of a question, yet keeps the people it names for the sentences after it', () => {
    const found = extractClaims({
      id: 'q',
      text: ['Why did Robert Kestrel, 32, set out for the hut on Saturday?', '“Was it worth 700 metres of ice?”', 'He fell on the ice the next morning.'].join('\n\n'),
      publishedAt: '2013-09-16',
      title: null,
    });
    expect(found.map((c) => c.text)).toEqual(['He fell on the ice the next morning.']);
    expect(found[0]?.context).toEqual(['robert kestrel']);
  });

  it('returns no claims for an empty body', () => {
    expect(extractClaims({ id: 'x', text: '', publishedAt: null })).toEqual([]);
  });
});

describe('attribution to a name or to a phrase', () => {
  const body = [
    'A senior Northern Alliance official said the talks had failed on Friday.',
    'Defense Minister Karl Berg said the border would stay closed for two weeks.',
    'A spokesperson for Governor Ann Miller said the roads would reopen on Sunday.',
  ].join('\n\n');
  const claims = extractClaims({ id: 'a', text: body, publishedAt: '2024-01-10' });

  it('uses the canonical name when the name heads the source phrase', () => {
    expect(claims[1]!.attribution).toBe('karl berg');
  });

  it('keeps the phrase when the name only qualifies it', () => {
    expect(claims[0]!.attribution).toBe('A senior Northern Alliance official');
    expect(claims[2]!.attribution).toBe('A spokesperson for Governor Ann Miller');
  });
});

describe('pronoun sources', () => {
  it('resolves "he said" to the last named source, not the last person mentioned', () => {
    const body = 'Inspector Dave Green said the climber, Tom Raite, died on the way down.\n\n“It was a lack of experience,” he said.';
    const claims = extractClaims({ id: 'p', text: body, publishedAt: null });
    expect(claims[1]!.attribution).toBe('dave green');
    expect(claims[1]!.slots.quotes[0]!.speaker).toBe('dave green');
  });

  it('leaves an unresolvable "it said" without a source', () => {
    const claims = extractClaims({ id: 'p', text: 'The bridge will stay closed for a week, it said.', publishedAt: null });
    expect(claims[0]!.attribution).toBeNull();
  });
});

describe('context: the people a claim speaks of without naming them', () => {
  const claimsOf = (...sentences: string[]) =>
    extractClaims({ id: 'c', text: sentences.join('\n\n'), publishedAt: '2013-09-16', title: null });
  const contextOf = (claims: Claim[], start: string) => claims.find((c) => c.text.startsWith(start))?.context;

  it('takes the people named in the two sentences before a claim that names nobody', () => {
    const claims = claimsOf(
      'Robert Kestrel, 32, set out for the hut on Saturday.',
      'The weather turned in the afternoon.',
      'One of the party slipped on the ice and fell 700 metres.',
      'The rescue took two days.',
    );
    expect(contextOf(claims, 'One of the party')).toEqual(['robert kestrel']);
    // Three sentences on, the name is too far back.
    expect(contextOf(claims, 'The rescue took')).toBeUndefined();
    // A claim that names its person has no context.
    expect(contextOf(claims, 'Robert Kestrel')).toBeUndefined();
  });

  it('does not count the one who says it as the one it is about', () => {
    const claims = claimsOf('Mr Kestrel was climbing with three friends.', 'Inspector Dave Gaskin said the man fell 600 metres.');
    expect(contextOf(claims, 'Inspector Dave Gaskin')).toEqual(['kestrel']);
  });

  it('gives no context when many people were named just before', () => {
    const claims = claimsOf('Ada Vole, Bo Tarn, Cy Wren and Di Lusk met on Friday.', 'One of them fell 60 metres.');
    expect(contextOf(claims, 'One of them')).toBeUndefined();
  });
});
