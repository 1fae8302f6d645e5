import { useEffect, useState } from 'react';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';

export type EvaluationAnswer<T> =
  { state: 'loading'; value: null } | { state: 'error'; value: null } | { state: 'done'; value: T };

const loading = { state: 'loading', value: null } as const;

/**
 * What the engine computes on demand about the shown evaluation (docs/performance.md): asked
 * when `question` is set, and again after each new evaluation or question. While the shown
 * evaluation is not the scenario's current one nothing is asked (the answer would be about
 * another version), and an answer to an older question or evaluation is never shown. `ask`
 * should change only with what it asks about (`useCallback`).
 */
export function useEvaluationAnswer<T>(
  evaluation: ScenarioEvaluation,
  current: boolean,
  question: string | null,
  ask: () => Promise<T>,
): EvaluationAnswer<T> {
  const [answer, setAnswer] = useState<{
    evaluation: ScenarioEvaluation;
    question: string;
    view: EvaluationAnswer<T>;
  } | null>(null);
  useEffect(() => {
    if (question === null || !current) return;
    let live = true;
    const settle = (view: EvaluationAnswer<T>) => {
      if (live) setAnswer({ evaluation, question, view });
    };
    ask().then(
      (value) => settle({ state: 'done', value }),
      () => settle({ state: 'error', value: null }),
    );
    return () => {
      live = false;
    };
  }, [evaluation, current, question, ask]);
  return answer && answer.evaluation === evaluation && answer.question === question ? answer.view : loading;
}
