import { alternativePool, type AlternativePool } from './alternativePool';
import { combinationCount } from './combinationCount';
import type { OptimiserControl } from './optimiserTypes';
import type { SiteObjective } from './siteObjective';
import type { SiteSelection } from './siteSelection';

export interface EnumerationOutcome {
  readonly pool: AlternativePool;
  readonly complete: boolean;
  readonly evaluatedSets: number;
}

const suffixBoundMemoryLimit = 8_000_000;

/**
 * Exact solver: depth-first enumeration of every set R ∪ {k free sites} in lexicographic
 * order, as branch and bound. Each level keeps every client's closest cost so far, so a node
 * costs one pass over the clients; a subtree is skipped when even adding *all* remaining
 * free sites (suffix minima) cannot beat the worst of the best N sets kept. With capacities
 * the leaf's uncapacitated value is a lower bound, and the exact allocation runs only for
 * leaves that pass it. The kept sets are therefore the proven best N.
 */
export function enumerateSiteSets(
  objective: SiteObjective,
  selection: SiteSelection,
  poolSize: number,
  control: OptimiserControl = {},
): EnumerationOutcome {
  const pool = alternativePool(poolSize);
  const { required, free } = selection;
  const f = free.length;
  const k = selection.setSize - required.length;
  const components = objective.components;
  const componentCount = components.length;
  const totalLeaves = combinationCount(f, k);
  const sites = new Int32Array(selection.setSize);
  sites.set(required);

  // levels[c][d]: closest cost of each client of component c after d free picks.
  const levels = components.map((costs) => {
    const rows: Float64Array[] = [];
    for (let d = 0; d <= k; d++) rows.push(new Float64Array(costs.clientCount).fill(Infinity));
    const base = rows[0]!;
    for (const site of required) {
      const offset = site * costs.clientCount;
      for (let i = 0; i < costs.clientCount; i++) base[i] = Math.min(base[i]!, costs.bySite[offset + i]!);
    }
    return rows;
  });
  // suffix[c][q * n + i] = min over free[q..] of c_i,free[t]: the best any completion can do.
  const useSuffix = k >= 2 && components.every((costs) => (f + 1) * costs.clientCount <= suffixBoundMemoryLimit);
  const suffix = useSuffix
    ? components.map((costs) => {
        const n = costs.clientCount;
        const table = new Float64Array((f + 1) * n).fill(Infinity);
        for (let q = f - 1; q >= 0; q--) {
          const offset = free[q]! * n;
          for (let i = 0; i < n; i++) table[q * n + i] = Math.min(table[(q + 1) * n + i]!, costs.bySite[offset + i]!);
        }
        return table;
      })
    : [];

  const totals = new Float64Array(componentCount);
  const bounds = new Float64Array(componentCount);
  let processedLeaves = 0;
  let evaluatedSets = 0;
  let nextProgress = 0;
  let cancelled = false;
  let sinceCheck = 0;

  const leaf = (): void => {
    evaluatedSets += 1;
    const threshold = pool.threshold();
    const lower = objective.bound(totals);
    if (lower >= threshold) return;
    const value = objective.boundIsExact ? lower : objective.exact(sites, totals, threshold);
    pool.offer(value, () => objective.canonical(sites, required));
  };

  const report = (): void => {
    if (!control.onProgress || totalLeaves === 0) return;
    const fraction = processedLeaves / totalLeaves;
    if (fraction >= nextProgress) {
      control.onProgress(Math.min(1, fraction));
      nextProgress = fraction + 0.01;
    }
  };

  const descend = (d: number, start: number): void => {
    const last = f - (k - d);
    for (let q = start; q <= last; q++) {
      if (cancelled) return;
      sinceCheck += 1;
      if (sinceCheck >= 1024) {
        sinceCheck = 0;
        if (control.signal?.aborted) {
          cancelled = true;
          return;
        }
        report();
      }
      const site = free[q]!;
      sites[required.length + d] = site;
      const isLeaf = d + 1 === k;
      const bounding = !isLeaf && useSuffix && pool.threshold() < Infinity;
      for (let c = 0; c < componentCount; c++) {
        const costs = components[c]!;
        const n = costs.clientCount;
        const from = levels[c]![d]!;
        const to = levels[c]![d + 1]!;
        const offset = site * n;
        let total = 0;
        let bound = 0;
        if (bounding) {
          const table = suffix[c]!;
          const suffixOffset = (q + 1) * n;
          for (let i = 0; i < n; i++) {
            const value = costs.bySite[offset + i]!;
            const current = from[i]!;
            const next = value < current ? value : current;
            to[i] = next;
            total += next;
            const rest = table[suffixOffset + i]!;
            bound += rest < next ? rest : next;
          }
        } else {
          for (let i = 0; i < n; i++) {
            const value = costs.bySite[offset + i]!;
            const current = from[i]!;
            const next = value < current ? value : current;
            to[i] = next;
            total += next;
          }
        }
        totals[c] = total;
        bounds[c] = bound;
      }
      if (isLeaf) {
        leaf();
        processedLeaves += 1;
      } else if (bounding && objective.bound(bounds) >= pool.threshold()) {
        processedLeaves += combinationCount(f - q - 1, k - d - 1);
      } else {
        descend(d + 1, q + 1);
      }
    }
  };

  if (k === 0) {
    for (let c = 0; c < componentCount; c++) {
      let total = 0;
      for (const value of levels[c]![0]!) total += value;
      totals[c] = total;
    }
    leaf();
    processedLeaves = 1;
  } else if (k <= f) {
    descend(0, 0);
  }
  if (!cancelled) control.onProgress?.(1);
  return { pool, complete: !cancelled, evaluatedSets };
}
