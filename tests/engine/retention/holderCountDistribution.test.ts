import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exactHolderQuantile,
  expectedHolders,
  holderCountDistribution,
  holderCountVariance,
  probabilityFewerHolders,
} from '../../../src/engine/retention';

/** P(exactly k stay) by enumerating all 2^m stay/leave outcomes. */
function bruteDistribution(leave: number[], holders: number[]): number[] {
  const m = holders.length;
  const distribution = new Array<number>(m + 1).fill(0);
  for (let mask = 0; mask < 1 << m; mask++) {
    let probability = 1;
    let staying = 0;
    holders.forEach((person, t) => {
      const stays = (mask >> t) & 1;
      probability *= stays ? 1 - leave[person]! : leave[person]!;
      staying += stays;
    });
    distribution[staying]! += probability;
  }
  return distribution;
}

const probability = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.05, 0.9));
const instance = fc.array(probability, { minLength: 0, maxLength: 10 }).chain((leave) =>
  fc.record({
    leave: fc.constant(leave),
    holders: fc.subarray(Array.from({ length: leave.length }, (_, i) => i)),
  }),
);

describe('exact holder counts (Poisson-binomial)', () => {
  it('agrees with enumerating every outcome', () => {
    fc.assert(
      fc.property(instance, ({ leave, holders }) => {
        const exact = holderCountDistribution(leave, holders);
        const brute = bruteDistribution(leave, holders);
        expect(exact).toHaveLength(holders.length + 1);
        brute.forEach((value, k) => expect(exact[k]).toBeCloseTo(value, 12));
        for (let m = 0; m <= holders.length + 2; m++) {
          const below = brute.slice(0, m).reduce((a, b) => a + b, 0);
          expect(probabilityFewerHolders(leave, holders, m)).toBeCloseTo(Math.min(1, below), 12);
        }
      }),
    );
  });

  it('has the mean Σ(1 − p) and variance Σ p(1 − p) of its distribution', () => {
    fc.assert(
      fc.property(instance, ({ leave, holders }) => {
        const distribution = holderCountDistribution(leave, holders);
        const mean = distribution.reduce((sum, value, k) => sum + k * value, 0);
        const variance = distribution.reduce((sum, value, k) => sum + (k - mean) ** 2 * value, 0);
        expect(distribution.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        expect(expectedHolders(leave, holders)).toBeCloseTo(mean, 10);
        expect(holderCountVariance(leave, holders)).toBeCloseTo(variance, 10);
      }),
    );
  });

  it('puts its 10th percentile no higher than the mean rounded up (the median is ⌊μ⌋ or ⌈μ⌉)', () => {
    fc.assert(
      fc.property(instance, ({ leave, holders }) => {
        const p10 = exactHolderQuantile(leave, holders, 0.1);
        expect(p10).toBeGreaterThanOrEqual(0);
        expect(p10).toBeLessThanOrEqual(Math.ceil(expectedHolders(leave, holders) - 1e-9));
      }),
    );
  });

  it('handles the edges: no holders, certain stayers and leavers, a bus factor of one', () => {
    expect(Array.from(holderCountDistribution([], []))).toEqual([1]);
    expect(expectedHolders([0.3], [])).toBe(0);
    expect(probabilityFewerHolders([], [], 2)).toBe(1);
    expect(probabilityFewerHolders([0.5, 0.5], [0, 1], 0)).toBe(0);
    expect(probabilityFewerHolders([0, 0], [0, 1], 2)).toBe(0);
    expect(probabilityFewerHolders([1, 0], [0, 1], 2)).toBe(1);
    // Two holders leaving with 0.5 each: P(< 2) = 1 − 0.25.
    expect(probabilityFewerHolders([0.5, 0.5], [0, 1], 2)).toBeCloseTo(0.75, 15);
    expect(exactHolderQuantile([0.05], [0], 0.1)).toBe(1);
    expect(exactHolderQuantile([0.95], [0], 0.1)).toBe(0);
  });

  it('stays a distribution over thousands of holders', () => {
    const leave = Float64Array.from({ length: 3000 }, (_, i) => (i % 7) / 7);
    const holders = Int32Array.from({ length: 3000 }, (_, i) => i);
    const distribution = holderCountDistribution(leave, holders);
    expect(distribution.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(distribution.every((value) => value >= 0 && Number.isFinite(value))).toBe(true);
    expect(probabilityFewerHolders(leave, holders, 2)).toBe(0);
  });
});
