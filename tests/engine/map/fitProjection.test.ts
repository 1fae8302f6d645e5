import { describe, expect, it } from 'vitest';
import { fitProjection, kmPerUnit } from '../../../src/engine/map/fitProjection';

const bbox = { minLat: 57.0, maxLat: 57.6, minLon: 13.5, maxLon: 14.3 };

describe('fitProjection', () => {
  it.each([
    [800, 600, 20],
    [400, 900, 10],
    [1000, 300, 0],
  ])('puts the region corners inside a %i × %i extent with padding %i', (width, height, padding) => {
    const projection = fitProjection(bbox, width, height, padding);
    const corners = [
      [bbox.minLon, bbox.minLat],
      [bbox.maxLon, bbox.minLat],
      [bbox.maxLon, bbox.maxLat],
      [bbox.minLon, bbox.maxLat],
    ] as const;
    const projected = corners.map((c) => projection([c[0], c[1]])!);
    for (const [x, y] of projected) {
      expect(x).toBeGreaterThanOrEqual(padding - 1e-6);
      expect(x).toBeLessThanOrEqual(width - padding + 1e-6);
      expect(y).toBeGreaterThanOrEqual(padding - 1e-6);
      expect(y).toBeLessThanOrEqual(height - padding + 1e-6);
    }
    // The box fills the extent along one axis at least.
    const xs = projected.map((p) => p[0]);
    const ys = projected.map((p) => p[1]);
    const spanX = Math.max(...xs) - Math.min(...xs);
    const spanY = Math.max(...ys) - Math.min(...ys);
    expect(Math.max(spanX / (width - 2 * padding), spanY / (height - 2 * padding))).toBeCloseTo(1, 5);
    // North is up.
    expect(projection([13.9, 57.6])![1]).toBeLessThan(projection([13.9, 57.0])![1]);
  });

  it('preserves the aspect ratio: the box has the same shape whatever the extent', () => {
    const shape = (width: number, height: number) => {
      const p = fitProjection(bbox, width, height, 0);
      const sw = p([bbox.minLon, bbox.minLat])!;
      const ne = p([bbox.maxLon, bbox.maxLat])!;
      return (ne[0] - sw[0]) / (sw[1] - ne[1]);
    };
    expect(shape(800, 600)).toBeCloseTo(shape(300, 900), 6);
    // At 57° N, 0.8° of longitude is shorter on the ground than 0.6° of latitude × 0.8/0.6.
    expect(shape(800, 600)).toBeLessThan(0.8 / 0.6);
  });

  it('gives kilometres per unit that match the ground width of the box', () => {
    const p = fitProjection(bbox, 800, 600, 0);
    const widthUnits = p([bbox.maxLon, 57.3])![0] - p([bbox.minLon, 57.3])![0];
    const groundKm = 6371 * ((0.8 * Math.PI) / 180) * Math.cos((57.3 * Math.PI) / 180);
    expect(kmPerUnit(p, bbox) * widthUnits).toBeCloseTo(groundKm, 0);
  });
});
