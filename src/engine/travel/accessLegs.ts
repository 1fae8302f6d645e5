import type { TravelParameters } from '../../schema/travelParameters';
import { nearestRoadNodes } from './nearestRoadNodes';
import type { PathSeed } from './shortestTravelTimes';
import type { TravelModel } from './travelModel';

/**
 * Access legs from a point to its nearest road nodes (up to `accessNodeCount` within
 * `maxAccessKm`): straight line × `accessCircuity`, at `accessSpeedKmh`. Empty when the point is
 * off the graph.
 */
export function accessLegs(model: TravelModel, lat: number, lon: number, params: TravelParameters): PathSeed[] {
  return nearestRoadNodes(model.network, lat, lon, params.accessNodeCount, params.maxAccessKm).map(
    ({ node, straightKm }) => {
      const km = straightKm * params.accessCircuity;
      return { node, km, minutes: (km / params.accessSpeedKmh) * 60 };
    },
  );
}
