import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../../src/core/compare';
import { clockTimesOf, sameClockTime } from '../../../src/core/compare/clock';
import { makeClaim, ref } from './factory';

describe('clockTimesOf', () => {
  it('reads 12- and 24-hour clock times as minutes after midnight', () => {
    expect(clockTimesOf('At around 4:30 a.m. local time (11.30 p.m. ET) the thieves struck.').map((c) => [c.minutes, c.raw])).toEqual([
      [270, '4:30 a.m.'],
      [1410, '11.30 p.m.'],
    ]);
    expect(clockTimesOf('They drove in at around 4.30am.').map((c) => c.minutes)).toEqual([270]);
    expect(clockTimesOf('Crews were called shortly after 06:00 BST.').map((c) => c.minutes)).toEqual([360]);
  });

  it('leaves scores, ratios and durations alone', () => {
    expect(clockTimesOf('The score was 2:1 in 1998.')).toEqual([]);
    expect(clockTimesOf('He played 17:30 minutes.')).toEqual([]);
  });
});

describe('one clock time in an undated report of the story', () => {
  const undated = ref('u', null);
  const dated = ref('d', '2013-09-09T12:00:00Z');
  const rammed = makeClaim({ text: 'At around 4:30 a.m. the thieves rammed an SUV into the front of the store.', lemmas: ['thief', 'ram', 'suv', 'front', 'store'] });
  const drove = makeClaim({
    text: 'The men drove a large car into the shop at around 4.30am, a source said.',
    dates: [{ raw: 'at around 4.30am', from: '2013-09-09T04:30', to: '2013-09-09T04:31', granularity: 'minute', relative: true }],
    lemmas: ['man', 'drive', 'large', 'car', 'shop', 'source'],
  });

  it('agree on that moment though they share no name, verb or words', () => {
    expect(sameClockTime(rammed, drove)).toMatchObject({ here: '4:30 a.m.', there: '4.30am' });
    const r = compareClaims(rammed, undated, drove, dated, { sameStory: true });
    expect(r?.verdict).toBe('agree');
    expect(r?.evidence).toContainEqual(expect.objectContaining({ kind: 'date', status: 'agree', note: 'the same time of day' }));
  });

  it('nothing outside the story, nor at another time', () => {
    expect(compareClaims(rammed, undated, drove, dated)).toBeNull();
    const later = makeClaim({ text: 'The men drove a large car into the shop at around 6.30am, a source said.', lemmas: ['man', 'drive', 'large', 'car', 'shop', 'source'] });
    expect(compareClaims(rammed, undated, later, dated, { sameStory: true })?.verdict ?? 'none').not.toBe('agree');
  });
});
