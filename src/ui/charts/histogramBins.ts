import { bin, extent } from 'd3-array';

/** One bar of a histogram: values in [x0, x1) (the last bin includes x1). */
export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
}

export interface HistogramBinOptions {
  /** The range to bin over (values outside are left out); default the values' extent, widened to nice steps. */
  domain?: [number, number];
  /** About how many bins (d3 picks "nice" thresholds near it). */
  binCount?: number;
}

/**
 * Histogram bins of the values (d3-array `bin`, nice thresholds). Without a domain every value
 * falls in exactly one bin, so the counts add up to the number of values. No values: no bins.
 */
export function histogramBins(values: readonly number[], options: HistogramBinOptions = {}): HistogramBin[] {
  if (values.length === 0) return [];
  const generator = bin<number, number>().thresholds(options.binCount ?? 12);
  const [low, high] = extent(values) as [number, number];
  // Without a domain d3 widens the extent to nice steps; (nearly) equal values still need a bin of
  // some width, or the nice steps become absurdly many.
  const tiny = high - low < 1e-9 * Math.max(1, Math.abs(low), Math.abs(high));
  const domain = options.domain ?? (tiny ? ([low - 0.5, high + 0.5] as [number, number]) : null);
  if (domain) generator.domain(domain);
  return generator(values.slice()).map((b) => ({ x0: b.x0 ?? low, x1: b.x1 ?? high, count: b.length }));
}
