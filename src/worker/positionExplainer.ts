import { cachedTravelMatrices, type EvaluationCache } from '../engine/evaluateScenario';
import { mapRolesWithBasis } from '../engine/roleMapping/mapRoles';
import {
  explainPosition,
  type PositionExplanation,
  type RoleMappingBasis,
} from '../engine/roleMapping/positionExplanation';
import { membershipDataset } from '../engine/scenario/membershipDataset';
import { scenarioDataset } from '../engine/scenario/scenarioDataset';
import type { TravelModel } from '../engine/travel/travelModel';
import type { Dataset } from '../schema/dataset';
import type { Scenario } from '../schema/scenario';

/**
 * Bases kept: the scenarios last evaluated (a comparison evaluates several). At 2 000 people a
 * basis holds some 150 MB of typed arrays, so only a few.
 */
const KEPT_BASES = 3;

/**
 * Where the engine runs (the worker, or in-process), keeps the role-mapping basis of the latest
 * evaluations and explains a position from it when the user opens it (docs/performance.md). A
 * scenario without a kept basis (another version, or a fresh worker) is mapped again.
 */
export function createPositionExplainer(travelModel: TravelModel, cache: EvaluationCache) {
  const bases = new Map<string, { dataset: Dataset; basis: RoleMappingBasis }>();
  const keyOf = (scenario: Scenario) => JSON.stringify(scenario);
  const remember = (dataset: Dataset, scenario: Scenario, basis: RoleMappingBasis | null) => {
    if (!basis) return;
    const key = keyOf(scenario);
    bases.delete(key);
    bases.set(key, { dataset, basis });
    while (bases.size > KEPT_BASES) bases.delete(bases.keys().next().value!);
  };
  return {
    remember,
    explain(dataset: Dataset, scenario: Scenario, positionId: string): PositionExplanation {
      // The basis indexes the scenario's view of the dataset: its members', with what they retain.
      const members = membershipDataset(dataset, scenario);
      const scoped = scenarioDataset(members, scenario);
      const travel = cachedTravelMatrices(members, scenario, { travelModel, cache }, scoped);
      const kept = bases.get(keyOf(scenario));
      let basis = kept && kept.dataset === dataset ? kept.basis : null;
      if (!basis) {
        if (scenario.kind === 'baseline') return { positionId, runnerUp: null, candidates: null };
        basis = mapRolesWithBasis(scoped, scenario, travel).basis;
        remember(dataset, scenario, basis);
      }
      return explainPosition({ dataset: scoped, scenario, travel }, basis, positionId);
    },
  };
}
