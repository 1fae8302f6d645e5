import { quantileSorted } from 'd3-array';
import type { Dataset } from '../../schema/dataset';
import type { CommuteParameters } from '../../schema/scenarioParameters';
import { travelSourceOfCode, type TravelSource } from '../travel/travelSource';
import type { PersonSite } from './personSites';
import { cell, type TravelMatrices } from './travelMatrices';

/** A person's commute today and in the scenario, one way, and per week. */
export interface PersonCommute {
  personId: string;
  municipalityId: string;
  todaySiteId: string;
  scenarioSiteId: string;
  todayMinutes: number;
  scenarioMinutes: number;
  deltaMinutes: number;
  todayKm: number;
  scenarioKm: number;
  deltaKm: number;
  onSiteDaysToday: number;
  onSiteDaysScenario: number;
  /** 2 trips a day × on-site days × one-way km. */
  weeklyKmToday: number;
  weeklyKmScenario: number;
  /** Weekly travel at the tax-free mileage rate, SEK. */
  weeklyCostTodaySek: number;
  weeklyCostScenarioSek: number;
  /** Flag X: the one-way commute grows by more than the threshold. */
  addedOverThreshold: boolean;
  /** Flag Y: the new one-way commute is longer than the limit. */
  longCommute: boolean;
  todaySource: TravelSource;
  scenarioSource: TravelSource;
}

export interface CommuteGroupSummary {
  people: number;
  medianDeltaMinutes: number;
  p90DeltaMinutes: number;
  addedOverThreshold: number;
  longCommute: number;
}

export interface CommuteSummary extends CommuteGroupSummary {
  meanTodayMinutes: number;
  meanScenarioMinutes: number;
  /** People whose commute changes by less than a minute either way count as unchanged. */
  betterOff: number;
  worseOff: number;
  unchanged: number;
  totalWeeklyKmToday: number;
  totalWeeklyKmScenario: number;
  byMunicipality: Record<string, CommuteGroupSummary>;
}

export interface CommuteImpact {
  people: PersonCommute[];
  summary: CommuteSummary;
}

/** Below this a change of commute is noise of the model, not a change for the person. */
const UNCHANGED_MINUTES = 1;

/**
 * Phase 4: commute impact per person (today's site vs the scenario site) and its aggregates.
 * People outside the new company (no scenario site) are left out by the caller.
 */
export function commuteImpact(
  dataset: Dataset,
  personSites: readonly PersonSite[],
  travel: TravelMatrices,
  params: CommuteParameters,
): CommuteImpact {
  const personIndex = new Map(dataset.people.map((p, i) => [p.id, i]));
  const people = personSites.map((placement): PersonCommute => {
    const i = personIndex.get(placement.personId)!;
    const person = dataset.people[i]!;
    const today = cell(travel.homeToSite, i, travel.siteIndex.get(person.siteId)!);
    const scenario = cell(travel.homeToSite, i, travel.siteIndex.get(placement.siteId)!);
    const weeklyKmToday = 2 * person.onSiteDaysToday * today.km;
    const weeklyKmScenario = 2 * placement.onSiteDays * scenario.km;
    const deltaMinutes = scenario.minutes - today.minutes;
    return {
      personId: person.id,
      municipalityId: person.municipalityId,
      todaySiteId: person.siteId,
      scenarioSiteId: placement.siteId,
      todayMinutes: today.minutes,
      scenarioMinutes: scenario.minutes,
      deltaMinutes,
      todayKm: today.km,
      scenarioKm: scenario.km,
      deltaKm: scenario.km - today.km,
      onSiteDaysToday: person.onSiteDaysToday,
      onSiteDaysScenario: placement.onSiteDays,
      weeklyKmToday,
      weeklyKmScenario,
      weeklyCostTodaySek: weeklyKmToday * params.mileageSekPerKm,
      weeklyCostScenarioSek: weeklyKmScenario * params.mileageSekPerKm,
      addedOverThreshold: deltaMinutes > params.addedMinutesThreshold,
      longCommute: scenario.minutes > params.longCommuteMinutes,
      todaySource: travelSourceOfCode(today.source),
      scenarioSource: travelSourceOfCode(scenario.source),
    };
  });
  return { people, summary: summariseCommutes(people) };
}

function groupSummary(people: readonly PersonCommute[]): CommuteGroupSummary {
  const deltas = people.map((p) => p.deltaMinutes).sort((a, b) => a - b);
  return {
    people: people.length,
    medianDeltaMinutes: quantileSorted(deltas, 0.5) ?? 0,
    p90DeltaMinutes: quantileSorted(deltas, 0.9) ?? 0,
    addedOverThreshold: people.filter((p) => p.addedOverThreshold).length,
    longCommute: people.filter((p) => p.longCommute).length,
  };
}

export function summariseCommutes(people: readonly PersonCommute[]): CommuteSummary {
  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  const byMunicipality: Record<string, CommuteGroupSummary> = {};
  for (const municipalityId of [...new Set(people.map((p) => p.municipalityId))].sort()) {
    byMunicipality[municipalityId] = groupSummary(people.filter((p) => p.municipalityId === municipalityId));
  }
  return {
    ...groupSummary(people),
    meanTodayMinutes: mean(people.map((p) => p.todayMinutes)),
    meanScenarioMinutes: mean(people.map((p) => p.scenarioMinutes)),
    betterOff: people.filter((p) => p.deltaMinutes <= -UNCHANGED_MINUTES).length,
    worseOff: people.filter((p) => p.deltaMinutes >= UNCHANGED_MINUTES).length,
    unchanged: people.filter((p) => Math.abs(p.deltaMinutes) < UNCHANGED_MINUTES).length,
    totalWeeklyKmToday: people.reduce((s, p) => s + p.weeklyKmToday, 0),
    totalWeeklyKmScenario: people.reduce((s, p) => s + p.weeklyKmScenario, 0),
    byMunicipality,
  };
}
