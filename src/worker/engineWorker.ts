/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import roads from '../../data/roads.json';
import { createEvaluationCache, evaluateScenario, type ScenarioEvaluation } from '../engine/evaluateScenario';
import type { IsochroneGrid } from '../engine/map/isochrones';
import { scenarioIsochrones } from '../engine/map/scenarioIsochrones';
import { buildManagerPackage } from '../engine/managerPackage/buildManagerPackage';
import type { ManagerPackage } from '../schema/managerPackage';
import type { HubPlacementParamsInput, HubPlacementResult } from '../engine/optimiser/hubPlacementTypes';
import { optimiseHubs } from '../engine/optimiser/optimiseHubs';
import { createTravelModel } from '../engine/travel/travelModel';
import type { Dataset } from '../schema/dataset';
import { roadGraphSchema } from '../schema/roadGraph';
import type { Scenario } from '../schema/scenario';

/**
 * The engine's Web Worker: holds the dataset and the road model and evaluates scenarios (and suggests
 * hubs) off the main thread. Travel matrices are cached per dataset and travel parameters; a superseded
 * run is cancelled by the client terminating this worker (a running evaluation is synchronous).
 */
const travelModel = createTravelModel(roadGraphSchema.parse(roads));
const cache = createEvaluationCache();
let dataset: Dataset | null = null;

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

const api = {
  setDataset(next: Dataset): void {
    dataset = next;
  },
  evaluate(scenario: Scenario, onProgress?: (fractionDone: number) => void): ScenarioEvaluation {
    if (!dataset) throw new Error('no dataset');
    return evaluateScenario(dataset, scenario, { travelModel, cache, retention: { onProgress: throttled(onProgress) } });
  },
  suggestHubs(
    base: Scenario,
    params: Partial<HubPlacementParamsInput>,
    onProgress?: (fractionDone: number) => void,
  ): HubPlacementResult {
    if (!dataset) throw new Error('no dataset');
    return optimiseHubs(dataset, base, params, { travelModel, cache }, { onProgress: throttled(onProgress) });
  },
  isochrones(scenario: Scenario, siteIds: readonly string[], minutes: number): IsochroneGrid {
    if (!dataset) throw new Error('no dataset');
    return scenarioIsochrones(dataset, scenario, siteIds, minutes, travelModel);
  },
  managerPackage(scenarios: readonly Scenario[], createdAt: string): ManagerPackage {
    if (!dataset) throw new Error('no dataset');
    return buildManagerPackage(dataset, scenarios, { travelModel, createdAt });
  },
};

export type EngineWorkerApi = typeof api;

Comlink.expose(api);
