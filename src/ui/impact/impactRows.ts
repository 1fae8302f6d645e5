import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import type { Dataset } from '../../schema/dataset';
import type { DatasetNames } from '../overview/datasetNames';

/** One row of the per-person impact table. Salary and home are only filled for HR. */
export interface ImpactRow {
  personId: string;
  person: string;
  title: string;
  municipalityId: string;
  employer: string;
  todaySite: string;
  scenarioSite: string;
  /** The position held in the scenario; null on the bench or in the baseline. */
  position: string | null;
  todayMinutes: number;
  scenarioMinutes: number;
  deltaMinutes: number;
  scenarioKm: number;
  weeklyKm: number;
  weeklyCostSek: number;
  addedOverThreshold: boolean;
  longCommute: boolean;
  leaveProbability: number | null;
  salary: number | null;
  home: { lat: number; lon: number } | null;
  /** The home was imported as a postcode or a locality: the commute is approximate. */
  homePlacedBy: 'postcode' | 'locality' | null;
}

/**
 * The people of the scenario's new company with their commute, position and leave probability.
 * Sensitive fields (salary, home) are copied only when `includeSensitive` (HR): a manager's rows
 * never carry them, so nothing downstream can show them.
 */
export function impactRows(
  dataset: Dataset,
  evaluation: ScenarioEvaluation,
  names: DatasetNames,
  includeSensitive: boolean,
): ImpactRow[] {
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const positionOf = new Map(evaluation.assignment?.placements.map((p) => [p.personId, p.positionId]) ?? []);
  const leave = new Map<string, number>();
  const retention = evaluation.retention;
  retention?.personIds?.forEach((id, i) => leave.set(id, retention.leaveProbabilities[i]!));
  return evaluation.commute.people.map((c): ImpactRow => {
    const person = people.get(c.personId);
    const positionId = positionOf.get(c.personId);
    return {
      personId: c.personId,
      person: names.person(c.personId),
      title: person?.title ?? '',
      municipalityId: c.municipalityId,
      employer: names.municipality(c.municipalityId),
      todaySite: names.site(c.todaySiteId),
      scenarioSite: names.site(c.scenarioSiteId),
      position: positionId === undefined ? null : names.position(positionId),
      todayMinutes: c.todayMinutes,
      scenarioMinutes: c.scenarioMinutes,
      deltaMinutes: c.deltaMinutes,
      scenarioKm: c.scenarioKm,
      weeklyKm: c.weeklyKmScenario,
      weeklyCostSek: c.weeklyCostScenarioSek,
      addedOverThreshold: c.addedOverThreshold,
      longCommute: c.longCommute,
      leaveProbability: leave.get(c.personId) ?? null,
      salary: includeSensitive ? (person?.salary ?? null) : null,
      home: includeSensitive && person ? { lat: person.home.lat, lon: person.home.lon } : null,
      homePlacedBy: person?.homePlacedBy ?? null,
    };
  });
}
