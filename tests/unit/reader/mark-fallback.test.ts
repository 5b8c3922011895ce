// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isOwnMark, markRanges, unmark } from '../../../src/reader/mark-fallback';

describe('<mark> fallback', () => {
  it('wraps a range across inline elements and restores the text exactly', () => {
    document.body.innerHTML = '<p id="p">Four <b>people</b> died at dawn.</p>';
    const p = document.getElementById('p') as HTMLElement;
    const range = document.createRange();
    range.setStart(p.firstChild as Text, 0);
    range.setEnd(p.lastChild as Text, 5);
    markRanges('crosscheck-differ', [range]);
    const marks = Array.from(p.querySelectorAll('mark[data-crosscheck="crosscheck-differ"]'));
    expect(marks.map((m) => m.textContent)).toEqual(['Four ', 'people', ' died']);
    expect(p.textContent).toBe('Four people died at dawn.');
    expect(isOwnMark(marks[0] as Node)).toBe(true);
    expect(isOwnMark(p.querySelector('b')?.firstChild ?? p)).toBe(true);
    unmark('crosscheck-differ');
    expect(p.querySelectorAll('mark').length).toBe(0);
    expect(p.innerHTML).toBe('Four <b>people</b> died at dawn.');
  });
});
