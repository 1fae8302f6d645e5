import { geoArea, geoContains } from 'd3-geo';
import type { Point } from '../../schema/common';
import type { FixedAreaFeature, FixedAreas } from '../../schema/fixedAreas';

/**
 * Homes counted per fixed area of a public geography (municipalities), never per a split
 * drawn from the data (see docs/anonymisation.md). A home inside no area counts as elsewhere.
 * Borders are those of the given geography: simplified boundaries can put a home within a
 * few hundred metres of a border on the wrong side, which changes a count, not what is shown.
 */
export interface FixedAreaCounts {
  readonly areaIds: readonly string[];
  readonly counts: readonly number[];
  readonly elsewhere: number;
}

/**
 * d3-geo reads polygons on the sphere: a ring wound the GeoJSON (RFC 7946) way encloses the
 * rest of the globe. An area larger than a hemisphere is such a ring: reverse it.
 */
export function sphericalFeature(feature: FixedAreaFeature): FixedAreaFeature {
  if (geoArea(feature) <= 2 * Math.PI) return feature;
  const geometry =
    feature.geometry.type === 'Polygon'
      ? { type: 'Polygon' as const, coordinates: feature.geometry.coordinates.map((ring) => [...ring].reverse()) }
      : {
          type: 'MultiPolygon' as const,
          coordinates: feature.geometry.coordinates.map((polygon) => polygon.map((ring) => [...ring].reverse())),
        };
  return { ...feature, geometry };
}

export function fixedAreaCounts(homes: readonly Point[], areas: FixedAreas): FixedAreaCounts {
  const features = areas.features.map(sphericalFeature);
  const counts = new Array<number>(features.length).fill(0);
  let elsewhere = 0;
  for (const home of homes) {
    const index = features.findIndex((feature) => geoContains(feature, [home.lon, home.lat]));
    if (index < 0) elsewhere += 1;
    else counts[index]! += 1;
  }
  return { areaIds: features.map((f) => f.properties.id), counts, elsewhere };
}
