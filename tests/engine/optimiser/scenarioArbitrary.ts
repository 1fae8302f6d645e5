/** fast-check arbitrary of small placement scenarios for the brute-force comparisons. */
import fc from 'fast-check';
import { randomInstance, type Instance } from './bruteForce';

export interface SmallScenario {
  readonly instance: Instance;
  readonly p: number;
  readonly requiredSites: number[];
  readonly excludedSites: number[];
  readonly capacities: boolean;
}

export function smallScenario(limits: {
  maxSites: number;
  maxFunctions: number;
  maxP: number;
}): fc.Arbitrary<SmallScenario> {
  return fc
    .record({
      seed: fc.integer({ min: 0, max: 1_000_000 }),
      sites: fc.integer({ min: 2, max: limits.maxSites }),
      functions: fc.integer({ min: 1, max: limits.maxFunctions }),
      demand: fc.integer({ min: 3, max: 25 }),
      p: fc.integer({ min: 1, max: limits.maxP }),
      capacities: fc.boolean(),
      requiredPicks: fc.array(fc.nat(limits.maxSites - 1), { maxLength: 2 }),
      excludedPicks: fc.array(fc.nat(limits.maxSites - 1), { maxLength: 3 }),
    })
    .map((draw) => {
      const instance = randomInstance(draw.seed, {
        sites: draw.sites,
        functions: draw.functions,
        demand: draw.demand,
        capacities: draw.capacities,
      });
      const requiredSites = [...new Set(draw.requiredPicks.map((site) => site % draw.sites))].slice(0, draw.p);
      const excludedSites = [...new Set(draw.excludedPicks.map((site) => site % draw.sites))]
        .filter((site) => !requiredSites.includes(site))
        .slice(0, draw.sites - 1); // at least one allowed site (none allowed is tested on its own)
      return { instance, p: draw.p, requiredSites, excludedSites, capacities: draw.capacities };
    });
}
