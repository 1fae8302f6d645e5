import { describe, expect, it } from 'vitest';
import { travelParametersSchema } from '../../../src/schema/travelParameters';
import { greatCircleKm, travelTime } from '../../../src/engine/travel';
import { defaultParams, localityPoint, travelModel } from './defaultTravelModel';

describe('travelTime', () => {
  it('is the same both ways between towns', () => {
    const pairs = [
      ['gislaved', 'varnamo'],
      ['hyltebruk', 'jonkoping'],
      ['rydaholm', 'hestra'],
    ] as const;
    for (const [a, b] of pairs) {
      const there = travelTime(travelModel, localityPoint(a), localityPoint(b), defaultParams);
      const back = travelTime(travelModel, localityPoint(b), localityPoint(a), defaultParams);
      expect(there.minutes).toBeCloseTo(back.minutes, 9);
      expect(there.distanceKm).toBeCloseTo(back.distanceKm, 9);
    }
  });

  it('does not send a home 2 km from its workplace round the main roads', () => {
    // Two points 2 km apart east-west, between Skillingaryd and Klevshult, off every node.
    const home = { lat: 57.39, lon: 14.0 };
    const work = { lat: 57.39, lon: 14.033 };
    const straightKm = greatCircleKm(home.lat, home.lon, work.lat, work.lon);
    const trip = travelTime(travelModel, home, work, defaultParams);
    expect(trip.source).toBe('road-graph');
    expect(trip.distanceKm).toBeCloseTo(straightKm * defaultParams.accessCircuity, 9);
    expect(trip.minutes).toBeCloseTo(
      ((straightKm * defaultParams.accessCircuity) / defaultParams.accessSpeedKmh) * 60,
      9,
    );
  });

  it('uses the road graph for a long trip rather than the slow access roads', () => {
    const home = { lat: 57.49, lon: 14.12 }; // just outside Vaggeryd
    const work = { lat: 57.185, lon: 14.05 }; // just outside Värnamo
    const straightKm = greatCircleKm(home.lat, home.lon, work.lat, work.lon);
    const trip = travelTime(travelModel, home, work, defaultParams);
    expect(trip.minutes).toBeLessThan(
      ((straightKm * defaultParams.accessCircuity) / defaultParams.accessSpeedKmh) * 60,
    );
    expect(trip.distanceKm).toBeGreaterThan(straightKm);
  });

  it('falls back, and says so, for a place far off the graph', () => {
    const stockholm = { lat: 59.3293, lon: 18.0686 };
    const varnamo = localityPoint('varnamo');
    const trip = travelTime(travelModel, stockholm, varnamo, defaultParams);
    const straightKm = greatCircleKm(stockholm.lat, stockholm.lon, varnamo.lat, varnamo.lon);
    expect(trip.source).toBe('fallback');
    expect(trip.distanceKm).toBeCloseTo(straightKm * defaultParams.fallbackCircuity, 9);
    expect(trip.minutes).toBeCloseTo(
      ((straightKm * defaultParams.fallbackCircuity) / defaultParams.fallbackSpeedKmh) * 60 +
        defaultParams.fallbackOverheadMinutes,
      9,
    );
  });

  it('uses the fallback everywhere when the parameters ask for it', () => {
    const params = travelParametersSchema.parse({ model: 'fallback' });
    const trip = travelTime(travelModel, localityPoint('gislaved'), localityPoint('varnamo'), params);
    expect(trip.source).toBe('fallback');
  });

  it('treats a wider access radius as bringing an off-graph place onto the graph', () => {
    const farWest = { lat: 57.15, lon: 12.75 }; // ~30 km west of Burseryd
    const varnamo = localityPoint('varnamo');
    expect(travelTime(travelModel, farWest, varnamo, defaultParams).source).toBe('fallback');
    const wide = travelParametersSchema.parse({ maxAccessKm: 60 });
    expect(travelTime(travelModel, farWest, varnamo, wide).source).toBe('road-graph');
  });
});
