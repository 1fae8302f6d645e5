import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { histogramBins } from '../../../src/ui/charts/histogramBins';

describe('histogramBins', () => {
  it('puts every value in exactly one bin, so the counts add up', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -200, max: 200, noNaN: true }), { minLength: 1, maxLength: 80 }),
        (values) => {
          const bins = histogramBins(values);
          expect(bins.reduce((s, b) => s + b.count, 0)).toBe(values.length);
          for (const v of values) {
            const holding = bins.filter((b, k) => v >= b.x0 && (v < b.x1 || (k === bins.length - 1 && v <= b.x1)));
            expect(holding).toHaveLength(1);
          }
        },
      ),
    );
  });

  it('counts hand-made values over a given domain', () => {
    // Domain 0–1 in tenths: 0.05 and 0.07 in the first bin, 0.95 and 1 in the last.
    const bins = histogramBins([0.05, 0.07, 0.5, 0.95, 1], { domain: [0, 1], binCount: 10 });
    expect(bins).toHaveLength(10);
    expect(bins.map((b) => b.count)).toEqual([2, 0, 0, 0, 0, 1, 0, 0, 0, 2]);
  });

  it('gives equal values one bin of some width, and no values no bins', () => {
    const bins = histogramBins([3, 3, 3]);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(3);
    expect(bins.every((b) => b.x1 > b.x0)).toBe(true);
    expect(histogramBins([])).toEqual([]);
  });
});
