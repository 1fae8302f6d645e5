import type { Point } from '../../schema/common';
import type { TravelParameters } from '../../schema/travelParameters';
import { accessLegs } from './accessLegs';
import { fallbackTravel } from './fallbackTravel';
import { greatCircleKm } from './greatCircleKm';
import { routeOverGraph } from './routeOverGraph';
import { shortestTravelTimes } from './shortestTravelTimes';
import type { TravelModel, TravelResult } from './travelModel';

/**
 * One-way car travel between two points (docs/travel.md): over the road graph, with access legs at both
 * ends, or by the fallback model when either point is off the graph or `params.model` says so.
 * Computed exactly as one cell of `travelMatrix`, so both agree.
 */
export function travelTime(model: TravelModel, from: Point, to: Point, params: TravelParameters): TravelResult {
  const straightKm = greatCircleKm(from.lat, from.lon, to.lat, to.lon);
  if (params.model === 'fallback') return { ...fallbackTravel(straightKm, params), source: 'fallback' };
  const originLegs = accessLegs(model, from.lat, from.lon, params);
  const destinationLegs = accessLegs(model, to.lat, to.lon, params);
  if (originLegs.length === 0 || destinationLegs.length === 0) {
    return { ...fallbackTravel(straightKm, params), source: 'fallback' };
  }
  const toDestination = shortestTravelTimes(model.network, destinationLegs);
  const route = routeOverGraph(originLegs, toDestination.minutes, toDestination.km, straightKm, params);
  return { ...route, source: 'road-graph' };
}
