import { Delaunay } from 'd3-delaunay';
import type { GeoBox } from './fitProjection';
import type { LonLatRing } from './isochrones';

export interface SchematicPlace {
  readonly id: string;
  readonly municipalityId: string;
  readonly lat: number;
  readonly lon: number;
}

/** One locality's Voronoi cell, clipped to the region's box. */
export interface SchematicCell {
  readonly localityId: string;
  readonly municipalityId: string;
  readonly ring: LonLatRing;
}

/**
 * A schematic of the municipalities where no official boundaries are loaded: the Voronoi cell of
 * each locality (all points nearer to it than to any other locality), coloured by its
 * municipality. Computed in a local equirectangular plane (longitude scaled by cos of the mid
 * latitude) so cells are not stretched east–west. Not a boundary: the legend says so.
 */
export function schematicAreas(places: readonly SchematicPlace[], bbox: GeoBox): SchematicCell[] {
  if (places.length === 0) return [];
  const scale = Math.cos((((bbox.minLat + bbox.maxLat) / 2) * Math.PI) / 180);
  const width = (bbox.maxLon - bbox.minLon) * scale;
  const height = bbox.maxLat - bbox.minLat;
  // Three far sentinels, never on one line: towns along one straight road are collinear, and
  // d3-delaunay's jitter for collinear input lost a cell. The sentinels are more than a box
  // diagonal away from the box, so no point of the box is nearer to one than to a town: the
  // towns' cells in the box stay exactly the same.
  const far = 3 * Math.hypot(width, height);
  const points: [number, number][] = [
    ...places.map((p): [number, number] => [(p.lon - bbox.minLon) * scale, p.lat - bbox.minLat]),
    [-far, -far],
    [width + far, -far],
    [width / 2, height + far],
  ];
  const voronoi = Delaunay.from(points).voronoi([0, 0, width, height]);
  const cells: SchematicCell[] = [];
  places.forEach((place, i) => {
    const polygon = voronoi.cellPolygon(i);
    if (!polygon) return; // a duplicate location: its twin's cell covers it
    cells.push({
      localityId: place.id,
      municipalityId: place.municipalityId,
      ring: polygon.map(([x, y]) => [bbox.minLon + x! / scale, bbox.minLat + y!] as const),
    });
  });
  return cells;
}
