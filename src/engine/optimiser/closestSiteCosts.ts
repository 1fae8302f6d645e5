/**
 * The building block of every objective here: a "sum of closest" cost
 *
 *     F(S) = Σ_i min_{j ∈ S} c_ij
 *
 * over clients i and a site set S. The p-median cost is F with c_ij = a function's commute
 * minutes at site j; the uncovered demand of maximal covering is F with
 * c_ij = w_i · [d_ij > T]. Costs are stored site-major (`bySite[j · n + i]`) because every hot
 * loop runs over the clients of one site.
 *
 * `swapTotals` is the fast interchange of Whitaker (1983) in the form of Resende and Werneck
 * (2004): with each client's closest cost d1, closest site and second-closest cost d2, the
 * value of swapping site a in for site r is
 *
 *     F(S − r + a) = F(S) + Σ_i min(0, c_ia − d1_i) + Σ_{i: closest(i) = r} max(0, min(d2_i, c_ia) − d1_i)
 *
 * so all p · (m − p) neighbours cost one pass over the clients per candidate a. Given each
 * client's sites in order of cost (`closestSiteOrder`), the same values come from the
 * Resende–Werneck decomposition F(S − r + a) = F(S) − gain(a) + loss(r) − extra(a, r), where
 * only the sites closer to a client than its second-closest chosen site contribute to gain and
 * extra: a handful per client instead of all m.
 */
export interface ClosestSiteCosts {
  readonly clientCount: number;
  readonly siteCount: number;
  /** `bySite[j * clientCount + i]` = c_ij ≥ 0. */
  readonly bySite: Float64Array;
  /** min_j c_ij: a client already at this cost, with an equal second, cannot change any swap. */
  readonly clientFloor: Float64Array;
}

/** Builds site-major costs from a client-major matrix (`clientMajor[i * siteCount + j]`), mapped by `cost`. */
export function closestSiteCosts(
  clientMajor: ArrayLike<number>,
  clientCount: number,
  siteCount: number,
  cost: (value: number, i: number) => number = (value) => value,
): ClosestSiteCosts {
  const bySite = new Float64Array(clientCount * siteCount);
  for (let i = 0; i < clientCount; i++) {
    for (let j = 0; j < siteCount; j++) bySite[j * clientCount + i] = cost(clientMajor[i * siteCount + j]!, i);
  }
  const clientFloor = new Float64Array(clientCount).fill(Infinity);
  for (let j = 0; j < siteCount; j++) {
    for (let i = 0; i < clientCount; i++) clientFloor[i] = Math.min(clientFloor[i]!, bySite[j * clientCount + i]!);
  }
  return { clientCount, siteCount, bySite, clientFloor };
}

/** Each client's closest and second-closest cost within a site set, and F(S). */
export interface ClosestState {
  readonly nearest: Float64Array;
  /** Position (index into the site list) of the closest site. */
  readonly nearestPosition: Int32Array;
  readonly second: Float64Array;
  readonly total: number;
}

export function closestState(costs: ClosestSiteCosts, sites: ArrayLike<number>): ClosestState {
  const n = costs.clientCount;
  const nearest = new Float64Array(n).fill(Infinity);
  const second = new Float64Array(n).fill(Infinity);
  const nearestPosition = new Int32Array(n).fill(-1);
  const c = costs.bySite;
  for (let position = 0; position < sites.length; position++) {
    const base = sites[position]! * n;
    for (let i = 0; i < n; i++) {
      const value = c[base + i]!;
      if (value < nearest[i]!) {
        second[i] = nearest[i]!;
        nearest[i] = value;
        nearestPosition[i] = position;
      } else if (value < second[i]!) second[i] = value;
    }
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += nearest[i]!;
  return { nearest, nearestPosition, second, total };
}

/** F(S) for a site set (Infinity for the empty set with clients). */
export function closestTotal(costs: ClosestSiteCosts, sites: ArrayLike<number>): number {
  return closestState(costs, sites).total;
}

/**
 * For each candidate site a, F(S + a) given the current closest costs (`nearest`, Infinity
 * for an empty S). Written into `out[k]` for `candidates[k]`.
 */
export function additionTotals(
  costs: ClosestSiteCosts,
  nearest: Float64Array,
  candidates: ArrayLike<number>,
  out: Float64Array,
  siteOrder?: SiteOrder,
): void {
  const n = costs.clientCount;
  const c = costs.bySite;
  let current = 0;
  for (let i = 0; i < n; i++) current += nearest[i]!;
  if (siteOrder && current < Infinity) {
    // F(S + a) = F(S) − Σ_i max(0, d1_i − c_ia): only sites closer than a client's d1 count.
    const m = costs.siteCount;
    const { sites: orderedSites, costs: orderedCosts } = siteOrder;
    const candidateIndex = new Int32Array(m).fill(-1);
    for (let k = 0; k < candidates.length; k++) candidateIndex[candidates[k]!] = k;
    const gain = new Float64Array(candidates.length);
    for (let i = 0; i < n; i++) {
      const d1 = nearest[i]!;
      for (let t = i * m, end = t + m; t < end; t++) {
        const value = orderedCosts[t]!;
        if (value >= d1) break;
        const k = candidateIndex[orderedSites[t]!]!;
        if (k >= 0) gain[k] = gain[k]! + (d1 - value);
      }
    }
    for (let k = 0; k < candidates.length; k++) out[k] = current - gain[k]!;
    return;
  }
  for (let k = 0; k < candidates.length; k++) {
    const base = candidates[k]! * n;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const value = c[base + i]!;
      const current = nearest[i]!;
      total += value < current ? value : current;
    }
    out[k] = total;
  }
}

/**
 * Each client's sites by increasing cost, client-major so the sparse loops read memory in
 * order: `sites[i * siteCount + t]` is client i's t-th cheapest site, `costs[...]` its cost.
 */
export interface SiteOrder {
  readonly sites: Int32Array;
  readonly costs: Float64Array;
}

export function closestSiteOrder(costs: ClosestSiteCosts): SiteOrder {
  const n = costs.clientCount;
  const m = costs.siteCount;
  const order = new Int32Array(n * m);
  const orderedCosts = new Float64Array(n * m);
  const row = new Float64Array(m);
  const indices = new Int32Array(m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      row[j] = costs.bySite[j * n + i]!;
      indices[j] = j;
    }
    indices.sort((a, b) => row[a]! - row[b]! || a - b);
    order.set(indices, i * m);
    for (let t = 0; t < m; t++) orderedCosts[i * m + t] = row[indices[t]!]!;
  }
  return { sites: order, costs: orderedCosts };
}

/**
 * F(S − sites[outPositions[o]] + inSites[a]) for every pair, written to
 * `out[a * outPositions.length + o]`. With `siteOrder` (from `closestSiteOrder`) the sparse
 * gain/loss/extra decomposition is used; without it, one pass over all clients per candidate.
 */
export function swapTotals(
  costs: ClosestSiteCosts,
  state: ClosestState,
  siteListLength: number,
  inSites: ArrayLike<number>,
  outPositions: ArrayLike<number>,
  out: Float64Array,
  siteOrder?: SiteOrder,
): void {
  if (siteOrder && siteListLength >= 2) {
    sparseSwapTotals(costs, state, siteListLength, inSites, outPositions, out, siteOrder);
    return;
  }
  const n = costs.clientCount;
  const c = costs.bySite;
  const { nearest, nearestPosition, second, total } = state;
  const lossByPosition = new Float64Array(siteListLength);
  const outCount = outPositions.length;
  // Clients at their floor cost with an equal second (e.g. covered twice) add nothing to any pair.
  const relevant = new Int32Array(n);
  let relevantCount = 0;
  for (let i = 0; i < n; i++) {
    if (nearest[i]! > costs.clientFloor[i]! || second[i]! > nearest[i]!) relevant[relevantCount++] = i;
  }
  for (let a = 0; a < inSites.length; a++) {
    const base = inSites[a]! * n;
    lossByPosition.fill(0);
    let gain = 0;
    for (let r = 0; r < relevantCount; r++) {
      const i = relevant[r]!;
      const value = c[base + i]!;
      const d1 = nearest[i]!;
      if (value < d1) gain += value - d1;
      else {
        const d2 = second[i]!;
        lossByPosition[nearestPosition[i]!] = lossByPosition[nearestPosition[i]!]! + (value < d2 ? value : d2) - d1;
      }
    }
    const row = a * outCount;
    for (let o = 0; o < outCount; o++) out[row + o] = total + gain + lossByPosition[outPositions[o]!]!;
  }
}

function sparseSwapTotals(
  costs: ClosestSiteCosts,
  state: ClosestState,
  siteListLength: number,
  inSites: ArrayLike<number>,
  outPositions: ArrayLike<number>,
  out: Float64Array,
  siteOrder: SiteOrder,
): void {
  const n = costs.clientCount;
  const m = costs.siteCount;
  const q = siteListLength;
  const { sites: orderedSites, costs: orderedCosts } = siteOrder;
  const { nearest, nearestPosition, second, total } = state;
  const candidateIndex = new Int32Array(m).fill(-1);
  for (let a = 0; a < inSites.length; a++) candidateIndex[inSites[a]!] = a;
  const gain = new Float64Array(inSites.length);
  const extra = new Float64Array(inSites.length * q);
  const loss = new Float64Array(q);
  for (let i = 0; i < n; i++) {
    const d1 = nearest[i]!;
    const d2 = second[i]!;
    const position = nearestPosition[i]!;
    loss[position] = loss[position]! + (d2 - d1);
    for (let t = i * m, end = t + m; t < end; t++) {
      const value = orderedCosts[t]!;
      if (value >= d2) break;
      const a = candidateIndex[orderedSites[t]!]!;
      if (a < 0) continue;
      if (value < d1) gain[a] = gain[a]! + (d1 - value);
      extra[a * q + position] = extra[a * q + position]! + (d2 - (value > d1 ? value : d1));
    }
  }
  const outCount = outPositions.length;
  for (let a = 0; a < inSites.length; a++) {
    for (let o = 0; o < outCount; o++) {
      const position = outPositions[o]!;
      out[a * outCount + o] = total - gain[a]! + loss[position]! - extra[a * q + position]!;
    }
  }
}
