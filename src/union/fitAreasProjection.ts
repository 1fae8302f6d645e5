import { geoMercator, type GeoProjection } from 'd3-geo';
import { sphericalFeature } from '../engine/report/fixedHomeAreas';
import type { FixedAreaFeature } from '../schema/fixedAreas';

/** A Mercator projection that fits the areas into width × height with a margin (pure). */
export function fitAreasProjection(
  features: readonly FixedAreaFeature[],
  width: number,
  height: number,
  margin = 8,
): GeoProjection {
  const collection = { type: 'FeatureCollection' as const, features: features.map(sphericalFeature) };
  return geoMercator().fitExtent(
    [
      [margin, margin],
      [width - margin, height - margin],
    ],
    collection,
  );
}
