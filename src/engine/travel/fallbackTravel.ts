import type { TravelParameters } from '../../schema/travelParameters';

/**
 * The plain model for places off the road graph: great-circle km × `fallbackCircuity`, driven at
 * `fallbackSpeedKmh`, plus `fallbackOverheadMinutes`. A trip of zero length costs nothing.
 */
export function fallbackTravel(straightKm: number, params: TravelParameters): { distanceKm: number; minutes: number } {
  if (straightKm <= 0) return { distanceKm: 0, minutes: 0 };
  const distanceKm = straightKm * params.fallbackCircuity;
  return { distanceKm, minutes: (distanceKm / params.fallbackSpeedKmh) * 60 + params.fallbackOverheadMinutes };
}
