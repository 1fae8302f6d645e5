/**
 * Entry point of the hub placement optimiser (docs/hub-placement.md). Build a problem from matrices
 * (`createMedianProblem`, `createCoverageProblem`, `createMixedProblem`; each module states
 * its model), then call `optimiseMedian` / `optimiseCoverage` / `optimiseMixed`:
 *
 *   - exact: branch-and-bound enumeration of every admissible site set when there are at most
 *     `exactCombinationLimit` of them (default 200 000: 20 sites and p = 6 give 38 760);
 *   - heuristic: GRASP (greedy + randomised greedy starts, fast-interchange vertex
 *     substitution) with path relinking, deterministic for `seed`;
 *   - greedy: the plain greedy construction, as a baseline.
 *
 * Every run returns the best set and the next best distinct sets with their values, or a
 * typed error; progress and cancellation go through `OptimiserControl`.
 */
import { alternativePool } from './alternativePool';
import { closestTotal } from './closestSiteCosts';
import { combinationCount } from './combinationCount';
import type { CoverageProblem } from './coverageProblem';
import { enumerateSiteSets } from './enumerateSiteSets';
import { greedySiteSet } from './greedySiteSet';
import type { MedianProblem } from './medianProblem';
import type { MixedProblem } from './mixedProblem';
import { optimiserOptionsSchema, type OptimiserOptionsInput } from './optimiserOptions';
import {
  optimiserError,
  type OptimiserControl,
  type OptimiserResult,
  type OptimiserWarning,
  type SiteSetSolution,
} from './optimiserTypes';
import { searchSiteSets } from './searchSiteSets';
import { siteObjective } from './siteObjective';
import { siteSelection, type SiteSelection } from './siteSelection';

type PlacementProblem = MedianProblem | CoverageProblem | MixedProblem;

function medianPart(problem: PlacementProblem): MedianProblem | null {
  if (problem.kind === 'median') return problem;
  return problem.kind === 'mixed' ? problem.median : null;
}

/**
 * Necessary conditions for a capacity-feasible set: every function fits some allowed site,
 * and the largest `setSize` allowed capacities (required ones always in) hold everyone.
 */
function capacityShortfall(median: MedianProblem, selection: SiteSelection): OptimiserResult | null {
  if (!median.capacitated) return null;
  const { headcounts, siteCapacities } = median.allocation;
  let people = 0;
  let biggest = 0;
  for (const h of headcounts) {
    people += h;
    biggest = Math.max(biggest, h);
  }
  const freeCapacities = Array.from(selection.free, (site) => siteCapacities[site]!).sort((a, b) => b - a);
  let desks = 0;
  for (const site of selection.required) desks += siteCapacities[site]!;
  for (let k = 0; k < selection.setSize - selection.required.length; k++) desks += freeCapacities[k]!;
  const largestSite = Math.max(
    0,
    ...Array.from(selection.required, (site) => siteCapacities[site]!),
    ...freeCapacities,
  );
  if (people > desks * (1 + 1e-9) || biggest > largestSite * (1 + 1e-9)) {
    return optimiserError('capacityTooSmall', { people, desks, largestFunction: biggest, largestSite });
  }
  return null;
}

/**
 * Solves a median, coverage or mixed problem for the given options: exact enumeration when
 * the number of site sets is small enough (or `method: 'exact'`), otherwise the heuristic;
 * `method: 'greedy'` returns the plain greedy construction as a baseline.
 */
export function optimiseSiteSet(
  problem: PlacementProblem,
  optionsInput: OptimiserOptionsInput,
  control: OptimiserControl = {},
): OptimiserResult {
  const parsed = optimiserOptionsSchema.safeParse(optionsInput);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return optimiserError('invalidOptions', { path: issue?.path.join('.') ?? '', reason: issue?.code ?? 'invalid' });
  }
  const options = parsed.data;
  const median = medianPart(problem);
  const usefulSites =
    problem.kind === 'median' ? new Set(options.requiredSites).size + problem.functionCount : Infinity;
  const selection = siteSelection(problem.siteCount, options, usefulSites);
  if ('ok' in selection) return selection;
  if (median) {
    const shortfall = capacityShortfall(median, selection);
    if (shortfall) return shortfall;
  }
  if (control.signal?.aborted) return optimiserError('cancelled', {});
  const objective = siteObjective(problem);
  const poolSize = options.alternatives + 1;
  const combinations = combinationCount(selection.free.length, selection.setSize - selection.required.length);
  const method =
    options.method === 'auto'
      ? combinations <= options.exactCombinationLimit
        ? 'exact'
        : 'heuristic'
      : options.method;

  let outcome;
  if (method === 'exact') outcome = enumerateSiteSets(objective, selection, poolSize, control);
  else if (method === 'heuristic') outcome = searchSiteSets(objective, selection, options, poolSize, control);
  else {
    const sites = greedySiteSet(objective, selection);
    const pool = alternativePool(1);
    const totals = objective.components.map((costs) => closestTotal(costs, sites));
    const value = objective.boundIsExact ? objective.bound(totals) : objective.exact(sites, totals, Infinity);
    pool.offer(value, () => objective.canonical(sites, selection.required));
    control.onProgress?.(1);
    outcome = { pool, complete: true, evaluatedSets: 1 };
  }

  const solutions: SiteSetSolution[] = [];
  for (const entry of outcome.pool.entries) {
    const solution = objective.describe(entry.sites, selection.required);
    if (solution) solutions.push(solution);
  }
  const best = solutions[0];
  if (!best) {
    if (!outcome.complete) return optimiserError('cancelled', {});
    return optimiserError(method === 'exact' && median ? 'capacityTooSmall' : 'noFeasibleSetFound', {
      setSize: selection.setSize,
    });
  }
  const warnings: OptimiserWarning[] = [...selection.warnings];
  if (objective.notes.allocationUnproven) warnings.push({ code: 'allocationNodeLimit', params: {} });
  if (!outcome.complete) warnings.push({ code: 'cancelled', params: {} });
  return {
    ok: true,
    objective: problem.kind,
    method,
    complete: outcome.complete,
    best,
    alternatives: solutions.slice(1),
    setSize: selection.setSize,
    evaluatedSets: outcome.evaluatedSets,
    warnings,
  };
}

/** Capacitated p-median of the functions (see `medianProblem` for the model). */
export function optimiseMedian(
  problem: MedianProblem,
  options: OptimiserOptionsInput,
  control?: OptimiserControl,
): OptimiserResult {
  return optimiseSiteSet(problem, options, control);
}

/** Maximal covering of the demand by service points (see `coverageProblem`). */
export function optimiseCoverage(
  problem: CoverageProblem,
  options: OptimiserOptionsInput,
  control?: OptimiserControl,
): OptimiserResult {
  return optimiseSiteSet(problem, options, control);
}

/** Sites that serve as hubs and service points at once (see `mixedProblem`). */
export function optimiseMixed(
  problem: MixedProblem,
  options: OptimiserOptionsInput,
  control?: OptimiserControl,
): OptimiserResult {
  return optimiseSiteSet(problem, options, control);
}
