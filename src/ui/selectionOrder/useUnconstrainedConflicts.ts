import { useCallback } from 'react';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import type { SelectionConflict } from '../../engine/selectionOrder/selectionOrder';
import type { Scenario } from '../../schema/scenario';
import { useAppStoreApi } from '../StoreContext';
import { useEvaluationAnswer, type EvaluationAnswer } from '../roleMapping/useEvaluationAnswer';

/**
 * The unconstrained optimum's conflicts with the order of selection, asked of the engine when the
 * order is shown and the proposal follows it (some 20 000 at 2 000 people: not sent with every
 * evaluation, docs/performance.md).
 */
export function useUnconstrainedConflicts(
  scenario: Scenario,
  evaluation: ScenarioEvaluation,
  current: boolean,
): EvaluationAnswer<SelectionConflict[]> {
  const store = useAppStoreApi();
  const ask = useCallback(() => store.getState().unconstrainedConflicts(scenario), [store, scenario]);
  const followsOrder = evaluation.assignment?.respectOrder != null;
  return useEvaluationAnswer(evaluation, current, followsOrder ? evaluation.scenarioId : null, ask);
}
