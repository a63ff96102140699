import { describe, expect, it } from 'vitest';
import { eachInFlight } from '../../../../../core/import/source/prometheus/in-flight';

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 1));

describe('requests in flight', () => {
  it('runs every item with at most the limit at once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await eachInFlight([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3, async (i) => {
      most = Math.max(most, ++running);
      await tick();
      running--;
      done.push(i);
    });
    expect(most).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('starts nothing after a failure and throws it once the running calls settle', async () => {
    const started: number[] = [];
    let running = 0;
    const run = eachInFlight([1, 2, 3, 4, 5, 6], 2, async (i) => {
      started.push(i);
      running++;
      await tick();
      running--;
      if (i === 2) throw new Error('refused');
    });
    await expect(run).rejects.toThrow('refused');
    expect(running).toBe(0);
    // 1 and 2 ran together; 3 started when 1 ended, before 2 failed; nothing started after the failure
    expect(started).toEqual([1, 2, 3]);
  });
});
