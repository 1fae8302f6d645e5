import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optimiseCoverage, optimiseMedian, optimiseMixed } from '../../../src/engine/optimiser/optimiseSiteSet';
import type { SiteSetSolution } from '../../../src/engine/optimiser/optimiserTypes';
import {
  allowedSites,
  bruteCoverageShare,
  bruteMedianCost,
  bruteMixedScore,
  close,
  coverageOf,
  medianOf,
  mixedOf,
  subsets,
  type Instance,
} from './bruteForce';
import { smallScenario, type SmallScenario } from './scenarioArbitrary';

const alternatives = 4;
const scenarios = smallScenario({ maxSites: 8, maxFunctions: 5, maxP: 4 });

function sizesUpTo(p: number, from: number): number[] {
  return Array.from({ length: p }, (_, k) => k + 1).filter((size) => size >= Math.max(1, from));
}

function expectRespectsSites(solution: SiteSetSolution, scenario: SmallScenario): void {
  for (const site of scenario.requiredSites) expect(solution.sites).toContain(site);
  for (const site of scenario.excludedSites) expect(solution.sites).not.toContain(site);
  expect(solution.sites.length).toBeLessThanOrEqual(scenario.p);
  expect(new Set(solution.sites).size).toBe(solution.sites.length);
}

function expectWithinCapacity(solution: SiteSetSolution, instance: Instance): void {
  const loads = new Map<number, number>();
  solution.functionSites!.forEach((site, i) => {
    expect(solution.sites).toContain(site);
    loads.set(site, (loads.get(site) ?? 0) + instance.headcounts[i]!);
  });
  for (const [site, load] of loads) expect(load).toBeLessThanOrEqual(instance.siteCapacities[site]!);
}

function expectDistinctAndOrdered(solutions: SiteSetSolution[], direction: 'ascending' | 'descending'): void {
  const keys = solutions.map((solution) => solution.sites.join(','));
  expect(new Set(keys).size).toBe(keys.length);
  for (let k = 1; k < solutions.length; k++) {
    const [previous, next] = [solutions[k - 1]!.value, solutions[k]!.value];
    if (direction === 'ascending') expect(next).toBeGreaterThanOrEqual(previous - 1e-9 * Math.abs(previous));
    else expect(next).toBeLessThanOrEqual(previous + 1e-9 * Math.abs(previous));
  }
}

describe('exact enumeration against brute force', () => {
  it('median: the optimum over all sets of at most p sites, capacities respected', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const { instance, p, requiredSites, excludedSites } = scenario;
        const result = optimiseMedian(medianOf(instance), {
          p,
          requiredSites,
          excludedSites,
          method: 'exact',
          alternatives,
        });
        const sets = subsets(
          allowedSites(instance.siteCount, excludedSites),
          requiredSites,
          sizesUpTo(p, requiredSites.length),
        );
        const brute = Math.min(...sets.map((sites) => bruteMedianCost(instance, sites)));
        if (brute === Infinity) {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe('capacityTooSmall');
          return;
        }
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(close(result.best.value, brute)).toBe(true);
        const all = [result.best, ...result.alternatives];
        expectDistinctAndOrdered(all, 'ascending');
        for (const solution of all) {
          expectRespectsSites(solution, scenario);
          expectWithinCapacity(solution, instance);
          expect(close(solution.value, bruteMedianCost(instance, [...solution.sites]))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('coverage: the best covered shares over all sets of p sites, in order', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const { instance, p, requiredSites, excludedSites } = scenario;
        const result = optimiseCoverage(coverageOf(instance), {
          p,
          requiredSites,
          excludedSites,
          method: 'exact',
          alternatives,
        });
        const allowed = allowedSites(instance.siteCount, excludedSites);
        const sets = subsets(allowed, requiredSites, [Math.min(p, allowed.length)]);
        const brute = sets.map((sites) => bruteCoverageShare(instance, sites)).sort((a, b) => b - a);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const all = [result.best, ...result.alternatives];
        expect(all.length).toBe(Math.min(alternatives + 1, sets.length));
        all.forEach((solution, k) => {
          expect(close(solution.value, brute[k]!)).toBe(true);
          expect(close(solution.value, bruteCoverageShare(instance, [...solution.sites]))).toBe(true);
          expectRespectsSites(solution, scenario);
          expect(solution.sites.length).toBe(Math.min(p, allowed.length));
        });
        expectDistinctAndOrdered(all, 'descending');
      }),
      { numRuns: 60 },
    );
  });

  it('mixed: the best weighted scores over all sets of p sites, capacities respected', () => {
    fc.assert(
      fc.property(
        scenarios,
        fc.constantFrom(0, 0.3, 0.5, 1),
        fc.double({ min: 50, max: 3000, noNaN: true }),
        (scenario, w, today) => {
          const { instance, p, requiredSites, excludedSites } = scenario;
          const result = optimiseMixed(mixedOf(instance, today, w), {
            p,
            requiredSites,
            excludedSites,
            method: 'exact',
            alternatives,
          });
          const allowed = allowedSites(instance.siteCount, excludedSites);
          const sets = subsets(allowed, requiredSites, [Math.min(p, allowed.length)]);
          const brute = sets
            .map((sites) => bruteMixedScore(instance, sites, today, w))
            .filter((score) => score > -Infinity)
            .sort((a, b) => b - a);
          if (brute.length === 0) {
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.error.code).toBe('capacityTooSmall');
            return;
          }
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const all = [result.best, ...result.alternatives];
          expect(all.length).toBe(Math.min(alternatives + 1, brute.length));
          all.forEach((solution, k) => {
            expect(close(solution.value, brute[k]!)).toBe(true);
            expectRespectsSites(solution, scenario);
            expectWithinCapacity(solution, instance);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('median is never worse and coverage never lower with a larger p', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const { instance, requiredSites, excludedSites } = scenario;
        const median = medianOf(instance);
        const coverage = coverageOf(instance);
        let previousCost = Infinity;
        let previousShare = 0;
        for (let p = Math.max(1, requiredSites.length); p <= 5; p++) {
          const cost = optimiseMedian(median, { p, requiredSites, excludedSites, method: 'exact' });
          if (cost.ok) {
            expect(cost.best.value).toBeLessThanOrEqual(previousCost * (1 + 1e-12));
            previousCost = cost.best.value;
          } else expect(previousCost).toBe(Infinity);
          const share = optimiseCoverage(coverage, { p, requiredSites, excludedSites, method: 'exact' });
          expect(share.ok).toBe(true);
          if (share.ok) {
            expect(share.best.value).toBeGreaterThanOrEqual(previousShare - 1e-12);
            previousShare = share.best.value;
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
