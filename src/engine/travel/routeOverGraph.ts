import type { TravelParameters } from '../../schema/travelParameters';
import type { PathSeed } from './shortestTravelTimes';

/**
 * The fastest of: a direct trip on local roads (straight line × `accessCircuity` at
 * `accessSpeedKmh`, so that a home 2 km from its workplace is not sent round the main roads),
 * or an access leg from the origin to one of its road nodes plus the shortest path from that node
 * to the destination (whose own access leg is already inside `minutesToDestination`).
 */
export function routeOverGraph(
  originLegs: readonly PathSeed[],
  minutesToDestination: Float64Array,
  kmToDestination: Float64Array,
  straightKm: number,
  params: TravelParameters,
): { distanceKm: number; minutes: number } {
  let distanceKm = straightKm * params.accessCircuity;
  let minutes = (distanceKm / params.accessSpeedKmh) * 60;
  for (const leg of originLegs) {
    const total = leg.minutes + (minutesToDestination[leg.node] ?? Infinity);
    if (total < minutes) {
      minutes = total;
      distanceKm = leg.km + (kmToDestination[leg.node] ?? Infinity);
    }
  }
  return { distanceKm, minutes };
}
