import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateCapacitated, type CapacitatedCosts } from '../../../src/engine/optimiser/capacitatedAllocation';
import { bruteMedianCost, close, randomInstance } from './bruteForce';

function costsOf(seed: number, sites: number, functions: number): CapacitatedCosts {
  const instance = randomInstance(seed, { sites, functions, demand: 1, capacities: true });
  return {
    functionCount: functions,
    siteCount: sites,
    costMinutes: instance.costMinutes,
    headcounts: instance.headcounts,
    siteCapacities: instance.siteCapacities,
  };
}

describe('allocateCapacitated', () => {
  it('finds the cheapest allocation that fits the desks, or none when nothing fits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 7 }),
        (seed, sites, functions) => {
          const costs = costsOf(seed, sites, functions);
          const open = Array.from({ length: sites }, (_, j) => j).filter((j) => j % 2 === 0 || j === 1);
          const instance = randomInstance(seed, { sites, functions, demand: 1, capacities: true });
          const brute = bruteMedianCost(instance, open);
          const allocation = allocateCapacitated(costs, open);
          if (brute === Infinity) {
            expect(allocation).toBeNull();
            return;
          }
          expect(allocation).not.toBeNull();
          expect(allocation!.proven).toBe(true);
          expect(close(allocation!.totalMinutes, brute)).toBe(true);
          const loads = new Map<number, number>();
          allocation!.functionSites.forEach((site, i) => {
            expect(open).toContain(site);
            loads.set(site, (loads.get(site) ?? 0) + costs.headcounts[i]!);
          });
          for (const [site, load] of loads) expect(load).toBeLessThanOrEqual(costs.siteCapacities[site]!);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('sends everyone to their cheapest open site when the desks allow it', () => {
    const costs: CapacitatedCosts = {
      functionCount: 2,
      siteCount: 3,
      costMinutes: Float64Array.from([10, 20, 5, 30, 8, 40]),
      headcounts: Float64Array.from([4, 3]),
      siteCapacities: Float64Array.from([Infinity, 10, 10]),
    };
    const allocation = allocateCapacitated(costs, [0, 1]);
    expect([...allocation!.functionSites]).toEqual([0, 1]);
    expect(allocation!.totalMinutes).toBe(18);
  });

  it('moves the cheaper-to-move function when a site is full', () => {
    // Both prefer site 0, which holds only one of them; moving function 1 costs 2, function 0 costs 50.
    const costs: CapacitatedCosts = {
      functionCount: 2,
      siteCount: 2,
      costMinutes: Float64Array.from([10, 60, 10, 12]),
      headcounts: Float64Array.from([5, 5]),
      siteCapacities: Float64Array.from([6, 6]),
    };
    const allocation = allocateCapacitated(costs, [0, 1]);
    expect([...allocation!.functionSites]).toEqual([0, 1]);
    expect(allocation!.totalMinutes).toBe(22);
  });

  it('returns nothing under a cutoff the optimum does not beat', () => {
    const costs = costsOf(5, 4, 5);
    const optimum = allocateCapacitated(costs, [0, 1, 2, 3]);
    expect(optimum).not.toBeNull();
    expect(allocateCapacitated(costs, [0, 1, 2, 3], optimum!.totalMinutes)).toBeNull();
    expect(allocateCapacitated(costs, [0, 1, 2, 3], optimum!.totalMinutes * 1.01)?.totalMinutes).toBe(
      optimum!.totalMinutes,
    );
  });

  it('stops at the work limit and says the answer is not proven', () => {
    const costs = costsOf(17, 5, 12);
    // Tight desks: the nearest sites cannot hold everyone, so the search has to branch.
    const tight: CapacitatedCosts = { ...costs, siteCapacities: Float64Array.from(costs.siteCapacities, () => 20) };
    const stats = { unproven: false };
    const limited = allocateCapacitated(tight, [0, 1, 2, 3, 4], Infinity, 50, stats);
    expect(stats.unproven).toBe(true);
    if (limited) expect(limited.proven).toBe(false);
    const full = allocateCapacitated(tight, [0, 1, 2, 3, 4]);
    expect(full?.proven).toBe(true);
    if (limited && full) expect(limited.totalMinutes).toBeGreaterThanOrEqual(full.totalMinutes);
  });
});
