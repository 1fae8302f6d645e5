import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { schematicAreas } from '../../../src/engine/map/schematicAreas';
import { smallDataset } from '../../fixtures/smallDataset';

const bbox = { minLat: 57.0, maxLat: 57.6, minLon: 13.5, maxLon: 14.3 };

function contains(ring: readonly (readonly [number, number])[], lat: number, lon: number): boolean {
  let crossings = false;
  for (let a = 0, b = ring.length - 1; a < ring.length; b = a++) {
    const [xa, ya] = ring[a]!;
    const [xb, yb] = ring[b]!;
    if (ya > lat !== yb > lat && lon < ((xb - xa) * (lat - ya)) / (yb - ya) + xa) crossings = !crossings;
  }
  return crossings;
}

describe('schematicAreas', () => {
  it('gives each locality of the small dataset a cell that contains it, in its municipality', () => {
    const localities = smallDataset().localities;
    const cells = schematicAreas(localities, bbox);
    expect(cells).toHaveLength(localities.length);
    for (const l of localities) {
      const cell = cells.find((c) => c.localityId === l.id)!;
      expect(cell.municipalityId).toBe(l.municipalityId);
      expect(contains(cell.ring, l.lat, l.lon)).toBe(true);
    }
  });

  it('gives each of several towns along one straight line its own strip (collinear places)', () => {
    // Three towns on one meridian, as fast-check once found: the middle one lost its cell.
    for (const line of [
      (t: number) => ({ lat: 57.01 + t * 0.01, lon: 14.25 }),
      (t: number) => ({ lat: 57.3, lon: 13.6 + t * 0.2 }),
      (t: number) => ({ lat: 57.05 + t * 0.1, lon: 13.6 + t * 0.1 }),
    ]) {
      const places = [0, 1, 2, 3].map((t) => ({ id: `l${t}`, municipalityId: 'a', ...line(t) }));
      const cells = schematicAreas(places, bbox);
      expect(cells.map((c) => c.localityId)).toEqual(['l0', 'l1', 'l2', 'l3']);
      for (const p of places) expect(contains(cells.find((c) => c.localityId === p.id)!.ring, p.lat, p.lon)).toBe(true);
    }
  });

  it('every locality lies in its own cell and every cell stays in the box (property)', () => {
    // Localities are towns, at least a few hundred metres apart: points on a 0.01° lattice, jittered by < 0.003°.
    const place = fc.record({
      i: fc.integer({ min: 1, max: 58 }),
      j: fc.integer({ min: 1, max: 78 }),
      di: fc.double({ min: -0.003, max: 0.003, noNaN: true }),
      dj: fc.double({ min: -0.003, max: 0.003, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(place, { minLength: 1, maxLength: 25, selector: (p) => `${p.i},${p.j}` }),
        (lattice) => {
          const raw = lattice.map((p) => ({ lat: 57 + p.i * 0.01 + p.di, lon: 13.5 + p.j * 0.01 + p.dj }));
          const places = raw.map((p, i) => ({ id: `l${i}`, municipalityId: i % 2 ? 'a' : 'b', ...p }));
          const cells = schematicAreas(places, bbox);
          for (const p of places) {
            const cell = cells.find((c) => c.localityId === p.id)!;
            expect(contains(cell.ring, p.lat, p.lon)).toBe(true);
            for (const [lon, lat] of cell.ring) {
              expect(lon).toBeGreaterThanOrEqual(bbox.minLon - 1e-9);
              expect(lon).toBeLessThanOrEqual(bbox.maxLon + 1e-9);
              expect(lat).toBeGreaterThanOrEqual(bbox.minLat - 1e-9);
              expect(lat).toBeLessThanOrEqual(bbox.maxLat + 1e-9);
            }
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
