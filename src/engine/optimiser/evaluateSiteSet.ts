import type { CoverageProblem } from './coverageProblem';
import type { MedianProblem } from './medianProblem';
import type { MixedProblem } from './mixedProblem';
import { optimiserError, type OptimiserFailure, type SiteSetSolution } from './optimiserTypes';
import { siteObjective } from './siteObjective';

/**
 * The objective of one given site set (a scenario's own sites, today's sites), in the same
 * terms as the optimiser's answers, so both can be shown side by side. Median: the functions
 * go to their cheapest sites of the set within the desks; `capacityTooSmall` if they cannot.
 */
export function evaluateSiteSet(
  problem: MedianProblem | CoverageProblem | MixedProblem,
  sites: readonly number[],
): { readonly ok: true; readonly solution: SiteSetSolution } | OptimiserFailure {
  for (const site of sites) {
    if (!Number.isInteger(site) || site < 0 || site >= problem.siteCount) {
      return optimiserError('siteOutOfRange', { field: 'sites', site, siteCount: problem.siteCount });
    }
  }
  const unique = Int32Array.from(new Set(sites)).sort();
  if (unique.length === 0) return optimiserError('invalidP', { p: 0 });
  const solution = siteObjective(problem).describe(unique, unique);
  return solution ? { ok: true, solution } : optimiserError('capacityTooSmall', { setSize: unique.length });
}
