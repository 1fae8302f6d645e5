import type { ScenarioEvaluation } from '../engine/evaluateScenario';
import { evaluationKey } from './scenarioVersion';
import { baselineResultIdFor, scenarioOfResult } from './selectors';
import type { AppState } from './store';

type ResultsOfList = Pick<AppState, 'scenarios' | 'results' | 'datasetVersion'>;

/** Where a scenario's result stands: current, failed for this version, or still to come. */
export type ScenarioResultStatus = 'current' | 'error' | 'pending';

/**
 * The current evaluation of each scenario of the user's list that has one, in list order (an
 * evaluation of an earlier version of a scenario or of the dataset is not current). A new array
 * on each call: select it with `useShallow`.
 */
export function currentEvaluations(state: ResultsOfList): ScenarioEvaluation[] {
  return state.scenarios.flatMap((s) => {
    const entry = state.results[s.id];
    return entry?.evaluation && entry.evaluationKey === evaluationKey(state.datasetVersion, s)
      ? [entry.evaluation]
      : [];
  });
}

/** The status of each scenario's result, in list order (select it with `useShallow`). */
export function scenarioResultStatuses(state: ResultsOfList): ScenarioResultStatus[] {
  return state.scenarios.map((s) => {
    const key = evaluationKey(state.datasetVersion, s);
    const entry = state.results[s.id];
    if (entry?.evaluation && entry.evaluationKey === key) return 'current';
    return entry?.key === key && entry.status === 'error' ? 'error' : 'pending';
  });
}

/** A result's evaluation if it is current (its scenario as it is now), else null. */
export function currentResult(state: AppState, resultId: string): ScenarioEvaluation | null {
  const scenario = scenarioOfResult(state, resultId);
  const entry = state.results[resultId];
  return scenario && entry?.evaluation && entry.evaluationKey === evaluationKey(state.datasetVersion, scenario)
    ? entry.evaluation
    : null;
}

/**
 * Each scenario's baseline (the baseline with its members, docs/membership.md) if current, by
 * scenario id. A new object on each call: select it with `useShallow`.
 */
export function currentBaselines(state: AppState): Record<string, ScenarioEvaluation | null> {
  return Object.fromEntries(
    state.scenarios.map((s) => {
      const id = baselineResultIdFor(state, s);
      return [s.id, id === null ? null : currentResult(state, id)];
    }),
  );
}
