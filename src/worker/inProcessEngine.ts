import { createEvaluationCache, evaluateScenarioWithBasis } from '../engine/evaluateScenario';
import { scenarioIsochrones } from '../engine/map/scenarioIsochrones';
import { buildManagerPackage } from '../engine/managerPackage/buildManagerPackage';
import { optimiseHubs } from '../engine/optimiser/optimiseHubs';
import type { TravelModel } from '../engine/travel/travelModel';
import { EvaluationCancelled, type EngineClient } from './engineClient';
import { createPositionExplainer } from './positionExplainer';

/** Runs `work` in a later task unless aborted by then, and rejects if aborted while it ran. */
function later<T>(work: () => T, signal: AbortSignal | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      if (signal?.aborted) return reject(new EvaluationCancelled());
      try {
        const answer = work();
        if (signal?.aborted) reject(new EvaluationCancelled());
        else resolve(answer);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 0);
  });
}

/**
 * The engine on the calling thread, for tests and environments without Web Workers. Each run
 * starts in a later task, so a run superseded before it starts never runs.
 */
export function createInProcessEngine(travelModel: TravelModel): EngineClient {
  const cache = createEvaluationCache();
  const explainer = createPositionExplainer(travelModel, cache);
  return {
    evaluate: ({ dataset, scenario, onProgress, signal }) =>
      later(() => {
        const { evaluation, basis } = evaluateScenarioWithBasis(dataset, scenario, {
          travelModel,
          cache,
          retention: { ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) },
        });
        explainer.remember(dataset, scenario, basis);
        return evaluation;
      }, signal),
    explainPosition: ({ dataset, scenario, positionId }) =>
      later(() => explainer.explain(dataset, scenario, positionId), undefined),
    unconstrainedConflicts: ({ dataset, scenario }) =>
      later(() => explainer.unconstrainedConflicts(dataset, scenario), undefined),
    suggestHubs: ({ dataset, scenario, params, onProgress, signal }) =>
      later(
        () =>
          optimiseHubs(
            dataset,
            scenario,
            params,
            { travelModel, cache },
            { ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) },
          ),
        signal,
      ),
    isochrones: ({ dataset, scenario, siteIds, minutes, signal }) =>
      later(() => scenarioIsochrones(dataset, scenario, siteIds, minutes, travelModel), signal),
    managerPackage: ({ dataset, scenarios, createdAt }) =>
      later(() => buildManagerPackage(dataset, scenarios, { travelModel, createdAt }), undefined),
    dispose: () => {},
  };
}
