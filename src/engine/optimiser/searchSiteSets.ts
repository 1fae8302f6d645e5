import { alternativePool, type AlternativePool } from './alternativePool';
import { closestSiteOrder, closestState, closestTotal, swapTotals } from './closestSiteCosts';
import { greedySiteSet } from './greedySiteSet';
import { randomStream } from '../random';
import type { OptimiserOptions } from './optimiserOptions';
import type { OptimiserControl } from './optimiserTypes';
import type { SiteObjective } from './siteObjective';
import type { SiteSelection } from './siteSelection';

export interface SearchOutcome {
  readonly pool: AlternativePool;
  readonly complete: boolean;
  readonly evaluatedSets: number;
}

interface Located {
  sites: Int32Array;
  value: number;
}

const relativeImprovement = 1e-10;

/**
 * Heuristic for instances too large to enumerate (GRASP with path relinking, after Resende
 * and Werneck, 2004):
 *
 * 1. construction: the plain greedy (start 0), then randomised greedy (`greedySiteSet`), each
 *    start drawing its candidate-list size from 2..`candidateListSize` (a fixed narrow list
 *    kept every start in one basin on some capacitated instances);
 * 2. local search: best-improvement vertex substitution (Teitz and Bart, 1968) over all
 *    (in, out) pairs, all valued by one fast-interchange pass (`swapTotals`, sparse
 *    Resende–Werneck form); with capacities those values are lower bounds, and the exact
 *    allocation runs on the pairs in bound order until no remaining bound can win;
 * 3. path relinking: from each elite local optimum towards the best and back, one best swap
 *    at a time; the best set strictly between the two ends is locally optimised.
 *
 * Required sites are never swapped out, excluded sites never in. Deterministic for a seed.
 */
export function searchSiteSets(
  objective: SiteObjective,
  selection: SiteSelection,
  options: Pick<OptimiserOptions, 'seed' | 'starts' | 'candidateListSize' | 'pathRelinking' | 'eliteSize'>,
  poolSize: number,
  control: OptimiserControl = {},
): SearchOutcome {
  const pool = alternativePool(poolSize);
  const { required, free } = selection;
  const fixedCount = required.length;
  const components = objective.components;
  const random = randomStream(options.seed, 'optimiser');
  const siteOrders = components.map((costs) => closestSiteOrder(costs));
  let evaluatedSets = 0;
  let cancelled = false;
  const aborted = (): boolean => {
    if (!cancelled && control.signal?.aborted) cancelled = true;
    return cancelled;
  };
  const canonicalOf = (sites: Int32Array) => () => objective.canonical(sites, required);

  const evaluate = (sites: Int32Array): number => {
    evaluatedSets += 1;
    const totals = components.map((costs) => closestTotal(costs, sites));
    const value = objective.boundIsExact ? objective.bound(totals) : objective.exact(sites, totals, Infinity);
    pool.offer(value, canonicalOf(Int32Array.from(sites)));
    return value;
  };

  /** The best pair (in a, out position) by exact value; the pool is offered what it may keep. */
  const bestSwap = (
    sites: Int32Array,
    inSites: Int32Array,
    outPositions: Int32Array,
  ): { value: number; pair: number } => {
    const outCount = outPositions.length;
    const pairCount = inSites.length * outCount;
    const tables = components.map((costs, c) => {
      const table = new Float64Array(pairCount);
      swapTotals(costs, closestState(costs, sites), sites.length, inSites, outPositions, table, siteOrders[c]);
      return table;
    });
    const totals = new Float64Array(components.length);
    const lower = new Float64Array(pairCount);
    for (let pair = 0; pair < pairCount; pair++) {
      for (let c = 0; c < components.length; c++) totals[c] = tables[c]![pair]!;
      lower[pair] = objective.bound(totals);
    }
    const swapped = (pair: number): Int32Array => {
      const next = Int32Array.from(sites);
      next[outPositions[pair % outCount]!] = inSites[Math.floor(pair / outCount)]!;
      return next;
    };
    let best = Infinity;
    let bestPair = -1;
    if (objective.boundIsExact) {
      evaluatedSets += pairCount;
      const threshold = pool.threshold();
      const entering: number[] = [];
      for (let pair = 0; pair < pairCount; pair++) {
        const value = lower[pair]!;
        if (value < best) {
          best = value;
          bestPair = pair;
        }
        if (value <= threshold) entering.push(pair);
      }
      // Best first, so the pool fills and its threshold tightens before many sets are built.
      entering.sort((a, b) => lower[a]! - lower[b]! || a - b);
      for (const pair of entering) {
        if (lower[pair]! > pool.threshold()) break;
        pool.offer(lower[pair]!, () => objective.canonical(swapped(pair), required));
      }
      return { value: best, pair: bestPair };
    }
    const order = Array.from({ length: pairCount }, (_, pair) => pair).sort((a, b) => lower[a]! - lower[b]! || a - b);
    for (const pair of order) {
      const limit = best < Infinity ? Math.max(best, pool.threshold()) : Infinity;
      if (lower[pair]! >= limit) break;
      const next = swapped(pair);
      for (let c = 0; c < components.length; c++) totals[c] = tables[c]![pair]!;
      evaluatedSets += 1;
      const value = objective.exact(next, totals, limit);
      pool.offer(value, canonicalOf(next));
      if (value < best) {
        best = value;
        bestPair = pair;
      }
    }
    return { value: best, pair: bestPair };
  };

  const outPositionsAll = Int32Array.from({ length: selection.setSize - fixedCount }, (_, k) => fixedCount + k);
  const missing = (sites: Int32Array, from: Int32Array): Int32Array => {
    const inSet = new Uint8Array(objective.siteCount);
    for (const site of sites) inSet[site] = 1;
    return from.filter((site) => !inSet[site]);
  };

  const localSearch = (start: Int32Array): Located => {
    const sites = Int32Array.from(start);
    let value = evaluate(sites);
    while (!aborted()) {
      const inSites = missing(sites, free);
      if (inSites.length === 0 || outPositionsAll.length === 0) break;
      const move = bestSwap(sites, inSites, outPositionsAll);
      if (move.pair < 0 || !(move.value < value - relativeImprovement * Math.max(1, Math.abs(value)))) break;
      sites[outPositionsAll[move.pair % outPositionsAll.length]!] =
        inSites[Math.floor(move.pair / outPositionsAll.length)]!;
      value = evaluate(sites);
    }
    return { sites, value };
  };

  const relink = (from: Int32Array, guide: Int32Array): Located | null => {
    const sites = Int32Array.from(from);
    let bestMiddle: Located | null = null;
    while (!aborted()) {
      const inSites = missing(sites, guide);
      if (inSites.length <= 1) break; // one more swap would reach the guide itself
      const inGuide = new Uint8Array(objective.siteCount);
      for (const site of guide) inGuide[site] = 1;
      const outPositions = outPositionsAll.filter((position) => !inGuide[sites[position]!]);
      const move = bestSwap(sites, inSites, outPositions);
      const pair = Math.max(0, move.pair);
      sites[outPositions[pair % outPositions.length]!] = inSites[Math.floor(pair / outPositions.length)]!;
      if (move.value < (bestMiddle?.value ?? Infinity))
        bestMiddle = { sites: Int32Array.from(sites), value: move.value };
    }
    return bestMiddle ? localSearch(bestMiddle.sites) : null;
  };

  const elite: Located[] = [];
  const addElite = (found: Located): void => {
    if (!(found.value < Infinity)) return;
    const key = Int32Array.from(found.sites).sort().join(',');
    if (elite.some((entry) => Int32Array.from(entry.sites).sort().join(',') === key)) return;
    elite.push(found);
    elite.sort((a, b) => a.value - b.value);
    if (elite.length > options.eliteSize) elite.pop();
  };

  const relinkPairs = options.pathRelinking ? 2 * (options.eliteSize - 1) : 0;
  const totalUnits = options.starts + relinkPairs;
  let doneUnits = 0;
  const progress = (): void => {
    doneUnits += 1;
    control.onProgress?.(Math.min(1, doneUnits / totalUnits));
  };

  for (let start = 0; start < options.starts && !aborted(); start++) {
    const constructed =
      start === 0
        ? greedySiteSet(objective, selection, null, 1, siteOrders)
        : greedySiteSet(
            objective,
            selection,
            random,
            2 + Math.floor(random() * (options.candidateListSize - 1)),
            siteOrders,
          );
    addElite(localSearch(constructed));
    progress();
  }
  if (options.pathRelinking && elite.length >= 2) {
    const guides = elite.slice();
    const best = guides[0]!;
    for (const other of guides.slice(1)) {
      if (aborted()) break;
      const forward = relink(other.sites, best.sites);
      if (forward) addElite(forward);
      progress();
      if (aborted()) break;
      const backward = relink(best.sites, other.sites);
      if (backward) addElite(backward);
      progress();
    }
  }
  if (!cancelled) control.onProgress?.(1);
  return { pool, complete: !cancelled, evaluatedSets };
}
