import {
  cachedTravelMatrices,
  evaluateScenarioWithBasis,
  type EvaluateOptions,
} from '../../src/engine/evaluateScenario';
import { explainPosition, type PositionExplanation } from '../../src/engine/roleMapping/positionExplanation';
import { membershipDataset } from '../../src/engine/scenario/membershipDataset';
import { scenarioDataset } from '../../src/engine/scenario/scenarioDataset';
import type { Dataset } from '../../src/schema/dataset';
import type { Scenario } from '../../src/schema/scenario';

/** A scenario evaluated, and its positions explained on demand (runner-up and candidates), as the UI asks. */
export function explainedScenario(dataset: Dataset, scenario: Scenario, options: EvaluateOptions) {
  const { evaluation, basis } = evaluateScenarioWithBasis(dataset, scenario, options);
  // The basis indexes the scenario's view of the dataset: its members', with what they retain.
  const members = membershipDataset(dataset, scenario);
  const scoped = scenarioDataset(members, scenario);
  const travel = cachedTravelMatrices(members, scenario, options, scoped);
  const explain = (positionId: string): PositionExplanation => {
    if (!basis) throw new Error('the baseline has no role mapping');
    return explainPosition({ dataset: scoped, scenario, travel }, basis, positionId);
  };
  return { evaluation, basis, travel, explain };
}
