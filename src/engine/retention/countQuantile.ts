/**
 * Quantiles of a count from its histogram, exact without storing the draws:
 * `histogram[offset + k]` is the number of draws in which the count was k (k = 0..length−1).
 *
 * Definition (inverse of the empirical CDF): the smallest k with at least ⌈q · draws⌉ draws ≤ k,
 * i.e. the ⌈q · draws⌉-th smallest draw. So for q = 0.1, "in at least 90 % of the draws the
 * count is at least this" holds, and the value is always a whole count.
 */
export function countQuantile(histogram: Int32Array, offset: number, length: number, draws: number, q: number): number {
  if (draws <= 0 || length <= 0) return 0;
  const rank = Math.max(1, Math.ceil(q * draws));
  let cumulative = 0;
  for (let k = 0; k < length; k++) {
    cumulative += histogram[offset + k]!;
    if (cumulative >= rank) return k;
  }
  return length - 1;
}

/** Mean count from the histogram (integer sums, so no drift over many draws). */
export function countMean(histogram: Int32Array, offset: number, length: number, draws: number): number {
  if (draws <= 0) return 0;
  let sum = 0;
  for (let k = 1; k < length; k++) sum += k * histogram[offset + k]!;
  return sum / draws;
}

/** Share of draws with a count below `limit`. */
export function countShareBelow(
  histogram: Int32Array,
  offset: number,
  length: number,
  draws: number,
  limit: number,
): number {
  if (draws <= 0) return 0;
  let below = 0;
  const end = Math.min(limit, length);
  for (let k = 0; k < end; k++) below += histogram[offset + k]!;
  return below / draws;
}
