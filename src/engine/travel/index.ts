/** The travel model (docs/travel.md): road graph, fallback, imported matrices. */
export {
  createTravelModel,
  type TravelModel,
  type TravelPlace,
  type TravelResult,
  type TravelWarning,
  type TravelWarningCode,
} from './travelModel';
export { travelTime } from './travelTime';
export { travelMatrix, travelMatrixCell, type TravelMatrix } from './travelMatrix';
export {
  travelSources,
  travelSourceOfCode,
  TRAVEL_SOURCE_FALLBACK,
  TRAVEL_SOURCE_MATRIX,
  TRAVEL_SOURCE_ROAD_GRAPH,
  type TravelSource,
} from './travelSource';
export { greatCircleKm } from './greatCircleKm';
export { buildRoadNetwork, type RoadNetwork } from './roadNetwork';
export { shortestTravelTimes, type PathSeed } from './shortestTravelTimes';
export { fallbackTravel } from './fallbackTravel';
