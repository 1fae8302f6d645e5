import { engineErrorData, type EngineErrorData } from '../engine/engineError';
import type { ScenarioEvaluation } from '../engine/evaluateScenario';
import type { HubPlacementParamsInput, HubPlacementResult } from '../engine/optimiser/hubPlacementTypes';
import type { PositionExplanation } from '../engine/roleMapping/positionExplanation';
import type { SelectionConflict } from '../engine/selectionOrder/selectionOrder';
import type { Scenario } from '../schema/scenario';
import { isCancelled, type EngineClient } from '../worker/engineClient';
import { currentResultKey, readyDataset, scenarioOfResult } from './selectors';
import type { AppSlice } from './sliceTypes';

export type EvaluationStatus = 'idle' | 'running' | 'done' | 'error';

/** One scenario's result. Never persisted. */
export interface ScenarioResult {
  /** The version this entry is about: being computed (`running`) or computed (`done`, `error`). */
  key: string;
  status: EvaluationStatus;
  /** Fraction 0–1 of the Monte Carlo done, while running. */
  progress: number;
  /** The latest finished evaluation, and the version it belongs to (may be older than `key`). */
  evaluation: ScenarioEvaluation | null;
  evaluationKey: string | null;
  /** Why the latest run failed, as a code the UI words in the user's language. */
  error: EngineErrorData | null;
  /** Time from request to result, ms (0 when served from the cache). */
  elapsedMs: number | null;
}

export interface ResultsSlice {
  results: Record<string, ScenarioResult>;
  /** Makes sure each result is current or being computed; superseded runs are cancelled. */
  evaluate: (resultIds: readonly string[]) => void;
  /**
   * Hub placement from `base` over the loaded dataset, in the engine (not stored: the caller
   * shows it). Rejects without an engine or a dataset, and with `EvaluationCancelled` when aborted.
   */
  suggestHubs: (
    base: Scenario,
    params: Partial<HubPlacementParamsInput>,
    control?: { onProgress?: (fractionDone: number) => void; signal?: AbortSignal },
  ) => Promise<HubPlacementResult>;
  /**
   * A position's runner-up and candidates in `scenario` over the loaded dataset, computed by the
   * engine when the position is opened (docs/performance.md). Rejects without an engine that
   * explains or without a dataset.
   */
  explainPosition: (scenario: Scenario, positionId: string) => Promise<PositionExplanation>;
  /**
   * The conflicts of `scenario`'s unconstrained optimum with the order of selection, listed by the
   * engine when the order is shown. Rejects as `explainPosition` does.
   */
  unconstrainedConflicts: (scenario: Scenario) => Promise<SelectionConflict[]>;
  /** The engine's coverage areas (the map's isochrones), in the same worker; null when it has none. */
  isochroneEngine: Pick<EngineClient, 'isochrones'> | null;
}

/** Evaluations kept per version, so undo or switching back shows a result at once. */
const CACHED_VERSIONS = 32;

export const createResultsSlice =
  (engine: EngineClient | null, now: () => number): AppSlice<ResultsSlice> =>
  (set, get) => {
    const running = new Map<string, { key: string; controller: AbortController }>();
    const cache = new Map<string, ScenarioEvaluation>();
    const remember = (key: string, evaluation: ScenarioEvaluation) => {
      cache.delete(key);
      cache.set(key, evaluation);
      if (cache.size > CACHED_VERSIONS) cache.delete(cache.keys().next().value!);
    };
    const update = (resultId: string, change: Partial<ScenarioResult>) =>
      set((state) => {
        const previous = state.results[resultId] ?? {
          key: '',
          status: 'idle',
          progress: 0,
          evaluation: null,
          evaluationKey: null,
          error: null,
          elapsedMs: null,
        };
        return { results: { ...state.results, [resultId]: { ...previous, ...change } } };
      });

    return {
      results: {},
      isochroneEngine: engine?.isochrones ? { isochrones: (request) => engine.isochrones!(request) } : null,
      suggestHubs: (base, params, control = {}) => {
        const dataset = readyDataset(get());
        if (!engine) return Promise.reject(new Error('no engine'));
        if (!dataset) return Promise.reject(new Error('no dataset'));
        return engine.suggestHubs({ dataset, scenario: base, params, ...control });
      },
      explainPosition: (scenario, positionId) => {
        const dataset = readyDataset(get());
        if (!engine?.explainPosition) return Promise.reject(new Error('no engine'));
        if (!dataset) return Promise.reject(new Error('no dataset'));
        return engine.explainPosition({ dataset, scenario, positionId });
      },
      unconstrainedConflicts: (scenario) => {
        const dataset = readyDataset(get());
        if (!engine?.unconstrainedConflicts) return Promise.reject(new Error('no engine'));
        if (!dataset) return Promise.reject(new Error('no dataset'));
        return engine.unconstrainedConflicts({ dataset, scenario });
      },
      evaluate: (resultIds) => {
        if (!engine) return;
        const state = get();
        const dataset = readyDataset(state);
        if (!dataset) return;
        for (const resultId of resultIds) {
          const key = currentResultKey(state, resultId);
          const scenario = scenarioOfResult(state, resultId);
          if (!key || !scenario) continue;
          const entry = get().results[resultId];
          if (entry?.key === key && entry.status !== 'idle') continue;
          running.get(resultId)?.controller.abort();
          running.delete(resultId);
          const cached = cache.get(key);
          if (cached) {
            remember(key, cached);
            update(resultId, {
              key,
              status: 'done',
              progress: 1,
              evaluation: cached,
              evaluationKey: key,
              error: null,
              elapsedMs: 0,
            });
            continue;
          }
          const controller = new AbortController();
          running.set(resultId, { key, controller });
          update(resultId, { key, status: 'running', progress: 0, error: null });
          const started = now();
          const isCurrentRun = () => running.get(resultId)?.controller === controller;
          engine
            .evaluate({
              dataset,
              scenario,
              signal: controller.signal,
              onProgress: (progress) => {
                if (isCurrentRun()) update(resultId, { progress });
              },
            })
            .then(
              (evaluation) => {
                remember(key, evaluation);
                if (!isCurrentRun()) return;
                running.delete(resultId);
                update(resultId, {
                  status: 'done',
                  progress: 1,
                  evaluation,
                  evaluationKey: key,
                  elapsedMs: now() - started,
                });
              },
              (error: unknown) => {
                if (isCancelled(error) || !isCurrentRun()) return;
                running.delete(resultId);
                update(resultId, { status: 'error', error: engineErrorData(error) });
              },
            );
        }
      },
    };
  };
