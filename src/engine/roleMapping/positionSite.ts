import type { Dataset } from '../../schema/dataset';
import type { Position } from '../../schema/position';
import type { Scenario } from '../../schema/scenario';
import { nearestServicePoint, nearestSite } from '../scenario/personSites';
import { scenarioSiteIds } from '../scenario/scenarioSites';
import type { TravelMatrices } from '../scenario/travelMatrices';

/**
 * Where the holder of a position works in a scenario (its location rule), for a given
 * holder (person index i): `function-site` → the site the scenario gives the position's
 * function; `local` → the municipality's service point nearest the holder's home; `any` →
 * the scenario site nearest the holder's home. Null when the scenario gives no such site.
 */
export function positionSite(
  dataset: Dataset,
  scenario: Scenario,
  position: Position,
  personIndex: number,
  travel: TravelMatrices,
  usedSites: readonly string[] = scenarioSiteIds(dataset, scenario),
): string | null {
  switch (position.location.rule) {
    case 'function-site':
      return scenario.functionSites[position.functionId] ?? null;
    case 'local':
      return scenario.servicePoints.some(
        (p) => p.municipalityId === (position.location as { municipalityId: string }).municipalityId,
      )
        ? nearestServicePoint(scenario, position.location.municipalityId, personIndex, travel)
        : null;
    case 'any':
      return nearestSite(usedSites, personIndex, travel);
  }
}
