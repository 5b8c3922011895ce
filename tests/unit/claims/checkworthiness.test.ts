import { describe, expect, it } from 'vitest';
import { checkworthiness } from '../../../src/core/claims/checkworthiness';

const none = { quantities: 0, dates: 0, names: 0, eventPredicates: 0, attributed: false };

describe('checkworthiness', () => {
  const factual = checkworthiness({
    text: 'The earthquake killed 24 people in Springfield on Monday, officials said.',
    quantities: 1, dates: 1, names: 1, eventPredicates: 1, attributed: true,
  });
  const plain = checkworthiness({ ...none, text: 'The town has long been a quiet place to live and work.' });

  it('stays within [0, 1]', () => {
    const max = checkworthiness({ text: 'x '.repeat(20), quantities: 9, dates: 9, names: 9, eventPredicates: 9, attributed: true });
    expect(max).toBeLessThanOrEqual(1);
    expect(plain).toBeGreaterThanOrEqual(0);
  });

  it('ranks figures, dates, names and events above plain prose', () => {
    expect(factual).toBeGreaterThan(0.6);
    expect(factual).toBeGreaterThan(plain);
  });

  it('lowers questions, opinions, imperatives and short sentences', () => {
    const q = checkworthiness({ ...none, quantities: 1, text: 'Did the earthquake kill 24 people in the town?' });
    const s = checkworthiness({ ...none, quantities: 1, text: 'The earthquake killed 24 people in the town.' });
    expect(q).toBeLessThan(s);
    const opinion = checkworthiness({ ...none, quantities: 1, text: 'I think the earthquake killed 24 people in the town.' });
    expect(opinion).toBeLessThan(s);
    const imperative = checkworthiness({ ...none, text: 'Click the link below to see all the pictures of the town.' });
    expect(imperative).toBeLessThan(plain);
    expect(checkworthiness({ ...none, text: 'Rain fell.' })).toBeLessThan(plain);
  });
});
