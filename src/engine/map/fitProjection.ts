import { geoMercator, type GeoProjection } from 'd3-geo';
import type { MunicipalityBoundary } from './importBoundaries';

/** The region's box in degrees (as `dataset.region.bbox`). */
export interface GeoBox {
  readonly minLat: number;
  readonly maxLat: number;
  readonly minLon: number;
  readonly maxLon: number;
}

/**
 * A Mercator projection fitted so the box's corners fill [padding, width − padding] ×
 * [padding, height − padding], keeping the aspect ratio (Observable Plot's fitted projection).
 * Mercator keeps angles, so the region (< 100 km across) looks as on a road map. Fitted to the
 * four corners as points: no winding-order question, and parallels are straight in Mercator.
 */
export function fitProjection(bbox: GeoBox, width: number, height: number, padding = 0): GeoProjection {
  const corners = {
    type: 'MultiPoint' as const,
    coordinates: [
      [bbox.minLon, bbox.minLat],
      [bbox.maxLon, bbox.minLat],
      [bbox.maxLon, bbox.maxLat],
      [bbox.minLon, bbox.maxLat],
    ],
  };
  const inset = Math.max(0, Math.min(padding, width / 2 - 1, height / 2 - 1));
  return geoMercator().fitExtent(
    [
      [inset, inset],
      [width - inset, height - inset],
    ],
    corners,
  );
}

/** Kilometres per screen unit at the projection's centre (for a scale bar). */
export function kmPerUnit(projection: GeoProjection, bbox: GeoBox): number {
  const lat = (bbox.minLat + bbox.maxLat) / 2;
  const lon = (bbox.minLon + bbox.maxLon) / 2;
  const a = projection([lon, lat]);
  const b = projection([lon + 0.1, lat]);
  if (!a || !b) return 1;
  // 0.1° of longitude at this latitude, in km (spherical earth, R = 6371 km).
  const km = 6371 * ((0.1 * Math.PI) / 180) * Math.cos((lat * Math.PI) / 180);
  return km / Math.abs(b[0] - a[0]);
}

/**
 * The height of a map `width` units wide that the box fills without empty margins at the sides
 * (its Mercator aspect ratio, plus the padding), kept between `minRatio` and `maxRatio` of the
 * width so a very flat or very tall region still gets a usable frame.
 */
export function fittedHeight(bbox: GeoBox, width: number, padding = 0, minRatio = 0.5, maxRatio = 1.4): number {
  const unit = geoMercator().scale(1).translate([0, 0]);
  const a = unit([bbox.minLon, bbox.maxLat]);
  const b = unit([bbox.maxLon, bbox.minLat]);
  if (!a || !b || b[0] === a[0]) return Math.round(width * 0.75);
  const aspect = Math.abs(b[1] - a[1]) / Math.abs(b[0] - a[0]);
  const height = (width - 2 * padding) * aspect + 2 * padding;
  return Math.round(Math.min(width * maxRatio, Math.max(width * minRatio, height)));
}

/** The box around every vertex of the boundaries (a map of fixed geography frames it). */
export function boxOfBoundaries(boundaries: readonly Pick<MunicipalityBoundary, 'polygons'>[]): GeoBox {
  let minLat = Infinity;
  let maxLat = -Infinity;
  let minLon = Infinity;
  let maxLon = -Infinity;
  for (const b of boundaries)
    for (const polygon of b.polygons)
      for (const ring of polygon)
        for (const [lon, lat] of ring) {
          minLat = Math.min(minLat, lat);
          maxLat = Math.max(maxLat, lat);
          minLon = Math.min(minLon, lon);
          maxLon = Math.max(maxLon, lon);
        }
  return { minLat, maxLat, minLon, maxLon };
}
