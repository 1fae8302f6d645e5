import { createEvaluationCache, evaluateScenario } from '../engine/evaluateScenario';
import type { TravelModel } from '../engine/travel/travelModel';
import { EvaluationCancelled, type EngineClient } from './engineClient';

/**
 * The engine on the calling thread, for tests and environments without Web Workers. Each run
 * starts in a later task, so a run superseded before it starts never runs.
 */
export function createInProcessEngine(travelModel: TravelModel): EngineClient {
  const cache = createEvaluationCache();
  return {
    evaluate: ({ dataset, scenario, onProgress, signal }) =>
      new Promise((resolve, reject) => {
        setTimeout(() => {
          if (signal?.aborted) return reject(new EvaluationCancelled());
          try {
            const evaluation = evaluateScenario(dataset, scenario, {
              travelModel,
              cache,
              retention: { ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) },
            });
            if (signal?.aborted) reject(new EvaluationCancelled());
            else resolve(evaluation);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        }, 0);
      }),
    dispose: () => {},
  };
}
