/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import roads from '../../data/roads.json';
import { engineErrorData } from '../engine/engineError';
import { createEvaluationCache, evaluateScenarioWithBasis, type ScenarioEvaluation } from '../engine/evaluateScenario';
import type { IsochroneGrid } from '../engine/map/isochrones';
import { scenarioIsochrones } from '../engine/map/scenarioIsochrones';
import { buildManagerPackage } from '../engine/managerPackage/buildManagerPackage';
import type { ManagerPackage } from '../schema/managerPackage';
import type { HubPlacementParamsInput, HubPlacementResult } from '../engine/optimiser/hubPlacementTypes';
import { optimiseHubs } from '../engine/optimiser/optimiseHubs';
import type { PositionExplanation } from '../engine/roleMapping/positionExplanation';
import type { SelectionConflict } from '../engine/selectionOrder/selectionOrder';
import { createTravelModel } from '../engine/travel/travelModel';
import type { Dataset } from '../schema/dataset';
import { roadGraphSchema } from '../schema/roadGraph';
import type { Scenario } from '../schema/scenario';
import { createPositionExplainer } from './positionExplainer';

/**
 * The engine's Web Worker: holds the dataset and the road model and evaluates scenarios (and suggests
 * hubs) off the main thread. Travel matrices are cached per dataset and travel parameters; a superseded
 * run is cancelled by the client terminating this worker (a running evaluation is synchronous).
 */
const travelModel = createTravelModel(roadGraphSchema.parse(roads));
const cache = createEvaluationCache();
/** The latest evaluations' role-mapping bases: a position's runner-up and candidates are computed when it is opened. */
const explainer = createPositionExplainer(travelModel, cache);
let dataset: Dataset | null = null;

/** The dataset the client set before its first run (the client always sets it first). */
function loadedDataset(): Dataset {
  if (!dataset) throw engineErrorData(new Error('no dataset in the engine worker'));
  return dataset;
}

/** Progress is forwarded in steps of at least this fraction, to keep messages few. */
const PROGRESS_STEP = 0.05;

/** A progress callback that forwards only steps of `PROGRESS_STEP` and the end. */
function throttled(onProgress: ((fractionDone: number) => void) | undefined) {
  let reported = 0;
  return (fraction: number) => {
    if (!onProgress || (fraction < 1 && fraction - reported < PROGRESS_STEP)) return;
    reported = fraction;
    void onProgress(fraction);
  };
}

/**
 * Runs `work`, rethrowing a failure as plain `EngineErrorData`: Comlink clones an Error's
 * message only, and the code and params are what the UI words.
 */
function withErrorData<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw engineErrorData(error);
  }
}

const api = {
  setDataset(next: Dataset): void {
    dataset = next;
  },
  evaluate(scenario: Scenario, onProgress?: (fractionDone: number) => void): ScenarioEvaluation {
    const loaded = loadedDataset();
    return withErrorData(() => {
      const { evaluation, basis } = evaluateScenarioWithBasis(loaded, scenario, {
        travelModel,
        cache,
        retention: { onProgress: throttled(onProgress) },
      });
      explainer.remember(loaded, scenario, basis);
      return evaluation;
    });
  },
  explainPosition(scenario: Scenario, positionId: string): PositionExplanation {
    const loaded = loadedDataset();
    return withErrorData(() => explainer.explain(loaded, scenario, positionId));
  },
  unconstrainedConflicts(scenario: Scenario): SelectionConflict[] {
    const loaded = loadedDataset();
    return withErrorData(() => explainer.unconstrainedConflicts(loaded, scenario));
  },
  suggestHubs(
    base: Scenario,
    params: Partial<HubPlacementParamsInput>,
    onProgress?: (fractionDone: number) => void,
  ): HubPlacementResult {
    const loaded = loadedDataset();
    return withErrorData(() =>
      optimiseHubs(loaded, base, params, { travelModel, cache }, { onProgress: throttled(onProgress) }),
    );
  },
  isochrones(scenario: Scenario, siteIds: readonly string[], minutes: number): IsochroneGrid {
    const loaded = loadedDataset();
    return withErrorData(() => scenarioIsochrones(loaded, scenario, siteIds, minutes, travelModel));
  },
  managerPackage(scenarios: readonly Scenario[], createdAt: string): ManagerPackage {
    if (!dataset) throw new Error('no dataset');
    return buildManagerPackage(dataset, scenarios, { travelModel, createdAt });
  },
};

export type EngineWorkerApi = typeof api;

Comlink.expose(api);
