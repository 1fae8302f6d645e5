import type { CoverageProblem } from './coverageProblem';
import type { MedianProblem } from './medianProblem';
import { checkNonNegative } from './problemChecks';
import { optimiserError, type ProblemResult } from './optimiserTypes';

/**
 * Mixed placement (docs/hub-placement.md, *mixed*): p sites that serve both as hubs for the functions and
 * as service points for the field technicians.
 *
 *   maximise   w · C(S) + (1 − w) · T₀ / M(S)
 *
 *   C(S)   covered demand share of the maximal covering problem on S (see `coverageProblem`)
 *   M(S)   the capacitated p-median cost on S: min Σ_i c_ij x_ij with each function at one
 *          site of S and Σ_i h_i x_ij ≤ K_j (see `medianProblem`); S infeasible if none fits
 *   T₀     today's total commute minutes (a constant);  w ∈ [0, 1], default 0.5
 *   |S| = p (min(p, allowed sites)), R ⊆ S, S ∩ X = ∅
 *
 * M(S) is floored at 1 minute so the ratio stays finite. Both terms can only improve when a
 * site is added, so the solvers bound a partial set by the coverage and uncapacitated median
 * of "everything still available".
 */
export interface MixedProblem {
  readonly kind: 'mixed';
  readonly siteCount: number;
  readonly median: MedianProblem;
  readonly coverage: CoverageProblem;
  readonly todayTotalMinutes: number;
  readonly coverageWeight: number;
}

export interface MixedProblemInput {
  readonly median: MedianProblem;
  readonly coverage: CoverageProblem;
  /** T₀ > 0: today's total one-way commute minutes of the same people as the median costs. */
  readonly todayTotalMinutes: number;
  /** w ∈ [0, 1]; default 0.5. */
  readonly coverageWeight?: number;
}

/** Combines a median and a coverage problem over the same candidate sites. */
export function createMixedProblem(input: MixedProblemInput): ProblemResult<MixedProblem> {
  const coverageWeight = input.coverageWeight ?? 0.5;
  if (input.median.siteCount !== input.coverage.siteCount) {
    return optimiserError('siteCountMismatch', {
      medianSites: input.median.siteCount,
      coverageSites: input.coverage.siteCount,
    });
  }
  const failure = checkNonNegative('todayTotalMinutes', [input.todayTotalMinutes]);
  if (failure) return failure;
  if (!(input.todayTotalMinutes > 0)) {
    return optimiserError('invalidNumber', { field: 'todayTotalMinutes', index: 0, value: input.todayTotalMinutes });
  }
  if (!(coverageWeight >= 0 && coverageWeight <= 1)) {
    return optimiserError('invalidNumber', { field: 'coverageWeight', index: 0, value: String(coverageWeight) });
  }
  return {
    ok: true,
    problem: {
      kind: 'mixed',
      siteCount: input.median.siteCount,
      median: input.median,
      coverage: input.coverage,
      todayTotalMinutes: input.todayTotalMinutes,
      coverageWeight,
    },
  };
}
