import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { travelTime } from '../../../src/engine/travel';
import { defaultParams, localityPoint, readFixture, travelModel } from './defaultTravelModel';

const calibrationSchema = z.object({
  tolerance: z.number().positive(),
  rows: z
    .array(
      z.object({
        from: z.string(),
        to: z.string(),
        km: z.number().positive(),
        minutes: z.number().positive().optional(),
        source: z.object({ title: z.string().min(1), url: z.url() }),
        quote: z.string().min(1),
      }),
    )
    .min(8),
});

const calibration = calibrationSchema.parse(readFixture('travel-calibration.json'));

describe('travel model against published road figures', () => {
  it.each(calibration.rows.map((row) => [`${row.from} → ${row.to}`, row] as const))(
    '%s is within tolerance of the published figure',
    (_label, row) => {
      const result = travelTime(travelModel, localityPoint(row.from), localityPoint(row.to), defaultParams);
      expect(result.source).toBe('road-graph');
      expect(Math.abs(result.distanceKm / row.km - 1)).toBeLessThanOrEqual(calibration.tolerance);
      if (row.minutes !== undefined) {
        expect(Math.abs(result.minutes / row.minutes - 1)).toBeLessThanOrEqual(calibration.tolerance);
      }
    },
  );

  it('quotes state the figure they are cited for', () => {
    for (const row of calibration.rows) expect(row.quote).toContain(String(row.km));
  });
});
