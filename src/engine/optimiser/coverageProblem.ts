import { closestSiteCosts, type ClosestSiteCosts } from './closestSiteCosts';
import { checkCount, checkLength, checkNonNegative } from './problemChecks';
import { optimiserError, type ProblemResult } from './optimiserTypes';

/**
 * Maximal covering location for the field technicians' service points (docs/hub-placement.md, *coverage*;
 * Church and ReVelle, 1974, as in PySAL spopt `MCLP`).
 *
 * Sets and data
 *   i ∈ I   demand points (localities), weight w_i ≥ 0 (employees or PCs)
 *   j ∈ J   candidate sites;   d_ij   travel minutes from site j to demand i
 *   T       the coverage limit in minutes;   a_ij = 1 if d_ij ≤ T else 0
 *   R, X    required and excluded sites;   p   the number of sites
 *
 * Model
 *   maximise   Σ_i w_i z_i / Σ_i w_i                    covered demand share
 *   subject to z_i ≤ Σ_j a_ij y_j         ∀ i          covered only by a chosen site within T
 *              Σ_j y_j = p                             (min(p, allowed sites))
 *              y_j = 1 ∀ j ∈ R;  y_j = 0 ∀ j ∈ X
 *              y_j, z_i ∈ {0, 1}
 *
 * Equivalently: minimise the uncovered weight Σ_i min_{j ∈ S} w_i · [d_ij > T], a p-median
 * with 0/1 costs, which is how the solvers treat it (same enumeration, same fast interchange).
 */
export interface CoverageProblem {
  readonly kind: 'coverage';
  readonly demandCount: number;
  readonly siteCount: number;
  readonly thresholdMinutes: number;
  readonly totalWeight: number;
  readonly demandWeights: Float64Array;
  /** Site-major `w_i · [d_ij > T]`. */
  readonly uncovered: ClosestSiteCosts;
}

export interface CoverageProblemInput {
  /** `travelMinutes[i * siteCount + j]` from site j to demand point i (≥ 0; Infinity = unreachable). */
  readonly travelMinutes: ArrayLike<number>;
  readonly demandCount: number;
  readonly siteCount: number;
  /** Weight per demand point (≥ 0), e.g. employees or PCs; the sum must be positive. */
  readonly demandWeights: ArrayLike<number>;
  /** T: a demand point is covered when a chosen site is within this many minutes. */
  readonly thresholdMinutes: number;
}

/** Builds a maximal covering problem from a demand × site travel-minute matrix. */
export function createCoverageProblem(input: CoverageProblemInput): ProblemResult<CoverageProblem> {
  const { demandCount, siteCount, thresholdMinutes } = input;
  const failure =
    checkCount('demandCount', demandCount) ??
    checkCount('siteCount', siteCount) ??
    checkLength('travelMinutes', input.travelMinutes, demandCount * siteCount) ??
    checkLength('demandWeights', input.demandWeights, demandCount) ??
    checkNonNegative('travelMinutes', input.travelMinutes, true) ??
    checkNonNegative('demandWeights', input.demandWeights) ??
    checkNonNegative('thresholdMinutes', [thresholdMinutes]);
  if (failure) return failure;
  let totalWeight = 0;
  for (let i = 0; i < demandCount; i++) totalWeight += input.demandWeights[i]!;
  if (!(totalWeight > 0)) return optimiserError('noDemandWeight', { demandCount });
  const weights = input.demandWeights;
  return {
    ok: true,
    problem: {
      kind: 'coverage',
      demandCount,
      siteCount,
      thresholdMinutes,
      totalWeight,
      demandWeights: Float64Array.from(weights),
      uncovered: closestSiteCosts(input.travelMinutes, demandCount, siteCount, (minutes, i) =>
        minutes <= thresholdMinutes ? 0 : weights[i]!,
      ),
    },
  };
}
