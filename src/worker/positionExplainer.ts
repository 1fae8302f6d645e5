import { cachedTravelMatrices, type EvaluationCache } from '../engine/evaluateScenario';
import { mapRolesWithBasis } from '../engine/roleMapping/mapRoles';
import {
  explainPosition,
  type PositionExplanation,
  type RoleMappingBasis,
} from '../engine/roleMapping/positionExplanation';
import { membershipDataset } from '../engine/scenario/membershipDataset';
import { scenarioDataset } from '../engine/scenario/scenarioDataset';
import type { SelectionConflict } from '../engine/selectionOrder/selectionOrder';
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
 * evaluations and explains a position from it when the user opens it, or lists the unconstrained
 * optimum's conflicts when the order of selection is shown (docs/performance.md). A scenario
 * without a kept basis (another version, or a fresh worker) is mapped again.
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
  /** The scenario's view of the dataset and its kept basis, mapped again if none is kept (null: the baseline). */
  const basisOf = (dataset: Dataset, scenario: Scenario) => {
    // The basis indexes the scenario's view of the dataset: its members', with what they retain.
    const members = membershipDataset(dataset, scenario);
    const scoped = scenarioDataset(members, scenario);
    const travel = cachedTravelMatrices(members, scenario, { travelModel, cache }, scoped);
    const kept = bases.get(keyOf(scenario));
    let basis = kept && kept.dataset === dataset ? kept.basis : null;
    if (!basis && scenario.kind !== 'baseline') {
      basis = mapRolesWithBasis(scoped, scenario, travel).basis;
      remember(dataset, scenario, basis);
    }
    return { context: { dataset: scoped, scenario, travel }, basis };
  };
  return {
    remember,
    explain(dataset: Dataset, scenario: Scenario, positionId: string): PositionExplanation {
      const { context, basis } = basisOf(dataset, scenario);
      return basis ? explainPosition(context, basis, positionId) : { positionId, runnerUp: null, candidates: null };
    },
    unconstrainedConflicts(dataset: Dataset, scenario: Scenario): SelectionConflict[] {
      return basisOf(dataset, scenario).basis?.unconstrainedConflicts ?? [];
    },
  };
}
