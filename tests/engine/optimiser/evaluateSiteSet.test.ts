import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateSiteSet } from '../../../src/engine/optimiser/evaluateSiteSet';
import { optimiseCoverage } from '../../../src/engine/optimiser/optimiseSiteSet';
import {
  bruteCoverageShare,
  bruteMedianCost,
  bruteMixedScore,
  close,
  coverageOf,
  medianOf,
  mixedOf,
  randomInstance,
} from './bruteForce';

describe('evaluateSiteSet', () => {
  it('values a given set as the brute force does, for all three objectives', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.boolean(), (seed, capacities) => {
        const instance = randomInstance(seed, { sites: 7, functions: 4, demand: 15, capacities });
        const sites = [seed % 7, (seed >> 3) % 7];
        const distinct = [...new Set(sites)];
        const cost = bruteMedianCost(instance, distinct);
        const median = evaluateSiteSet(medianOf(instance), sites);
        if (cost === Infinity) expect(!median.ok && median.error.code).toBe('capacityTooSmall');
        else expect(median.ok && close(median.solution.value, cost)).toBe(true);
        const coverage = evaluateSiteSet(coverageOf(instance), sites);
        expect(coverage.ok && close(coverage.solution.value, bruteCoverageShare(instance, distinct))).toBe(true);
        const mixed = evaluateSiteSet(mixedOf(instance, 900, 0.4), sites);
        if (cost < Infinity)
          expect(mixed.ok && close(mixed.solution.value, bruteMixedScore(instance, distinct, 900, 0.4))).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  it("agrees with the optimiser on the optimiser's own answer", () => {
    const problem = coverageOf(randomInstance(8, { sites: 12, functions: 2, demand: 30 }));
    const best = optimiseCoverage(problem, { p: 3 });
    if (!best.ok) throw new Error(best.error.code);
    const again = evaluateSiteSet(problem, best.best.sites);
    expect(again.ok && again.solution.value).toBe(best.best.value);
  });

  it('rejects sites that do not exist and the empty set', () => {
    const problem = coverageOf(randomInstance(8, { sites: 4, functions: 2, demand: 5 }));
    expect(evaluateSiteSet(problem, [4]).ok).toBe(false);
    expect(evaluateSiteSet(problem, []).ok).toBe(false);
  });
});
