/**
 * Exact counts of holders who stay (the Poisson-binomial distribution). Holder `h` stays with
 * probability 1 − p_h, independently of the others, so the number who stay has
 *
 *   mean  Σ (1 − p_h),   variance  Σ p_h (1 − p_h),
 *
 * and its distribution follows from the recurrence P_{t}(k) = P_{t−1}(k) · p_t + P_{t−1}(k−1) ·
 * (1 − p_t) over the holders t = 1..m (O(m²), or O(m · limit) when only P(< limit) is wanted).
 * These are exact and cheap: the Monte Carlo is checked against them, and the UI may show them
 * beside the simulated figures. `holders` lists person indices into `leaveProbabilities`.
 */

/** Expected number of the holders who stay: Σ (1 − p_h). */
export function expectedHolders(leaveProbabilities: ArrayLike<number>, holders: ArrayLike<number>): number {
  let sum = 0;
  for (let t = 0; t < holders.length; t++) sum += 1 - leaveProbabilities[holders[t]!]!;
  return sum;
}

/** Variance of the number of holders who stay: Σ p_h (1 − p_h). */
export function holderCountVariance(leaveProbabilities: ArrayLike<number>, holders: ArrayLike<number>): number {
  let sum = 0;
  for (let t = 0; t < holders.length; t++) {
    const p = leaveProbabilities[holders[t]!]!;
    sum += p * (1 - p);
  }
  return sum;
}

/** P(exactly k holders stay) for k = 0..holders.length. */
export function holderCountDistribution(
  leaveProbabilities: ArrayLike<number>,
  holders: ArrayLike<number>,
): Float64Array {
  return truncatedDistribution(leaveProbabilities, holders, holders.length + 1);
}

/** P(fewer than `minHolders` holders stay), e.g. the bus factor with `minHolders` = 2. */
export function probabilityFewerHolders(
  leaveProbabilities: ArrayLike<number>,
  holders: ArrayLike<number>,
  minHolders: number,
): number {
  if (minHolders <= 0) return 0;
  if (minHolders > holders.length) return 1;
  const distribution = truncatedDistribution(leaveProbabilities, holders, minHolders);
  let sum = 0;
  for (let k = 0; k < minHolders; k++) sum += distribution[k]!;
  return sum > 1 ? 1 : sum;
}

/**
 * Smallest k with P(X ≤ k) ≥ q: the same quantile definition as the simulation's `p10`
 * (`countQuantile`), here from the exact distribution.
 */
export function exactHolderQuantile(
  leaveProbabilities: ArrayLike<number>,
  holders: ArrayLike<number>,
  q: number,
): number {
  const distribution = holderCountDistribution(leaveProbabilities, holders);
  let cumulative = 0;
  for (let k = 0; k < distribution.length; k++) {
    cumulative += distribution[k]!;
    if (cumulative >= q) return k;
  }
  return distribution.length - 1;
}

/** P(X = k) for k < size only; the mass above is dropped, which the recurrence allows. */
function truncatedDistribution(
  leaveProbabilities: ArrayLike<number>,
  holders: ArrayLike<number>,
  size: number,
): Float64Array {
  const distribution = new Float64Array(size);
  distribution[0] = 1;
  for (let t = 0; t < holders.length; t++) {
    const leave = leaveProbabilities[holders[t]!]!;
    const stay = 1 - leave;
    const top = Math.min(t + 1, size - 1);
    for (let k = top; k > 0; k--) distribution[k] = distribution[k]! * leave + distribution[k - 1]! * stay;
    distribution[0] = distribution[0]! * leave;
  }
  return distribution;
}
