import { useEffect, useState } from 'react';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import type { PositionExplanation } from '../../engine/roleMapping/positionExplanation';
import type { Scenario } from '../../schema/scenario';
import { useAppStoreApi } from '../StoreContext';

export type PositionExplanationView =
  | { state: 'loading'; explanation: null }
  | { state: 'error'; explanation: null }
  | { state: 'done'; explanation: PositionExplanation };

/**
 * A position's runner-up and candidates, asked of the engine when the position is opened and
 * again after each new evaluation (docs/performance.md): never computed for every placement.
 * While the shown evaluation is not the scenario's current one, nothing is asked (the answer
 * would be about another version).
 */
export function usePositionExplanation(
  scenario: Scenario,
  evaluation: ScenarioEvaluation,
  current: boolean,
  positionId: string | null,
): PositionExplanationView {
  const store = useAppStoreApi();
  const [answer, setAnswer] = useState<{
    evaluation: ScenarioEvaluation;
    positionId: string;
    view: PositionExplanationView;
  } | null>(null);
  useEffect(() => {
    if (!positionId || !current) return;
    let live = true;
    const settle = (view: PositionExplanationView) => {
      if (live) setAnswer({ evaluation, positionId, view });
    };
    store
      .getState()
      .explainPosition(scenario, positionId)
      .then(
        (explanation) => settle({ state: 'done', explanation }),
        () => settle({ state: 'error', explanation: null }),
      );
    return () => {
      live = false;
    };
  }, [store, scenario, evaluation, current, positionId]);
  // An answer about another position or an older evaluation is not shown.
  return answer && answer.evaluation === evaluation && answer.positionId === positionId
    ? answer.view
    : { state: 'loading', explanation: null };
}
