// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mapInSlices, yieldToPage } from '../../../src/reader/slices';

describe('slices', () => {
  it('yields and resumes', async () => {
    const order: string[] = [];
    const done = yieldToPage().then(() => order.push('after yield'));
    order.push('before');
    await done;
    expect(order).toEqual(['before', 'after yield']);
  });

  it('maps every item in order across slices', async () => {
    const items = Array.from({ length: 500 }, (_, i) => i);
    const out = await mapInSlices(items, (x) => x * 2, 0);
    expect(out).toEqual(items.map((x) => x * 2));
  });
});
