import { closestSiteCosts, type ClosestSiteCosts } from './closestSiteCosts';
import type { CapacitatedCosts } from './capacitatedAllocation';
import { checkCount, checkLength, checkNonNegative } from './problemChecks';
import type { ProblemResult } from './optimiserTypes';

/**
 * Capacitated p-median for the head office and hub functions (docs/hub-placement.md, *median*).
 *
 * Sets and data
 *   i ∈ I   functions (head office, infrastructure, security, service desk, workplace, ...)
 *   j ∈ J   candidate sites
 *   c_ij    total one-way commute minutes of function i's people if i sits at j
 *   h_i     headcount of function i;   K_j   desks at site j (∞ when not given)
 *   R ⊆ J   required sites;   X ⊆ J   excluded sites;   p   the most sites to use
 *
 * Model
 *   minimise   Σ_i Σ_j c_ij x_ij
 *   subject to Σ_j x_ij = 1              ∀ i          each function at one site
 *              x_ij ≤ y_j                ∀ i, j       only at chosen sites
 *              Σ_i h_i x_ij ≤ K_j y_j    ∀ j          desks
 *              Σ_j y_j ≤ p                            at most p sites
 *              y_j = 1 ∀ j ∈ R;  y_j = 0 ∀ j ∈ X
 *              x_ij, y_j ∈ {0, 1}
 *
 * Because the constraint is "at most p", adding a site never makes the optimum worse. Without
 * capacities each function simply goes to its cheapest chosen site (the classic p-median of
 * Hakimi, 1964, as in PySAL spopt `PMedian`); with capacities the allocation for a given site
 * set is a small generalized assignment, solved exactly (`allocateCapacitated`).
 */
export interface MedianProblem {
  readonly kind: 'median';
  readonly functionCount: number;
  readonly siteCount: number;
  /** Client-major costs and the capacity data, for the exact allocation. */
  readonly allocation: CapacitatedCosts;
  /** Whether any site has a finite capacity. */
  readonly capacitated: boolean;
  /** Site-major costs, for the sum-of-closest bounds and swap deltas. */
  readonly costs: ClosestSiteCosts;
}

export interface MedianProblemInput {
  /** `costMinutes[i * siteCount + j]`: function i's total one-way commute minutes at site j (finite, ≥ 0). */
  readonly costMinutes: ArrayLike<number>;
  readonly functionCount: number;
  readonly siteCount: number;
  /** People per function (≥ 0). */
  readonly headcounts: ArrayLike<number>;
  /** Desks per site (≥ 0, Infinity = unlimited); omitted = no capacities. */
  readonly siteCapacities?: ArrayLike<number>;
}

/** Builds a p-median problem from a function × site cost matrix (copied: the input stays the caller's). */
export function createMedianProblem(input: MedianProblemInput): ProblemResult<MedianProblem> {
  const { functionCount, siteCount } = input;
  const failure =
    checkCount('functionCount', functionCount) ??
    checkCount('siteCount', siteCount) ??
    checkLength('costMinutes', input.costMinutes, functionCount * siteCount) ??
    checkLength('headcounts', input.headcounts, functionCount) ??
    (input.siteCapacities ? checkLength('siteCapacities', input.siteCapacities, siteCount) : null) ??
    checkNonNegative('costMinutes', input.costMinutes) ??
    checkNonNegative('headcounts', input.headcounts) ??
    (input.siteCapacities ? checkNonNegative('siteCapacities', input.siteCapacities, true) : null);
  if (failure) return failure;
  const costMinutes = Float64Array.from(input.costMinutes);
  const siteCapacities = input.siteCapacities
    ? Float64Array.from(input.siteCapacities)
    : new Float64Array(siteCount).fill(Infinity);
  const capacitated = siteCapacities.some((capacity) => capacity !== Infinity);
  return {
    ok: true,
    problem: {
      kind: 'median',
      functionCount,
      siteCount,
      allocation: {
        functionCount,
        siteCount,
        costMinutes,
        headcounts: Float64Array.from(input.headcounts),
        siteCapacities,
      },
      capacitated,
      costs: closestSiteCosts(costMinutes, functionCount, siteCount),
    },
  };
}
