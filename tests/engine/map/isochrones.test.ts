import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { gridMinutesAt, isochroneGrid, type IsochroneGrid } from '../../../src/engine/map/isochrones';
import { travelParametersSchema } from '../../../src/schema/travelParameters';
import { smallRoadModel } from '../../fixtures/smallTravel';

const bbox = { minLat: 57.0, maxLat: 57.6, minLon: 13.5, maxLon: 14.3 };
const params = travelParametersSchema.parse({});
const points = [{ id: 'east-hall', lat: 57.2, lon: 14.0 }];

/** Inside the isochrone, by even–odd over every ring in the lon/lat plane. */
function inside(grid: IsochroneGrid, lat: number, lon: number): boolean {
  let crossings = 0;
  for (const polygon of grid.area) {
    for (const ring of polygon) {
      for (let a = 0, b = ring.length - 1; a < ring.length; b = a++) {
        const [xa, ya] = ring[a]!;
        const [xb, yb] = ring[b]!;
        if (ya > lat !== yb > lat && lon < ((xb - xa) * (lat - ya)) / (yb - ya) + xa) crossings++;
      }
    }
  }
  return crossings % 2 === 1;
}

/** Area in squared degrees (shoelace, holes negative by their winding). */
function areaOf(grid: IsochroneGrid): number {
  let sum = 0;
  for (const polygon of grid.area) {
    for (const ring of polygon) {
      for (let a = 0, b = ring.length - 1; a < ring.length; b = a++)
        sum += ring[b]![0] * ring[a]![1] - ring[a]![0] * ring[b]![1];
    }
  }
  return Math.abs(sum / 2);
}

describe('isochroneGrid', () => {
  it('holds the cells near a staffed point and not the far ones', () => {
    const grid = isochroneGrid(smallRoadModel, points, bbox, params, 20, 30);
    expect(inside(grid, 57.21, 14.01)).toBe(true);
    expect(gridMinutesAt(grid, 57.21, 14.01)!).toBeLessThan(20);
    expect(inside(grid, 57.58, 13.52)).toBe(false);
    expect(gridMinutesAt(grid, 57.58, 13.52)!).toBeGreaterThan(20);
  });

  it('agrees with the minutes grid: every cell centre within T is inside, every one beyond is outside', () => {
    const grid = isochroneGrid(smallRoadModel, points, bbox, params, 25, 20);
    const dLon = (bbox.maxLon - bbox.minLon) / grid.columns;
    const dLat = (bbox.maxLat - bbox.minLat) / grid.rows;
    for (let r = 0; r < grid.rows; r++) {
      for (let c = 0; c < grid.columns; c++) {
        const m = grid.minutes[r * grid.columns + c]!;
        if (Math.abs(m - 25) < 1) continue; // on the line: interpolation decides
        expect(inside(grid, bbox.maxLat - (r + 0.5) * dLat, bbox.minLon + (c + 0.5) * dLon)).toBe(m < 25);
      }
    }
  });

  it('grows with T and is a small area on the sphere (outer rings wound for d3-geo)', () => {
    const areas = [10, 20, 40].map((t) => areaOf(isochroneGrid(smallRoadModel, points, bbox, params, t, 30)));
    expect(areas[0]!).toBeGreaterThan(0);
    expect(areas[1]!).toBeGreaterThan(areas[0]!);
    expect(areas[2]!).toBeGreaterThan(areas[1]!);
    const grid = isochroneGrid(smallRoadModel, points, bbox, params, 20, 30);
    const geometry = {
      type: 'MultiPolygon' as const,
      coordinates: grid.area.map((p) => p.map((r) => r.map((q) => [q[0], q[1]]))),
    };
    expect(geoContains(geometry, [14.0, 57.2])).toBe(true);
    expect(geoContains(geometry, [0, 0])).toBe(false);
  });

  it('takes the nearest of several points, and is empty without points', () => {
    const two = isochroneGrid(
      smallRoadModel,
      [...points, { id: 'west-hall', lat: 57.3, lon: 13.6 }],
      bbox,
      params,
      15,
      30,
    );
    expect(inside(two, 57.3, 13.61)).toBe(true);
    expect(inside(two, 57.2, 14.01)).toBe(true);
    const none = isochroneGrid(smallRoadModel, [], bbox, params, 15, 10);
    expect(none.area).toHaveLength(0);
  });
});
