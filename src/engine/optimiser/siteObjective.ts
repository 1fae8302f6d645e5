import { allocateCapacitated } from './capacitatedAllocation';
import { closestState, closestTotal, type ClosestSiteCosts } from './closestSiteCosts';
import type { CoverageProblem } from './coverageProblem';
import type { MedianProblem } from './medianProblem';
import type { MixedProblem } from './mixedProblem';
import type { OptimiserObjectiveKind, SiteSetSolution } from './optimiserTypes';

/**
 * The solvers' common view of the three objectives: a value to minimise that is a monotone
 * function of one or two sum-of-closest totals (uncovered weight U, uncapacitated median
 * cost A). With capacities the true median cost is ≥ A, so `bound` is a lower bound and
 * `exact` runs the capacitated allocation. Internal values: median → A_cap; coverage → U;
 * mixed → −score.
 */
export interface SiteObjective {
  readonly kind: OptimiserObjectiveKind;
  readonly siteCount: number;
  readonly components: readonly ClosestSiteCosts[];
  /** True when `bound` equals the exact value for every feasible set (no capacities). */
  readonly boundIsExact: boolean;
  /** Lower bound on the value from the component totals (exact when `boundIsExact`). */
  bound(totals: ArrayLike<number>): number;
  /** The exact value; Infinity when the set is infeasible or its value is provably ≥ `cutoff`. */
  exact(sites: ArrayLike<number>, totals: ArrayLike<number>, cutoff: number): number;
  /** The site set alternatives are told apart by (median: the sites actually used, plus the required). */
  canonical(sites: ArrayLike<number>, required: Int32Array): Int32Array | null;
  /** The full solution of a set, or null when it is infeasible. */
  describe(sites: ArrayLike<number>, required: Int32Array): SiteSetSolution | null;
  /** Set when some capacitated allocation hit its node limit. */
  readonly notes: { allocationUnproven: boolean };
}

const minimumMedianMinutes = 1;

function sortedSites(sites: ArrayLike<number>): Int32Array {
  return Int32Array.from(sites).sort();
}

function coverageFigures(
  problem: CoverageProblem,
  sites: ArrayLike<number>,
): { coveredWeight: number; coverageShare: number } {
  const state = closestState(problem.uncovered, sites);
  let coveredWeight = 0;
  for (let i = 0; i < problem.demandCount; i++) if (state.nearest[i] === 0) coveredWeight += problem.demandWeights[i]!;
  return { coveredWeight, coverageShare: coveredWeight / problem.totalWeight };
}

function medianObjective(problem: MedianProblem): SiteObjective {
  const notes = { allocationUnproven: false };
  const allocate = (sites: ArrayLike<number>, cutoff: number) => {
    const stats = { unproven: false };
    const allocation = allocateCapacitated(problem.allocation, sites, cutoff, undefined, stats);
    if (stats.unproven) notes.allocationUnproven = true;
    return allocation;
  };
  return {
    kind: 'median',
    siteCount: problem.siteCount,
    components: [problem.costs],
    boundIsExact: !problem.capacitated,
    notes,
    bound: (totals) => totals[0]!,
    exact: (sites, totals, cutoff) =>
      problem.capacitated ? (allocate(sites, cutoff)?.totalMinutes ?? Infinity) : totals[0]!,
    canonical: (sites, required) => {
      const allocation = allocate(sites, Infinity);
      if (!allocation) return null;
      return sortedSites([...new Set([...allocation.functionSites, ...required])]);
    },
    describe: (sites, required) => {
      const allocation = allocate(sites, Infinity);
      if (!allocation) return null;
      return {
        sites: [...sortedSites([...new Set([...allocation.functionSites, ...required])])],
        value: allocation.totalMinutes,
        medianTotalMinutes: allocation.totalMinutes,
        functionSites: allocation.functionSites,
      };
    },
  };
}

function coverageObjective(problem: CoverageProblem): SiteObjective {
  return {
    kind: 'coverage',
    siteCount: problem.siteCount,
    components: [problem.uncovered],
    boundIsExact: true,
    notes: { allocationUnproven: false },
    bound: (totals) => totals[0]!,
    exact: (_sites, totals) => totals[0]!,
    canonical: (sites) => sortedSites(sites),
    describe: (sites) => {
      const figures = coverageFigures(problem, sites);
      return { sites: [...sortedSites(sites)], value: figures.coverageShare, ...figures };
    },
  };
}

function mixedObjective(problem: MixedProblem): SiteObjective {
  const { coverage, median, todayTotalMinutes: today, coverageWeight: w } = problem;
  const notes = { allocationUnproven: false };
  const score = (uncovered: number, medianMinutes: number): number =>
    w * (1 - uncovered / coverage.totalWeight) + ((1 - w) * today) / Math.max(medianMinutes, minimumMedianMinutes);
  const allocate = (sites: ArrayLike<number>, cutoff: number) => {
    const stats = { unproven: false };
    const allocation = allocateCapacitated(median.allocation, sites, cutoff, undefined, stats);
    if (stats.unproven) notes.allocationUnproven = true;
    return allocation;
  };
  return {
    kind: 'mixed',
    siteCount: problem.siteCount,
    components: [coverage.uncovered, median.costs],
    boundIsExact: !median.capacitated,
    notes,
    bound: (totals) => -score(totals[0]!, totals[1]!),
    exact: (sites, totals, cutoff) => {
      if (!median.capacitated) return -score(totals[0]!, totals[1]!);
      // The largest median cost that could still beat the cutoff: −score < cutoff.
      const needed = -cutoff - w * (1 - totals[0]! / coverage.totalWeight);
      let medianCutoff = Infinity;
      if (needed > 0) {
        medianCutoff = ((1 - w) * today) / needed;
        if (medianCutoff <= minimumMedianMinutes) return Infinity;
      }
      const allocation = allocate(sites, medianCutoff);
      return allocation ? -score(totals[0]!, allocation.totalMinutes) : Infinity;
    },
    canonical: (sites) => sortedSites(sites),
    describe: (sites) => {
      const allocation = allocate(sites, Infinity);
      if (!allocation) return null;
      const figures = coverageFigures(coverage, sites);
      const uncovered = closestTotal(coverage.uncovered, sites);
      return {
        sites: [...sortedSites(sites)],
        value: score(uncovered, allocation.totalMinutes),
        medianTotalMinutes: allocation.totalMinutes,
        functionSites: allocation.functionSites,
        ...figures,
        commuteRatio: today / Math.max(allocation.totalMinutes, minimumMedianMinutes),
      };
    },
  };
}

/** The solver view of a median, coverage or mixed problem. */
export function siteObjective(problem: MedianProblem | CoverageProblem | MixedProblem): SiteObjective {
  if (problem.kind === 'median') return medianObjective(problem);
  if (problem.kind === 'coverage') return coverageObjective(problem);
  return mixedObjective(problem);
}
