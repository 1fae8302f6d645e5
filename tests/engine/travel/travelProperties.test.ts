import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { travelParametersSchema } from '../../../src/schema/travelParameters';
import { greatCircleKm, travelMatrix, travelTime } from '../../../src/engine/travel';
import { defaultParams, travelModel } from './defaultTravelModel';

/** Points in the region of the four municipalities, Hylte and the commute to Jönköping. */
const regionPoint = fc.record({
  lat: fc.double({ min: 56.9, max: 57.8, noNaN: true }),
  lon: fc.double({ min: 13.0, max: 14.4, noNaN: true }),
});

describe('travel model invariants', () => {
  it('gives non-negative, finite minutes and km for points in the region', () => {
    fc.assert(
      fc.property(regionPoint, regionPoint, (a, b) => {
        const trip = travelTime(travelModel, a, b, defaultParams);
        expect(Number.isFinite(trip.minutes) && trip.minutes >= 0).toBe(true);
        expect(Number.isFinite(trip.distanceKm) && trip.distanceKm >= 0).toBe(true);
      }),
    );
  });

  it('takes no time to travel from a point to itself', () => {
    fc.assert(
      fc.property(regionPoint, (a) => {
        const trip = travelTime(travelModel, a, a, defaultParams);
        expect(trip.minutes).toBe(0);
        expect(trip.distanceKm).toBe(0);
      }),
    );
  });

  it('is symmetric for points in the region', () => {
    fc.assert(
      fc.property(regionPoint, regionPoint, (a, b) => {
        const there = travelTime(travelModel, a, b, defaultParams);
        const back = travelTime(travelModel, b, a, defaultParams);
        expect(there.minutes).toBeCloseTo(back.minutes, 9);
      }),
    );
  });

  it('never gets slower when the access speed rises', () => {
    fc.assert(
      fc.property(
        regionPoint,
        regionPoint,
        fc.double({ min: 10, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        (a, b, slowKmh, extraKmh) => {
          const slow = travelParametersSchema.parse({ accessSpeedKmh: slowKmh });
          const fast = travelParametersSchema.parse({ accessSpeedKmh: slowKmh + extraKmh });
          expect(travelTime(travelModel, a, b, fast).minutes).toBeLessThanOrEqual(
            travelTime(travelModel, a, b, slow).minutes + 1e-9,
          );
        },
      ),
    );
  });

  it('never gets slower when more road nodes are within reach of an access leg', () => {
    fc.assert(
      fc.property(regionPoint, regionPoint, fc.integer({ min: 1, max: 5 }), (a, b, count) => {
        const fewer = travelParametersSchema.parse({ accessNodeCount: count });
        const more = travelParametersSchema.parse({ accessNodeCount: count + 1 });
        expect(travelTime(travelModel, a, b, more).minutes).toBeLessThanOrEqual(
          travelTime(travelModel, a, b, fewer).minutes + 1e-9,
        );
      }),
    );
  });

  it('is never slower than the direct drive on local roads, nor shorter than the straight line', () => {
    fc.assert(
      fc.property(regionPoint, regionPoint, (a, b) => {
        const trip = travelTime(travelModel, a, b, defaultParams);
        const straightKm = greatCircleKm(a.lat, a.lon, b.lat, b.lon);
        if (trip.source === 'road-graph') {
          const directMinutes = ((straightKm * defaultParams.accessCircuity) / defaultParams.accessSpeedKmh) * 60;
          expect(trip.minutes).toBeLessThanOrEqual(directMinutes + 1e-9);
        }
        // Road lengths are rounded to 0.1 km, hence the 1 % margin.
        expect(trip.distanceKm).toBeGreaterThanOrEqual(straightKm * 0.99 - 1e-9);
      }),
    );
  });

  it('builds matrices whose every cell is finite and non-negative', () => {
    fc.assert(
      fc.property(
        fc.array(regionPoint, { minLength: 1, maxLength: 12 }),
        fc.array(regionPoint, { minLength: 1, maxLength: 5 }),
        (homes, sites) => {
          const matrix = travelMatrix(
            travelModel,
            homes.map((p, i) => ({ id: `p${i}`, ...p })),
            sites.map((p, j) => ({ id: `s${j}`, ...p })),
            defaultParams,
          );
          expect(matrix.minutes.length).toBe(homes.length * sites.length);
          for (const value of matrix.minutes) expect(Number.isFinite(value) && value >= 0).toBe(true);
          for (const value of matrix.km) expect(Number.isFinite(value) && value >= 0).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });
});
