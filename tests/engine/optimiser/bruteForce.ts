/**
 * Test helpers: random instances and a brute-force reference that shares no code with the
 * solvers (all subsets, all function → site assignments).
 */
import { randomStream } from '../../../src/engine/random';
import { createCoverageProblem } from '../../../src/engine/optimiser/coverageProblem';
import { createMedianProblem, type MedianProblem } from '../../../src/engine/optimiser/medianProblem';
import { createMixedProblem, type MixedProblem } from '../../../src/engine/optimiser/mixedProblem';
import type { CoverageProblem } from '../../../src/engine/optimiser/coverageProblem';

export interface Instance {
  readonly siteCount: number;
  readonly functionCount: number;
  readonly demandCount: number;
  /** functionCount × siteCount */
  readonly costMinutes: Float64Array;
  readonly headcounts: Float64Array;
  /** Infinity = unlimited */
  readonly siteCapacities: Float64Array;
  /** demandCount × siteCount */
  readonly travelMinutes: Float64Array;
  readonly demandWeights: Float64Array;
  readonly thresholdMinutes: number;
}

/** Sites, functions and demand points on a 100 × 100 plane; costs are distances (so ties are rare but structure is real). */
export function randomInstance(
  seed: number,
  sizes: { sites: number; functions: number; demand: number; capacities?: boolean },
): Instance {
  const random = randomStream(seed, 'test-instance');
  const point = () => [random() * 100, random() * 100] as const;
  const sites = Array.from({ length: sizes.sites }, point);
  const homes = Array.from({ length: sizes.functions }, point);
  const demand = Array.from({ length: sizes.demand }, point);
  const distance = (a: readonly [number, number], b: readonly [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);
  const headcounts = Float64Array.from(homes, () => 1 + Math.floor(random() * 12));
  const costMinutes = new Float64Array(sizes.functions * sizes.sites);
  homes.forEach((home, i) =>
    sites.forEach((site, j) => (costMinutes[i * sizes.sites + j] = headcounts[i]! * distance(home, site))),
  );
  const travelMinutes = new Float64Array(sizes.demand * sizes.sites);
  demand.forEach((place, i) =>
    sites.forEach((site, j) => (travelMinutes[i * sizes.sites + j] = distance(place, site))),
  );
  const people = headcounts.reduce((a, b) => a + b, 0);
  const siteCapacities = Float64Array.from(sites, () =>
    sizes.capacities ? Math.round(people * (0.25 + random() * 0.6)) : Infinity,
  );
  return {
    siteCount: sizes.sites,
    functionCount: sizes.functions,
    demandCount: sizes.demand,
    costMinutes,
    headcounts,
    siteCapacities,
    travelMinutes,
    demandWeights: Float64Array.from(demand, () => 1 + Math.floor(random() * 50)),
    thresholdMinutes: 20 + random() * 20,
  };
}

/** Every subset of `allowed` with `size` elements that contains `required`. */
export function subsets(allowed: number[], required: number[], sizes: number[]): number[][] {
  const free = allowed.filter((site) => !required.includes(site));
  const out: number[][] = [];
  const pick = (start: number, chosen: number[], size: number) => {
    if (chosen.length === size) {
      out.push([...required, ...chosen].sort((a, b) => a - b));
      return;
    }
    for (let k = start; k < free.length; k++) pick(k + 1, [...chosen, free[k]!], size);
  };
  for (const size of sizes) if (size >= required.length) pick(0, [], size - required.length);
  return out;
}

/** Min-cost capacity-feasible assignment of functions to `sites`, by trying them all. */
export function bruteMedianCost(instance: Instance, sites: number[]): number {
  let best = Infinity;
  const loads = new Map<number, number>();
  const go = (i: number, cost: number) => {
    if (i === instance.functionCount) {
      best = Math.min(best, cost);
      return;
    }
    for (const site of sites) {
      const load = (loads.get(site) ?? 0) + instance.headcounts[i]!;
      if (load > instance.siteCapacities[site]!) continue;
      loads.set(site, load);
      go(i + 1, cost + instance.costMinutes[i * instance.siteCount + site]!);
      loads.set(site, load - instance.headcounts[i]!);
    }
  };
  go(0, 0);
  return best;
}

export function bruteCoverageShare(instance: Instance, sites: number[]): number {
  let covered = 0;
  let total = 0;
  for (let i = 0; i < instance.demandCount; i++) {
    total += instance.demandWeights[i]!;
    if (sites.some((site) => instance.travelMinutes[i * instance.siteCount + site]! <= instance.thresholdMinutes)) {
      covered += instance.demandWeights[i]!;
    }
  }
  return covered / total;
}

export function bruteMixedScore(instance: Instance, sites: number[], todayTotalMinutes: number, w: number): number {
  const median = bruteMedianCost(instance, sites);
  if (median === Infinity) return -Infinity;
  return w * bruteCoverageShare(instance, sites) + ((1 - w) * todayTotalMinutes) / Math.max(median, 1);
}

export function allowedSites(siteCount: number, excluded: number[]): number[] {
  return Array.from({ length: siteCount }, (_, j) => j).filter((j) => !excluded.includes(j));
}

export function medianOf(instance: Instance, withCapacities = true): MedianProblem {
  const result = createMedianProblem({
    costMinutes: instance.costMinutes,
    functionCount: instance.functionCount,
    siteCount: instance.siteCount,
    headcounts: instance.headcounts,
    ...(withCapacities ? { siteCapacities: instance.siteCapacities } : {}),
  });
  if (!result.ok) throw new Error(`median problem: ${result.error.code}`);
  return result.problem;
}

export function coverageOf(instance: Instance): CoverageProblem {
  const result = createCoverageProblem({
    travelMinutes: instance.travelMinutes,
    demandCount: instance.demandCount,
    siteCount: instance.siteCount,
    demandWeights: instance.demandWeights,
    thresholdMinutes: instance.thresholdMinutes,
  });
  if (!result.ok) throw new Error(`coverage problem: ${result.error.code}`);
  return result.problem;
}

export function mixedOf(instance: Instance, todayTotalMinutes: number, coverageWeight: number): MixedProblem {
  const result = createMixedProblem({
    median: medianOf(instance),
    coverage: coverageOf(instance),
    todayTotalMinutes,
    coverageWeight,
  });
  if (!result.ok) throw new Error(`mixed problem: ${result.error.code}`);
  return result.problem;
}

/** Relative closeness for sums taken in different orders. */
export function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
