import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import type { TravelMatrices } from './travelMatrices';
import { cell } from './travelMatrices';

/**
 * Which rule put a person at their scenario site:
 * - `today`: the baseline, or a function the scenario does not place (they stay);
 * - `function-site`: the site the scenario gives their current function;
 * - `service-point`: field service, the employer municipality's service point nearest home;
 * - `position`: the site of the position they are assigned to (role mapping).
 */
export type PlacementRule = 'today' | 'function-site' | 'service-point' | 'position';

export interface PersonSite {
  personId: string;
  siteId: string;
  rule: PlacementRule;
  /** On-site days per week in the scenario (the position's, or today's, within the policy cap). */
  onSiteDays: number;
}

/** Days on site within the scenario's cap, if it has one. */
export function cappedOnSiteDays(scenario: Scenario, days: number): number {
  const cap = scenario.onSitePolicy.maxDaysPerWeek;
  return cap === null ? days : Math.min(days, cap);
}

/**
 * Phase 3 (before the role mapping): each person's scenario site from their current function.
 * The role mapping replaces it for placed people with their position's site.
 */
export function personSitesByFunction(dataset: Dataset, scenario: Scenario, travel: TravelMatrices): PersonSite[] {
  const functions = new Map(dataset.functions.map((f) => [f.id, f]));
  return dataset.people.map((person, i): PersonSite => {
    const onSiteDays = cappedOnSiteDays(scenario, person.onSiteDaysToday);
    const at = (siteId: string, rule: PlacementRule): PersonSite => ({ personId: person.id, siteId, rule, onSiteDays });
    if (scenario.kind === 'baseline') return at(person.siteId, 'today');
    const fn = functions.get(person.functionId);
    if (fn?.siting === 'service-point') {
      const siteId = nearestServicePoint(scenario, person.municipalityId, i, travel);
      if (siteId) return at(siteId, 'service-point');
    } else {
      const siteId = scenario.functionSites[person.functionId];
      if (siteId) return at(siteId, 'function-site');
    }
    return at(person.siteId, 'today');
  });
}

/**
 * The service point of a municipality nearest to person i's home; any service point when the
 * municipality has none. Null when the scenario has no service points at all.
 */
export function nearestServicePoint(
  scenario: Scenario,
  municipalityId: string,
  personIndex: number,
  travel: TravelMatrices,
): string | null {
  const own = scenario.servicePoints.filter((p) => p.municipalityId === municipalityId);
  const candidates = own.length > 0 ? own : scenario.servicePoints;
  return nearestSite(
    candidates.map((p) => p.siteId),
    personIndex,
    travel,
  );
}

/** The site among `siteIds` with the shortest trip from person i's home (ties: first listed). */
export function nearestSite(siteIds: readonly string[], personIndex: number, travel: TravelMatrices): string | null {
  let best: string | null = null;
  let bestMinutes = Infinity;
  for (const siteId of siteIds) {
    const j = travel.siteIndex.get(siteId);
    if (j === undefined) continue;
    const { minutes } = cell(travel.homeToSite, personIndex, j);
    if (minutes < bestMinutes) {
      bestMinutes = minutes;
      best = siteId;
    }
  }
  return best;
}
