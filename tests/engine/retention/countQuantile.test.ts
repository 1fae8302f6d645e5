import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countMean, countQuantile, countShareBelow } from '../../../src/engine/retention';

describe('count statistics from a histogram', () => {
  it('match the sorted draws: the ⌈q·N⌉-th smallest, the mean, the share below a limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 5 }),
        (draws, q, limit, offset) => {
          const histogram = new Int32Array(offset + 13);
          draws.forEach((value) => (histogram[offset + value]! += 1));
          const sorted = [...draws].sort((a, b) => a - b);
          expect(countQuantile(histogram, offset, 13, draws.length, q)).toBe(
            sorted[Math.max(1, Math.ceil(q * draws.length)) - 1],
          );
          expect(countMean(histogram, offset, 13, draws.length)).toBeCloseTo(
            draws.reduce((a, b) => a + b, 0) / draws.length,
            12,
          );
          expect(countShareBelow(histogram, offset, 13, draws.length, limit)).toBe(
            draws.filter((v) => v < limit).length / draws.length,
          );
        },
      ),
    );
  });

  it('gives zeros, not NaN, over no draws', () => {
    const empty = new Int32Array(3);
    expect(countQuantile(empty, 0, 3, 0, 0.1)).toBe(0);
    expect(countMean(empty, 0, 3, 0)).toBe(0);
    expect(countShareBelow(empty, 0, 3, 0, 2)).toBe(0);
  });
});
