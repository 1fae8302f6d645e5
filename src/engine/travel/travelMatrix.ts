import type { TravelParameters } from '../../schema/travelParameters';
import type { ImportedTravelMatrix } from '../../schema/travelMatrix';
import { accessLegs } from './accessLegs';
import { applyImportedTravelMatrix } from './applyImportedTravelMatrix';
import { fallbackTravel } from './fallbackTravel';
import { greatCircleKm } from './greatCircleKm';
import { nearestRoadNodes } from './nearestRoadNodes';
import { routeOverGraph } from './routeOverGraph';
import { createDijkstraWorkspace, shortestTravelTimesInto, type PathSeed } from './shortestTravelTimes';
import { TRAVEL_SOURCE_FALLBACK, TRAVEL_SOURCE_ROAD_GRAPH } from './travelSource';
import type { TravelModel, TravelPlace, TravelWarning } from './travelModel';

/** Minutes and km from each origin to each destination, row-major: cell `i * destinations.length + j`. */
export interface TravelMatrix {
  readonly origins: readonly TravelPlace[];
  readonly destinations: readonly TravelPlace[];
  readonly minutes: Float64Array;
  readonly km: Float64Array;
  readonly source: Uint8Array;
  readonly warnings: readonly TravelWarning[];
}

/**
 * Travel minutes and km from every origin (homes) to every destination (sites), row-major:
 * cell `i * destinations.length + j`. `source` holds a code per cell (see travelSource.ts).
 * One Dijkstra per destination (sites are fewer than homes) serves all origins. An imported
 * matrix, when given, overrides the models wherever it covers a pair.
 */
export function travelMatrix(
  model: TravelModel,
  origins: readonly TravelPlace[],
  destinations: readonly TravelPlace[],
  params: TravelParameters,
  imported?: ImportedTravelMatrix,
): TravelMatrix {
  const originCount = origins.length;
  const destinationCount = destinations.length;
  const minutes = new Float64Array(originCount * destinationCount);
  const km = new Float64Array(originCount * destinationCount);
  const source = new Uint8Array(originCount * destinationCount);
  const warnings: TravelWarning[] = [];
  const useGraph = params.model === 'road-graph';

  const legsOf = (places: readonly TravelPlace[]): PathSeed[][] =>
    places.map((place) => {
      if (!useGraph) return [];
      const legs = accessLegs(model, place.lat, place.lon, params);
      if (legs.length === 0) warnOffGraph(model, place, params, warnings);
      return legs;
    });
  const originLegs = legsOf(origins);
  const destinationLegs = legsOf(destinations);

  const workspace = useGraph ? createDijkstraWorkspace(model.network) : null;
  for (let j = 0; j < destinationCount; j++) {
    const destination = destinations[j] as TravelPlace;
    const legsToDestination = destinationLegs[j] ?? [];
    const toDestination =
      workspace !== null && legsToDestination.length > 0
        ? shortestTravelTimesInto(model.network, legsToDestination, workspace)
        : null;
    for (let i = 0; i < originCount; i++) {
      const origin = origins[i] as TravelPlace;
      const cell = i * destinationCount + j;
      const straightKm = greatCircleKm(origin.lat, origin.lon, destination.lat, destination.lon);
      const legsFromOrigin = originLegs[i] ?? [];
      if (toDestination !== null && legsFromOrigin.length > 0) {
        const route = routeOverGraph(legsFromOrigin, toDestination.minutes, toDestination.km, straightKm, params);
        minutes[cell] = route.minutes;
        km[cell] = route.distanceKm;
        source[cell] = TRAVEL_SOURCE_ROAD_GRAPH;
      } else {
        const trip = fallbackTravel(straightKm, params);
        minutes[cell] = trip.minutes;
        km[cell] = trip.distanceKm;
        source[cell] = TRAVEL_SOURCE_FALLBACK;
      }
    }
  }

  if (imported !== undefined) {
    applyImportedTravelMatrix(imported, origins, destinations, params, { minutes, km, source }, warnings);
  }
  return { origins, destinations, minutes, km, source, warnings };
}

/** Cell index of origin `i`, destination `j`. */
export function travelMatrixCell(matrix: TravelMatrix, i: number, j: number): number {
  return i * matrix.destinations.length + j;
}

function warnOffGraph(
  model: TravelModel,
  place: TravelPlace,
  params: TravelParameters,
  warnings: TravelWarning[],
): void {
  const nearest = nearestRoadNodes(model.network, place.lat, place.lon, 1, Infinity)[0];
  warnings.push({
    code: 'place-off-graph',
    params: {
      id: place.id,
      nearestKm: Math.round((nearest?.straightKm ?? 0) * 10) / 10,
      maxAccessKm: params.maxAccessKm,
    },
  });
}
