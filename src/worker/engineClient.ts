import type { ScenarioEvaluation } from '../engine/evaluateScenario';
import type { Dataset } from '../schema/dataset';
import type { Scenario } from '../schema/scenario';

export interface EvaluateRequest {
  dataset: Dataset;
  scenario: Scenario;
  /** Fraction 0–1 of the Monte Carlo draws done. */
  onProgress?: (fractionDone: number) => void;
  /** Aborting cancels the run (a superseded version); the promise rejects with `EvaluationCancelled`. */
  signal?: AbortSignal;
}

/**
 * Evaluates scenarios somewhere: in a Web Worker in the app (`createWorkerEngine`), in-process
 * in tests (`createInProcessEngine`). Injected into the store.
 */
export interface EngineClient {
  evaluate(request: EvaluateRequest): Promise<ScenarioEvaluation>;
  dispose(): void;
}

export class EvaluationCancelled extends Error {
  constructor() {
    super('evaluation cancelled');
    this.name = 'EvaluationCancelled';
  }
}

export const isCancelled = (error: unknown): boolean =>
  error instanceof EvaluationCancelled || (error instanceof Error && error.name === 'EvaluationCancelled');
