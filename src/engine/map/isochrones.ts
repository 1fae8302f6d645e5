import { contours } from 'd3-contour';
import type { TravelParameters } from '../../schema/travelParameters';
import { travelMatrix } from '../travel/travelMatrix';
import type { TravelModel, TravelPlace } from '../travel/travelModel';
import type { GeoBox } from './fitProjection';

/** A ring of [lon, lat] positions, closed (first = last). */
export type LonLatRing = readonly (readonly [number, number])[];

/**
 * Where each staffed point can be reached within T minutes, from the travel model (not a circle).
 * `minutes` holds, row-major from the north-west corner (row r, column c at `r * columns + c`),
 * the minutes from cell centre to the nearest point; `area` the cells within T as polygons
 * (each an outer ring, then its holes) in lon/lat.
 */
export interface IsochroneGrid {
  readonly columns: number;
  readonly rows: number;
  readonly bbox: GeoBox;
  readonly minutes: Float64Array;
  readonly thresholdMinutes: number;
  readonly area: readonly (readonly LonLatRing[])[];
}

/** Centre of cell (column c, row r), row 0 at the north edge. */
export function gridCellCentre(
  bbox: GeoBox,
  columns: number,
  rows: number,
  c: number,
  r: number,
): { lat: number; lon: number } {
  const dLon = (bbox.maxLon - bbox.minLon) / columns;
  const dLat = (bbox.maxLat - bbox.minLat) / rows;
  return { lon: bbox.minLon + (c + 0.5) * dLon, lat: bbox.maxLat - (r + 0.5) * dLat };
}

/**
 * The isochrone of `thresholdMinutes` around `points` over a `resolution` × `resolution` grid on
 * `bbox`: travel minutes from every cell centre to every point (origins = cells, destinations =
 * points, so one Dijkstra per point), the minimum per cell, then marching squares (d3-contour)
 * on −minutes at −T, so the polygons hold the cells with minutes ≤ T. d3-contour puts the value
 * of cell (c, r) at (c + ½, r + ½); grid coordinates map linearly back to lon/lat.
 */
export function isochroneGrid(
  model: TravelModel,
  points: readonly TravelPlace[],
  bbox: GeoBox,
  params: TravelParameters,
  thresholdMinutes: number,
  resolution = 60,
): IsochroneGrid {
  const columns = Math.max(2, Math.round(resolution));
  const rows = columns;
  const cells: TravelPlace[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++)
      cells.push({ id: `cell-${r}-${c}`, ...gridCellCentre(bbox, columns, rows, c, r) });
  }
  const minutes = new Float64Array(cells.length).fill(Infinity);
  if (points.length > 0) {
    const matrix = travelMatrix(model, cells, points, params);
    const n = points.length;
    for (let i = 0; i < cells.length; i++) {
      let best = Infinity;
      for (let j = 0; j < n; j++) best = Math.min(best, matrix.minutes[i * n + j]!);
      minutes[i] = best;
    }
  }
  const negated = Array.from(minutes, (m) => (Number.isFinite(m) ? -m : -1e9));
  const [contour] = contours().size([columns, rows]).thresholds([-thresholdMinutes])(negated);
  const dLon = (bbox.maxLon - bbox.minLon) / columns;
  const dLat = (bbox.maxLat - bbox.minLat) / rows;
  const area = (contour?.coordinates ?? []).map((polygon) =>
    // Flipping y to latitude mirrors the rings: reverse them so outer rings are clockwise as
    // d3-geo expects of polygons smaller than a hemisphere.
    polygon.map((ring) => ring.map(([x, y]) => [bbox.minLon + x! * dLon, bbox.maxLat - y! * dLat] as const).reverse()),
  );
  return { columns, rows, bbox, minutes, thresholdMinutes, area };
}

/** Minutes of the cell holding (lat, lon), or null outside the grid. */
export function gridMinutesAt(grid: IsochroneGrid, lat: number, lon: number): number | null {
  const { bbox, columns, rows } = grid;
  const c = Math.floor(((lon - bbox.minLon) / (bbox.maxLon - bbox.minLon)) * columns);
  const r = Math.floor(((bbox.maxLat - lat) / (bbox.maxLat - bbox.minLat)) * rows);
  if (c < 0 || r < 0 || c >= columns || r >= rows) return null;
  return grid.minutes[r * columns + c]!;
}
