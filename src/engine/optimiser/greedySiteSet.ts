import { additionTotals, type SiteOrder } from './closestSiteCosts';
import type { RandomStream } from '../random';
import type { SiteObjective } from './siteObjective';
import type { SiteSelection } from './siteSelection';

/**
 * Greedy construction: start from the required sites and add, one at a time, the free site
 * with the best value of the objective's uncapacitated bound (for coverage: the largest
 * marginal covered weight). With a random stream it is the randomised greedy of GRASP: the
 * site is drawn among the `candidateListSize` best additions. Returns the sites, required
 * first.
 */
export function greedySiteSet(
  objective: SiteObjective,
  selection: SiteSelection,
  random: RandomStream | null = null,
  candidateListSize = 1,
  siteOrders?: readonly SiteOrder[],
): Int32Array {
  const { required, free, setSize } = selection;
  const components = objective.components;
  const sites = new Int32Array(setSize);
  sites.set(required);
  const nearest = components.map((costs) => {
    const row = new Float64Array(costs.clientCount).fill(Infinity);
    for (const site of required) {
      const offset = site * costs.clientCount;
      for (let i = 0; i < costs.clientCount; i++) row[i] = Math.min(row[i]!, costs.bySite[offset + i]!);
    }
    return row;
  });
  const chosen = new Uint8Array(objective.siteCount);
  const additions = components.map(() => new Float64Array(free.length));
  const totals = new Float64Array(components.length);
  for (let size = required.length; size < setSize; size++) {
    const candidates = free.filter((site) => !chosen[site]);
    components.forEach((costs, c) => additionTotals(costs, nearest[c]!, candidates, additions[c]!, siteOrders?.[c]));
    const values = new Float64Array(candidates.length);
    for (let k = 0; k < candidates.length; k++) {
      for (let c = 0; c < components.length; c++) totals[c] = additions[c]![k]!;
      values[k] = objective.bound(totals);
    }
    let pick = 0;
    const listSize = Math.min(candidateListSize, candidates.length);
    if (random && listSize > 1) {
      const ranked = Array.from(candidates.keys()).sort((a, b) => values[a]! - values[b]! || a - b);
      pick = ranked[Math.floor(random() * listSize)]!;
    } else {
      for (let k = 1; k < candidates.length; k++) if (values[k]! < values[pick]!) pick = k;
    }
    const site = candidates[pick]!;
    sites[size] = site;
    chosen[site] = 1;
    components.forEach((costs, c) => {
      const row = nearest[c]!;
      const offset = site * costs.clientCount;
      for (let i = 0; i < costs.clientCount; i++) row[i] = Math.min(row[i]!, costs.bySite[offset + i]!);
    });
  }
  return sites;
}
