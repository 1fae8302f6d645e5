import { useCallback } from 'react';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import type { PositionExplanation } from '../../engine/roleMapping/positionExplanation';
import type { Scenario } from '../../schema/scenario';
import { useAppStoreApi } from '../StoreContext';
import { useEvaluationAnswer, type EvaluationAnswer } from './useEvaluationAnswer';

export type PositionExplanationView = EvaluationAnswer<PositionExplanation>;

/**
 * A position's runner-up and candidates, asked of the engine when the position is opened and
 * again after each new evaluation (docs/performance.md): never computed for every placement.
 */
export function usePositionExplanation(
  scenario: Scenario,
  evaluation: ScenarioEvaluation,
  current: boolean,
  positionId: string | null,
): PositionExplanationView {
  const store = useAppStoreApi();
  const ask = useCallback(() => store.getState().explainPosition(scenario, positionId!), [store, scenario, positionId]);
  return useEvaluationAnswer(evaluation, current, positionId, ask);
}
