import type { GroupedOptimum } from '../assignment/solveGroupedAssignment';

/** The scores the mapping maximises: with the retention weight, or without it (r = 0). */
export type ScoreVariant = 'weighted' | 'plain';

/**
 * What one role mapping leaves for the next of the same people, positions and decisions under
 * other sites (the hub optimiser's candidates; docs/performance.md): what the sites do not
 * change (the problem's rows, classes, fit and hard rules, the groups of copies, the order of
 * selection's groups, who is qualified for what), and each score variant's optimum without
 * bonuses on the groups, from which the next mapping's first solve starts
 * (`GroupedFlow.startFrom`). A mapping with it gives the same result as one without.
 * Created by the caller that evaluates many scenarios and passed in; the engine keeps no state.
 */
export class MappingReuse {
  readonly optima = new Map<ScoreVariant, GroupedOptimum>();
  private readonly kept = new Map<string, { deps: readonly unknown[]; value: unknown }>();

  /** What `build` gave last under `name` if `deps` are the same (each compared with ===), else `build()`. */
  memo<T>(name: string, deps: readonly unknown[], build: () => T): T {
    const last = this.kept.get(name);
    if (last && last.deps.length === deps.length && last.deps.every((d, k) => d === deps[k])) return last.value as T;
    const value = build();
    this.kept.set(name, { deps, value });
    return value;
  }
}

/** `reuse.memo(…)`, or `build()` without a `reuse`. */
export function memo<T>(reuse: MappingReuse | undefined, name: string, deps: readonly unknown[], build: () => T): T {
  return reuse ? reuse.memo(name, deps, build) : build();
}
