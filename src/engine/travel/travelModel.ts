import type { TravelSource } from './travelSource';
import type { RoadGraph } from '../../schema/roadGraph';
import { buildRoadNetwork, type RoadNetwork } from './roadNetwork';

/**
 * The travel model built once from the road graph (`data/roads.json`); parameters are passed
 * per call, so one model serves every scenario. Immutable: safe to share and cache.
 */
export interface TravelModel {
  readonly network: RoadNetwork;
}

export function createTravelModel(graph: RoadGraph): TravelModel {
  return { network: buildRoadNetwork(graph) };
}

/** A point that travels: a home (person id) or a site (site id). */
export interface TravelPlace {
  id: string;
  lat: number;
  lon: number;
}

/** One trip's figures and the model that produced them. */
export interface TravelResult {
  distanceKm: number;
  minutes: number;
  source: TravelSource;
}

export type TravelWarningCode =
  | 'place-off-graph'
  | 'matrix-origin-unmatched'
  | 'matrix-destination-unmatched'
  | 'matrix-pair-missing'
  | 'matrix-no-distances'
  | 'package-travel-parameters';

/** A warning as data: a code and its parameters (text in src/i18n/travel.ts). */
export interface TravelWarning {
  code: TravelWarningCode;
  params: Record<string, string | number>;
}
