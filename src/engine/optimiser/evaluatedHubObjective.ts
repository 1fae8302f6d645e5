import type { Dataset } from '../../schema/dataset';
import type { MappingAndPresence } from '../evaluateScenario';
import type { OptimiserObjectiveKind } from './optimiserTypes';

export interface EvaluatedHubObjective {
  readonly objective: number;
  readonly commuteMinutes: number;
  readonly todayCommuteMinutes: number;
  readonly coverageShare: number;
  /** Sites whose placed people exceed their desks. */
  readonly overCapacity: readonly { siteId: string; people: number; desks: number }[];
}

/**
 * The hub objective of an evaluated scenario, after the role mapping has placed people:
 *
 *   M  = Σ one-way scenario minutes of the placed people whose position belongs to a
 *        function-site function (everyone but the field technicians);
 *   T₀ = Σ the same people's one-way minutes today;
 *   C  = covered share of the employees' demand (`coverage.overall.employees`);
 *   median → M (lower is better); coverage → C; mixed → w · C + (1 − w) · T₀ / max(M, 1).
 *
 * Desks: a site holds no more people *with a position* than its `deskCapacity` (the bench is
 * transitional and left out; the health checks show it separately).
 */
export function evaluatedHubObjective(
  dataset: Dataset,
  evaluation: MappingAndPresence,
  objective: OptimiserObjectiveKind,
  mixedWeight: number,
): EvaluatedHubObjective {
  const functionSited = new Set(dataset.functions.filter((f) => f.siting === 'function-site').map((f) => f.id));
  const positions = new Map(dataset.positions.map((p) => [p.id, p]));
  let commuteMinutes = 0;
  let todayCommuteMinutes = 0;
  const placedAt = new Map<string, number>();
  for (const placement of evaluation.assignment?.placements ?? []) {
    if (placement.siteId !== null) placedAt.set(placement.siteId, (placedAt.get(placement.siteId) ?? 0) + 1);
    if (!functionSited.has(positions.get(placement.positionId)!.functionId)) continue;
    commuteMinutes += placement.scenarioMinutes;
    todayCommuteMinutes += placement.todayMinutes;
  }
  const overCapacity = dataset.sites
    .filter((s) => (placedAt.get(s.id) ?? 0) > s.deskCapacity)
    .map((s) => ({ siteId: s.id, people: placedAt.get(s.id)!, desks: s.deskCapacity }));
  const coverageShare = evaluation.coverage.overall.employees;
  const value =
    objective === 'median'
      ? commuteMinutes
      : objective === 'coverage'
        ? coverageShare
        : mixedWeight * coverageShare + (1 - mixedWeight) * (todayCommuteMinutes / Math.max(commuteMinutes, 1));
  return { objective: value, commuteMinutes, todayCommuteMinutes, coverageShare, overCapacity };
}

/** Whether `a` is a better objective value than `b` (median: lower; otherwise higher). */
export function hubObjectiveBetter(objective: OptimiserObjectiveKind, a: number, b: number): boolean {
  return objective === 'median' ? a < b - 1e-9 : a > b + 1e-12;
}
