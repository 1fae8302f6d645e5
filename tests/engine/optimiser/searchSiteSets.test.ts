import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optimiseSiteSet } from '../../../src/engine/optimiser/optimiseSiteSet';
import type { OptimiserResult } from '../../../src/engine/optimiser/optimiserTypes';
import { coverageOf, medianOf, mixedOf, randomInstance } from './bruteForce';
import { smallScenario } from './scenarioArbitrary';

type Kind = 'median' | 'coverage' | 'mixed';

function problemOf(kind: Kind, instance: ReturnType<typeof randomInstance>) {
  if (kind === 'median') return medianOf(instance);
  if (kind === 'coverage') return coverageOf(instance);
  return mixedOf(instance, 1500, 0.5);
}

/** Relative shortfall of `found` against `reference`, ≥ 0 when worse (median is minimised, the others maximised). */
function shortfall(kind: Kind, found: number, reference: number): number {
  return (kind === 'median' ? found - reference : reference - found) / Math.max(Math.abs(reference), 1e-9);
}

function bestValue(result: OptimiserResult): number {
  if (!result.ok) throw new Error(result.error.code);
  return result.best.value;
}

const kinds: Kind[] = ['median', 'coverage', 'mixed'];
const mediumScenarios = smallScenario({ maxSites: 24, maxFunctions: 6, maxP: 5 });

describe('heuristic search', () => {
  it.each(kinds)('%s: never worse than the plain greedy, required and excluded sites respected', (kind) => {
    fc.assert(
      fc.property(mediumScenarios, fc.integer({ min: 0, max: 1000 }), (scenario, seed) => {
        const { instance, p, requiredSites, excludedSites } = scenario;
        const problem = problemOf(kind, instance);
        const options = { p, requiredSites, excludedSites, seed, starts: 4 };
        const greedy = optimiseSiteSet(problem, { ...options, method: 'greedy' });
        const heuristic = optimiseSiteSet(problem, { ...options, method: 'heuristic' });
        if (!greedy.ok) return; // e.g. the greedy set does not fit the desks: nothing to compare
        expect(heuristic.ok).toBe(true);
        if (!heuristic.ok) return;
        expect(shortfall(kind, heuristic.best.value, greedy.best.value)).toBeLessThanOrEqual(1e-12);
        for (const solution of [heuristic.best, ...heuristic.alternatives]) {
          for (const site of requiredSites) expect(solution.sites).toContain(site);
          for (const site of excludedSites) expect(solution.sites).not.toContain(site);
          expect(solution.sites.length).toBeLessThanOrEqual(p);
        }
      }),
      { numRuns: 25 },
    );
  });

  // Observed with the default settings over 200 generated instances per objective (30 sites,
  // p = 3, half with desk capacities): the exact optimum in 599 of 600 runs; the one miss was
  // 0.39 % short (coverage). With a fixed candidate list of 3 one capacitated median instance
  // stayed 9.3 % off, hence the list size drawn per start. Asserted per instance: gap ≤ 1 %.
  it.each(kinds)('%s: within 1 percent of the exact optimum on 30 sites, p = 3', (kind) => {
    let optimal = 0;
    const count = 12;
    for (let seed = 0; seed < count; seed++) {
      const instance = randomInstance(500 + seed, { sites: 30, functions: 6, demand: 60, capacities: seed % 2 === 0 });
      const problem = problemOf(kind, instance);
      const exact = optimiseSiteSet(problem, { p: 3, method: 'exact' });
      if (!exact.ok) continue;
      const heuristic = bestValue(optimiseSiteSet(problem, { p: 3, method: 'heuristic', seed }));
      const gap = shortfall(kind, heuristic, exact.best.value);
      expect(gap).toBeLessThanOrEqual(0.01);
      expect(gap).toBeGreaterThanOrEqual(-1e-9); // nothing beats the proven optimum
      if (gap <= 1e-9) optimal += 1;
    }
    expect(optimal).toBeGreaterThanOrEqual(count - 1);
  });

  it('gives the same sets and values for the same seed', () => {
    const instance = randomInstance(42, { sites: 40, functions: 6, demand: 80, capacities: true });
    for (const kind of kinds) {
      const problem = problemOf(kind, instance);
      const run = () => optimiseSiteSet(problem, { p: 4, method: 'heuristic', seed: 9, alternatives: 5 });
      const [first, second] = [run(), run()];
      expect(first.ok && second.ok).toBe(true);
      if (!first.ok || !second.ok) continue;
      const summary = (result: typeof first) =>
        [result.best, ...result.alternatives].map((solution) => [solution.sites, solution.value]);
      expect(summary(second)).toEqual(summary(first));
      expect(second.evaluatedSets).toBe(first.evaluatedSets);
    }
  });

  it('returns distinct alternatives in order of value', () => {
    const instance = randomInstance(7, { sites: 40, functions: 6, demand: 80 });
    const result = optimiseSiteSet(coverageOf(instance), { p: 4, method: 'heuristic', alternatives: 8 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const all = [result.best, ...result.alternatives];
    expect(all.length).toBe(9);
    expect(new Set(all.map((solution) => solution.sites.join(','))).size).toBe(all.length);
    for (let k = 1; k < all.length; k++) expect(all[k]!.value).toBeLessThanOrEqual(all[k - 1]!.value);
  });
});
