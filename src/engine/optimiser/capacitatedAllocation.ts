/**
 * Exact allocation of functions to an open site set under desk capacities: the generalized
 * assignment problem
 *
 *     minimise   Σ_i Σ_{j ∈ S} c_ij x_ij
 *     subject to Σ_{j ∈ S} x_ij = 1                ∀ i          (every function at one site)
 *                Σ_i h_i x_ij ≤ K_j                ∀ j ∈ S      (headcount within desks)
 *                x_ij ∈ {0, 1}
 *
 * solved by depth-first branch and bound: functions in order of decreasing headcount, sites in
 * order of increasing cost, and the bound "cost so far + each remaining function at its
 * cheapest site that still has room for it". Exponential in the worst case, instant for the
 * handful of functions of a hub placement; a work limit (bound evaluations) keeps large or
 * pathological inputs bounded: the best allocation found then says `proven: false`, and
 * `stats.unproven` is set (also when the limit struck before any allocation was found). When
 * the nearest-site allocation already fits, it is returned directly (it is optimal).
 */
export interface CapacitatedCosts {
  readonly functionCount: number;
  readonly siteCount: number;
  /** `costMinutes[i * siteCount + j]`. */
  readonly costMinutes: Float64Array;
  readonly headcounts: Float64Array;
  /** Desks per site; Infinity = unlimited. */
  readonly siteCapacities: Float64Array;
}

export interface CapacitatedAllocation {
  readonly totalMinutes: number;
  /** Site index of each function. */
  readonly functionSites: Int32Array;
  /** False when the work limit stopped the search before the optimum was proven. */
  readonly proven: boolean;
}

const capacityTolerance = 1e-9;

function fits(load: number, capacity: number): boolean {
  return load <= capacity + capacityTolerance * Math.max(1, Math.abs(capacity));
}

/**
 * The cheapest capacity-feasible allocation to `openSites` costing less than `costCutoff`,
 * or null when there is none (infeasible, or nothing under the cutoff).
 */
export function allocateCapacitated(
  costs: CapacitatedCosts,
  openSites: ArrayLike<number>,
  costCutoff = Infinity,
  workLimit = 20_000_000,
  stats?: { unproven: boolean },
): CapacitatedAllocation | null {
  const n = costs.functionCount;
  const m = costs.siteCount;
  const q = openSites.length;
  const { costMinutes, headcounts, siteCapacities } = costs;
  if (q === 0)
    return n === 0 && costCutoff > 0 ? { totalMinutes: 0, functionSites: new Int32Array(0), proven: true } : null;

  // Nearest open site for everyone; optimal whenever it respects the capacities.
  const nearestSite = new Int32Array(n);
  const loads = new Float64Array(q);
  let nearestTotal = 0;
  for (let i = 0; i < n; i++) {
    let best = Infinity;
    let bestPosition = 0;
    for (let position = 0; position < q; position++) {
      const value = costMinutes[i * m + openSites[position]!]!;
      if (value < best) {
        best = value;
        bestPosition = position;
      }
    }
    nearestSite[i] = bestPosition;
    loads[bestPosition] = loads[bestPosition]! + headcounts[i]!;
    nearestTotal += best;
  }
  if (nearestTotal >= costCutoff) return null;
  let nearestFits = true;
  for (let position = 0; position < q; position++) {
    if (!fits(loads[position]!, siteCapacities[openSites[position]!]!)) nearestFits = false;
  }
  if (nearestFits) {
    const functionSites = new Int32Array(n);
    for (let i = 0; i < n; i++) functionSites[i] = openSites[nearestSite[i]!]!;
    return { totalMinutes: nearestTotal, functionSites, proven: true };
  }

  // Branch and bound over functions, biggest first (they constrain the most).
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => headcounts[b]! - headcounts[a]! || a - b);
  const localCost = new Float64Array(n * q);
  const siteOrder = new Int32Array(n * q);
  for (let t = 0; t < n; t++) {
    const i = order[t]!;
    for (let position = 0; position < q; position++)
      localCost[t * q + position] = costMinutes[i * m + openSites[position]!]!;
    const positions = Array.from({ length: q }, (_, position) => position).sort(
      (a, b) => localCost[t * q + a]! - localCost[t * q + b]! || a - b,
    );
    for (let k = 0; k < q; k++) siteOrder[t * q + k] = positions[k]!;
  }
  const remaining = new Float64Array(q);
  for (let position = 0; position < q; position++) remaining[position] = siteCapacities[openSites[position]!]!;
  const chosen = new Int32Array(n);
  const bestChosen = new Int32Array(n);
  let incumbent = costCutoff;
  let found = false;
  let work = 0;
  let stopped = false;

  const search = (t: number, cost: number): void => {
    if (stopped) return;
    work += (n - t) * q + 1;
    if (work > workLimit) {
      stopped = true;
      return;
    }
    if (t === n) {
      if (cost < incumbent) {
        incumbent = cost;
        found = true;
        bestChosen.set(chosen);
      }
      return;
    }
    let bound = cost;
    for (let u = t; u < n; u++) {
      const h = headcounts[order[u]!]!;
      let cheapest = Infinity;
      for (let position = 0; position < q; position++) {
        const value = localCost[u * q + position]!;
        if (value < cheapest && fits(h, remaining[position]!)) cheapest = value;
      }
      bound += cheapest;
      if (bound >= incumbent) return;
    }
    const h = headcounts[order[t]!]!;
    for (let k = 0; k < q; k++) {
      const position = siteOrder[t * q + k]!;
      if (!fits(h, remaining[position]!)) continue;
      remaining[position] = remaining[position]! - h;
      chosen[t] = position;
      search(t + 1, cost + localCost[t * q + position]!);
      remaining[position] = remaining[position]! + h;
    }
  };
  search(0, 0);
  if (stopped && stats) stats.unproven = true;
  if (!found) return null;
  const functionSites = new Int32Array(n);
  let totalMinutes = 0;
  for (let t = 0; t < n; t++) {
    const i = order[t]!;
    const site = openSites[bestChosen[t]!]!;
    functionSites[i] = site;
    totalMinutes += costMinutes[i * m + site]!;
  }
  return { totalMinutes, functionSites, proven: !stopped };
}
