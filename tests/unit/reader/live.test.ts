// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../../src/reader/live';

afterEach(() => vi.useRealTimers());

describe('watchPage', () => {
  it('batches a burst of DOM changes into one re-read after the debounce', async () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const stop = watchPage(document, onChange, { debounceMs: 500, maxWaitMs: 5000 });
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createElement('p'));
      await Promise.resolve();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it('still re-reads a page that never stops changing, once per max wait', async () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const stop = watchPage(document, onChange, { debounceMs: 500, maxWaitMs: 1000 });
    for (let i = 0; i < 12; i++) {
      document.body.append(document.createElement('p'));
      await Promise.resolve();
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(2);
    stop();
  });
});
