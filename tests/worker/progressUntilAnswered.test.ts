import { describe, expect, it } from 'vitest';
import { progressUntilAnswered } from '../../src/worker/progressUntilAnswered';

describe('progressUntilAnswered', () => {
  it('passes progress on while the call runs and drops a report that arrives after the answer', async () => {
    const heard: number[] = [];
    let report: ((fraction: number) => void) | undefined;
    const answer = await progressUntilAnswered(
      (fraction) => heard.push(fraction),
      async (progress) => {
        report = progress;
        progress?.(0.5);
        return 'done';
      },
    );
    expect(answer).toBe('done');
    report!(0.9); // still in flight on the progress port when the answer came
    expect(heard).toEqual([0.5]);
  });

  it('also goes quiet after a failure, and calls without a callback get none', async () => {
    const heard: number[] = [];
    let report: ((fraction: number) => void) | undefined;
    await expect(
      progressUntilAnswered(
        (fraction) => heard.push(fraction),
        async (progress) => {
          report = progress;
          throw new Error('worker stopped');
        },
      ),
    ).rejects.toThrow('worker stopped');
    report!(0.3);
    expect(heard).toEqual([]);
    expect(await progressUntilAnswered(undefined, async (progress) => progress)).toBeUndefined();
  });
});
