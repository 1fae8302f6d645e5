import { useMemo } from 'react';
import type { EngineErrorData } from '../../engine/engineError';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import { scenarioOfResult } from '../../state/selectors';
import { evaluationKey } from '../../state/scenarioVersion';
import { useAppStore } from '../StoreContext';

export interface ResultView {
  /**
   * `current`: the result belongs to the scenario as it is now; `running`: nothing computed yet;
   * `recalculating`: a newer edit is being computed (only `latest`, an older result, exists).
   */
  state: 'none' | 'running' | 'recalculating' | 'current' | 'error';
  /** The evaluation of the scenario as it is now, or null: never an older one. */
  current: ScenarioEvaluation | null;
  /** The latest evaluation finished, possibly of an earlier version. */
  latest: ScenarioEvaluation | null;
  progress: number;
  elapsedMs: number | null;
  error: EngineErrorData | null;
}

/** A scenario's result as the views may show it: a stale result is never passed off as current. */
export function useScenarioResult(resultId: string | null): ResultView {
  const entry = useAppStore((s) => (resultId ? s.results[resultId] : undefined));
  const scenario = useAppStore((s) => (resultId ? scenarioOfResult(s, resultId) : null));
  const datasetVersion = useAppStore((s) => s.datasetVersion);
  const key = useMemo(() => (scenario ? evaluationKey(datasetVersion, scenario) : null), [scenario, datasetVersion]);
  return useMemo((): ResultView => {
    const base = {
      latest: entry?.evaluation ?? null,
      progress: entry?.progress ?? 0,
      elapsedMs: entry?.elapsedMs ?? null,
      error: entry?.error ?? null,
    };
    if (!entry || !key) return { ...base, state: 'none', current: null };
    if (entry.evaluationKey === key && entry.evaluation)
      return { ...base, state: 'current', current: entry.evaluation };
    if (entry.key === key && entry.status === 'error') return { ...base, state: 'error', current: null };
    return { ...base, state: entry.evaluation ? 'recalculating' : 'running', current: null };
  }, [entry, key]);
}
