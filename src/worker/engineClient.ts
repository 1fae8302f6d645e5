import type { ScenarioEvaluation } from '../engine/evaluateScenario';
import type { IsochroneGrid } from '../engine/map/isochrones';
import type { HubPlacementParamsInput, HubPlacementResult } from '../engine/optimiser/hubPlacementTypes';
import type { PositionExplanation } from '../engine/roleMapping/positionExplanation';
import type { SelectionConflict } from '../engine/selectionOrder/selectionOrder';
import type { Dataset } from '../schema/dataset';
import type { ManagerPackage } from '../schema/managerPackage';
import type { Scenario } from '../schema/scenario';

export interface EvaluateRequest {
  dataset: Dataset;
  scenario: Scenario;
  /** Fraction 0–1 of the Monte Carlo draws done. */
  onProgress?: (fractionDone: number) => void;
  /** Aborting cancels the run (a superseded version); the promise rejects with `EvaluationCancelled`. */
  signal?: AbortSignal;
}

export interface SuggestHubsRequest {
  dataset: Dataset;
  /** The base scenario: its optimiser settings are the defaults of `params`. */
  scenario: Scenario;
  params: Partial<HubPlacementParamsInput>;
  /** Fraction 0–1 of the optimiser's work done. */
  onProgress?: (fractionDone: number) => void;
  /** Aborting cancels the run; the promise rejects with `EvaluationCancelled`. */
  signal?: AbortSignal;
}

/** The map's coverage area: travel minutes over a grid of the region from the given (staffed) sites. */
export interface IsochronesRequest {
  dataset: Dataset;
  /** Its travel parameters apply. */
  scenario: Scenario;
  siteIds: readonly string[];
  minutes: number;
  signal?: AbortSignal;
}

/** One position of a scenario's role mapping explained: its runner-up and candidates, computed when it is opened. */
export interface ExplainPositionRequest {
  dataset: Dataset;
  scenario: Scenario;
  positionId: string;
}

/** The conflicts of a scenario's unconstrained optimum with the order of selection, listed when the order is shown. */
export interface UnconstrainedConflictsRequest {
  dataset: Dataset;
  scenario: Scenario;
}

/** A manager's package of the given scenarios (docs/roles-and-packages.md), made where the travel model is. */
export interface ManagerPackageRequest {
  dataset: Dataset;
  scenarios: readonly Scenario[];
  /** ISO date-time of the export. */
  createdAt: string;
}

/**
 * Evaluates scenarios somewhere: in a Web Worker in the app (`createWorkerEngine`), in-process
 * in tests (`createInProcessEngine`). Injected into the store; the shell uses `suggestHubs`.
 */
export interface EngineClient {
  evaluate(request: EvaluateRequest): Promise<ScenarioEvaluation>;
  /** Hub placement (`optimiseHubs`) from a base scenario; a failure of the inputs is an `ok: false` answer. */
  suggestHubs(request: SuggestHubsRequest): Promise<HubPlacementResult>;
  /** The isochrone grid for the map (optional, so stand-ins in tests need not provide it). */
  isochrones?(request: IsochronesRequest): Promise<IsochroneGrid>;
  /** A position's runner-up and candidates (optional, so stand-ins in tests need not provide it). */
  explainPosition?(request: ExplainPositionRequest): Promise<PositionExplanation>;
  /** The unconstrained optimum's conflicts (optional, so stand-ins in tests need not provide it). */
  unconstrainedConflicts?(request: UnconstrainedConflictsRequest): Promise<SelectionConflict[]>;
  /** The manager's package (optional, so stand-ins in tests need not provide it). */
  managerPackage?(request: ManagerPackageRequest): Promise<ManagerPackage>;
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
