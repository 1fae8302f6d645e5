import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import type { PersonImpactRow } from '../../io/csv/personImpactCsv';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import type { DatasetNames } from '../overview/datasetNames';

/**
 * The rows of the per-person impact export from a scenario's evaluation: commute, position,
 * fit, selection stage and leave probability. Names only when `includeNames` (HR).
 */
export function personImpactRows(
  dataset: Dataset,
  scenario: Scenario,
  evaluation: ScenarioEvaluation,
  names: DatasetNames,
  includeNames: boolean,
): PersonImpactRow[] {
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const placements = new Map(evaluation.assignment?.placements.map((p) => [p.personId, p]) ?? []);
  const leave = new Map<string, number>();
  const retention = evaluation.retention;
  retention?.personIds?.forEach((id, i) => leave.set(id, retention.leaveProbabilities[i]!));
  return evaluation.commute.people.map((c): PersonImpactRow => {
    const person = people.get(c.personId);
    const placement = placements.get(c.personId);
    return {
      personId: c.personId,
      name: includeNames ? (person?.name ?? null) : null,
      employer: names.municipality(c.municipalityId),
      titleToday: person?.title ?? '',
      siteToday: names.site(c.todaySiteId),
      positionId: placement?.positionId ?? null,
      positionTitle: placement ? names.position(placement.positionId) : null,
      siteScenario: names.site(c.scenarioSiteId),
      fit: placement?.fit ?? null,
      stage: evaluation.assignment ? (scenario.stages[c.personId] ?? 'proposed') : null,
      todayMinutes: c.todayMinutes,
      scenarioMinutes: c.scenarioMinutes,
      deltaMinutes: c.deltaMinutes,
      todayKm: c.todayKm,
      scenarioKm: c.scenarioKm,
      deltaKm: c.deltaKm,
      weeklyKmToday: c.weeklyKmToday,
      weeklyKmScenario: c.weeklyKmScenario,
      weeklyCostTodaySek: c.weeklyCostTodaySek,
      weeklyCostScenarioSek: c.weeklyCostScenarioSek,
      addedOverThreshold: c.addedOverThreshold,
      longCommute: c.longCommute,
      leaveProbability: leave.get(c.personId) ?? null,
    };
  });
}
