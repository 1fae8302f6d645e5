import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { cachedTravelMatrices, createEvaluationCache, evaluateScenario } from '../../../src/engine/evaluateScenario';
import { commuteBoundSetup, commuteLowerBound } from '../../../src/engine/optimiser/commuteLowerBound';
import { evaluatedHubObjective } from '../../../src/engine/optimiser/evaluatedHubObjective';
import { optimiseHubs, type OptimiseHubsOptions } from '../../../src/engine/optimiser/optimiseHubs';
import type { HubPlacementResult } from '../../../src/engine/optimiser/hubPlacementTypes';
import type { Dataset } from '../../../src/schema/dataset';
import type { Scenario } from '../../../src/schema/scenario';
import { validateDataset } from '../../../src/schema/validateDataset';
import { smallDataset } from '../../fixtures/smallDataset';
import { smallRoadModel, smallTravelMatrix } from '../../fixtures/smallTravel';
import { defaultDataset, defaultTravelModel } from '../../helpers/defaultData';

/** Random decisions (people leaving, positions kept vacant) and random sites for every function-site function. */
const candidateArbitrary = (dataset: Dataset) =>
  fc.record({
    leaving: fc.subarray(dataset.people.map((p) => p.id)),
    vacancies: fc.subarray(dataset.positions.map((p) => p.id)),
    sites: fc.array(fc.constantFrom(...dataset.sites.map((s) => s.id)), {
      minLength: dataset.functions.length,
      maxLength: dataset.functions.length,
    }),
  });

function withDecisions(base: Scenario, leaving: string[], vacancies: string[]): Scenario {
  return {
    ...base,
    stages: { ...base.stages, ...Object.fromEntries(leaving.map((id) => [id, 'leaving' as const])) },
    decisions: { ...base.decisions, vacancies: [...new Set([...base.decisions.vacancies, ...vacancies])] },
  };
}

/** The bound never exceeds what the full evaluation gives the candidate: so it never prunes the true best. */
function checkBound(dataset: Dataset, base: Scenario, options: Parameters<typeof evaluateScenario>[2], runs: number) {
  fc.assert(
    fc.property(candidateArbitrary(dataset), ({ leaving, vacancies, sites }) => {
      const decided = withDecisions(base, leaving, vacancies);
      const placed = evaluateScenario(dataset, decided, options).assignment?.placements.length ?? 0;
      const travel = cachedTravelMatrices(dataset, decided, options);
      const setup = commuteBoundSetup(dataset, decided, travel, placed);
      const functionSites = Object.fromEntries(
        dataset.functions.filter((f) => f.siting === 'function-site').map((f, i) => [f.id, sites[i]!]),
      );
      const candidate: Scenario = { ...decided, functionSites };
      const evaluation = evaluateScenario(dataset, candidate, options);
      const actual = evaluatedHubObjective(dataset, evaluation, 'median', 0.5).commuteMinutes;
      const bound = commuteLowerBound(setup, dataset, candidate, travel);
      expect(bound).toBeGreaterThanOrEqual(0);
      expect(bound).toBeLessThanOrEqual(actual + 1e-9 * Math.max(1, actual));
    }),
    { numRuns: runs, seed: 17 },
  );
}

/** Everything of an answer but the counts of evaluated and pruned candidates. */
function answer(result: HubPlacementResult) {
  if (!result.ok) return result;
  const { evaluatedCandidates: _e, prunedCandidates: _p, ...rest } = result;
  return rest;
}

/** Runs the optimiser with and without pruning: the same answer; returns how many candidates were pruned. */
function samePruned(
  dataset: Dataset,
  base: Scenario,
  params: Parameters<typeof optimiseHubs>[2],
  options: OptimiseHubsOptions,
): number {
  const withBound = optimiseHubs(dataset, base, params, options);
  const without = optimiseHubs(dataset, base, params, { ...options, pruneWithBound: false });
  expect(answer(withBound)).toEqual(answer(without));
  if (!withBound.ok || !without.ok) return 0;
  expect(without.prunedCandidates).toBe(0);
  expect(withBound.evaluatedCandidates + withBound.prunedCandidates).toBe(without.evaluatedCandidates);
  return withBound.prunedCandidates;
}

describe('commute lower bound of a candidate placement', () => {
  const small = validateDataset(smallDataset(), { strict: true });
  if (!small.ok) throw new Error('small dataset invalid');
  const smallOptions = {
    travelModel: smallRoadModel,
    importedMatrix: smallTravelMatrix(),
    cache: createEvaluationCache(),
  };

  it('never exceeds the evaluated commute (small dataset, random decisions and sites)', () => {
    const dataset = small.dataset;
    checkBound(
      dataset,
      dataset.scenarios.find((s) => s.id === 'central')!,
      smallOptions,
      60,
    );
  });

  describe('on the default data (62 people)', () => {
    let dataset: Dataset;
    let options: OptimiseHubsOptions;
    beforeAll(async () => {
      dataset = await defaultDataset();
      options = { travelModel: defaultTravelModel(), cache: createEvaluationCache() };
    });

    it('never exceeds the evaluated commute (random decisions and sites)', () => {
      checkBound(
        dataset,
        dataset.scenarios.find((s) => s.id === 'centralised')!,
        options,
        8,
      );
    }, 120_000);

    it('pruning with it leaves the hub suggestion unchanged', () => {
      const base = dataset.scenarios.find((s) => s.id === 'decentralised')!;
      for (const hubs of [3, 10]) samePruned(dataset, base, { objective: 'median', hubs }, options);
    }, 240_000);
  });
});
