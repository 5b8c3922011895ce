import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/core/claims';
import { compareClaims } from '../../../src/core/compare';
import { biographyOf, compareBiographies } from '../../../src/core/compare/biography';
import { ref } from './factory';

const claim = (text: string, id = 'x') => extractClaims({ id, text, publishedAt: '2013-09-16', title: null })[0]!;
const facts = (text: string) => biographyOf(claim(text)).map((f) => [f.kind, f.place, f.raw]);

describe('biographyOf', () => {
  it('reads where a person lives', () => {
    expect(facts('The man, a Norwegian living in Tromsdal, went skiing.')).toEqual([
      ['origin', 'norway', 'Norwegian'],
      ['residence', 'tromsdal', 'living in Tromsdal'],
    ]);
    expect(facts('The climber, who lived in Chile, fell.')).toEqual([['residence', 'chile', 'lived in Chile']]);
    expect(facts('The man, from Hampton Vale, fell in the gully.')).toEqual([['residence', 'hampton vale', 'from Hampton Vale']]);
    expect(facts('Ada Vole, a Norway native living in Tromsdal, Chile, went skiing.').map((f) => f[1])).toEqual(['norway', 'tromsdal', 'chile']);
  });

  it('reads where one person comes from', () => {
    expect(facts('The Norway-born Chilean was planning to ski.')).toEqual([['origin', 'norway', 'Norway-born'], ['origin', 'chile', 'Chilean']]);
    expect(facts('A 36-year-old Chilean climber died on Friday.')).toEqual([['origin', 'chile', 'Chilean']]);
    expect(facts('It was the death of a Norway climber.')).toEqual([['origin', 'norway', 'Norway']]);
    expect(facts('On Saturday, Englishman Bo Kestrel fell.')).toEqual([['origin', 'england', 'Englishman']]);
  });

  it('does not read a group, two people, or a place things come from as anyone\u2019s home', () => {
    expect(facts('American troops remain in Iraq.')).toEqual([]);
    expect(facts('The protection of American personnel comes first.')).toEqual([]);
    expect(facts('One Chilean and one Norwegian climber have died.')).toEqual([]);
    expect(facts('The drones were fired from Syria.')).toEqual([]);
    expect(facts('The Iraqi government condemned the strikes.')).toEqual([]);
  });
});

describe('compareBiographies', () => {
  it('agrees on the same place of the same kind, for the same or an unnamed person', () => {
    const a = claim('The man, a Norwegian living in Tromsdal, was planning to ski.', 'a');
    const b = claim('Ada Vole, who had been living in Tromsdal, fell 200 metres.', 'b');
    expect(compareBiographies(a, b)).toMatchObject([{ kind: 'name', status: 'agree', here: 'living in Tromsdal', there: 'living in Tromsdal' }]);
    // A home is not a birthplace, and two named people are two people.
    expect(compareBiographies(claim('Ada Vole was born in Tromsdal.'), b)).toEqual([]);
    expect(compareBiographies(claim('Bo Kestrel, who lived in Tromsdal, fell.'), b)).toEqual([]);
  });

  it('makes two claims dated alike agree, never differ', () => {
    const a = claim('The man, a Norwegian living in Tromsdal, was planning to ski.', 'a');
    const b = claim('Ada Vole, a Norwegian who had been living in Tromsdal, fell 200 metres.', 'b');
    expect(compareClaims(a, ref('x', '2013-09-16'), b, ref('y', '2013-09-16'))?.verdict).toBe('agree');
    const elsewhere = claim('The man, a Chilean living in Valdora, was planning to ski.', 'c');
    expect(compareClaims(elsewhere, ref('x', '2013-09-16'), b, ref('y', '2013-09-16'))?.verdict ?? 'none').not.toBe('differ');
    // Undated, another year's climber from the same town may be meant.
    expect(compareClaims(a, ref('x', null), b, ref('y', '2013-09-16'))?.verdict ?? 'none').not.toBe('agree');
  });
});
