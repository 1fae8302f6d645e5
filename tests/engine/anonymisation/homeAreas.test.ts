import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { homeAreas } from '../../../src/engine/anonymisation/homeAreas';

function inside(area: { polygon: readonly { lat: number; lon: number }[] }, p: { lat: number; lon: number }): boolean {
  const lats = area.polygon.map((q) => q.lat);
  const lons = area.polygon.map((q) => q.lon);
  const eps = 1e-9;
  return (
    p.lat >= Math.min(...lats) - eps &&
    p.lat <= Math.max(...lats) + eps &&
    p.lon >= Math.min(...lons) - eps &&
    p.lon <= Math.max(...lons) + eps
  );
}

// Homes around the four municipalities (roughly 57.0–57.6 N, 13.4–14.5 E).
const home = fc.record({
  lat: fc.double({ min: 57.0, max: 57.6, noNaN: true }),
  lon: fc.double({ min: 13.4, max: 14.5, noNaN: true }),
});

describe('homeAreas', () => {
  it('publishes only areas of at least k people, covering everyone when the region holds k', () => {
    fc.assert(
      fc.property(fc.array(home, { minLength: 0, maxLength: 120 }), fc.integer({ min: 3, max: 8 }), (points, k) => {
        const result = homeAreas(points, k);
        for (const area of result.areas) {
          expect(area.count).toBeGreaterThanOrEqual(k);
          expect(area.polygon).toHaveLength(4);
        }
        const published = result.areas.reduce((s, a) => s + a.count, 0) + (result.otherCount ?? 0);
        if (result.otherCount !== null) expect(result.otherCount).toBeGreaterThanOrEqual(k);
        expect(published).toBeLessThanOrEqual(points.length);
        // Each area's count is the number of homes inside it (areas do not overlap).
        for (const area of result.areas) {
          expect(points.filter((p) => inside(area, p)).length).toBeGreaterThanOrEqual(area.count);
        }
        if (points.length >= k && result.otherCount === null) {
          // With one root square (the default 128 km grid holds this whole region), nobody is dropped.
          expect(published).toBe(points.length);
        }
        if (points.length < k) expect(result.areas).toEqual([]);
      }),
      { numRuns: 150, seed: 4 },
    );
  });

  it('never returns the points themselves and narrows dense clusters', () => {
    const cluster = Array.from({ length: 10 }, (_, i) => ({ lat: 57.18 + i * 0.0001, lon: 14.04 + i * 0.0001 }));
    const far = Array.from({ length: 6 }, (_, i) => ({ lat: 57.45 + i * 0.0002, lon: 13.6 }));
    const result = homeAreas([...cluster, ...far], 5, { minCellKm: 1 });
    expect(result.areas.map((a) => a.count).sort()).toEqual([10, 6]);
    const small = result.areas.find((a) => a.count === 10)!;
    // About 1–2 km across, far smaller than the 128 km root square.
    const heightKm =
      (Math.max(...small.polygon.map((p) => p.lat)) - Math.min(...small.polygon.map((p) => p.lat))) * 110.574;
    expect(heightKm).toBeGreaterThan(0.99);
    expect(heightKm).toBeLessThan(4);
    for (const p of cluster) expect(small.polygon).not.toContainEqual(p);
  });

  it('pools sparse root squares, publishing the pool only when it reaches k', () => {
    // Three isolated people far apart (different 1 km roots) plus a group of 5.
    const group = Array.from({ length: 5 }, () => ({ lat: 57.2, lon: 14.0 }));
    const loners = [
      { lat: 57.0, lon: 13.4 },
      { lat: 57.5, lon: 14.4 },
      { lat: 57.3, lon: 13.7 },
    ];
    const few = homeAreas([...group, ...loners], 5, { rootCellKm: 1 });
    expect(few.areas.map((a) => a.count)).toEqual([5]);
    expect(few.otherCount).toBeNull();
    const more = homeAreas([...group, ...loners, { lat: 57.1, lon: 13.9 }, { lat: 57.4, lon: 14.2 }], 5, {
      rootCellKm: 1,
    });
    expect(more.otherCount).toBe(5);
  });

  it('is deterministic and independent of input order', () => {
    const points = Array.from({ length: 40 }, (_, i) => ({
      lat: 57.0 + ((i * 37) % 60) / 100,
      lon: 13.4 + ((i * 53) % 110) / 100,
    }));
    const a = homeAreas(points, 5);
    expect(homeAreas(points, 5)).toEqual(a);
    const b = homeAreas([...points].reverse(), 5);
    expect(b.areas.map((x) => [x.polygon, x.count])).toEqual(a.areas.map((x) => [x.polygon, x.count]));
  });

  it('rejects k below 3 and invalid points', () => {
    expect(() => homeAreas([], 2)).toThrow(expect.objectContaining({ code: 'k-too-small' }));
    expect(() => homeAreas([{ lat: 91, lon: 0 }], 5)).toThrow(expect.objectContaining({ code: 'invalid-points' }));
  });
});
