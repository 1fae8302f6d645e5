import distance from '@turf/distance';

/** Great-circle distance in km between two WGS84 points. */
export function distanceKmBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  return distance([lon1, lat1], [lon2, lat2], { units: 'kilometers' });
}
