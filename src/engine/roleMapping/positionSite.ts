import type { Dataset } from '../../schema/dataset';
import type { Position } from '../../schema/position';
import type { Scenario } from '../../schema/scenario';
import { nearestServicePoint, nearestSite } from '../scenario/personSites';
import { scenarioSiteIds } from '../scenario/scenarioSites';
import type { TravelMatrices } from '../scenario/travelMatrices';
import { pinnedSite } from './pinnedSite';

/**
 * Where the holder of a position works in a scenario (its location rule), for a given
 * holder (person index i): `function-site` → the site the scenario gives the position's
 * function; `local` → the municipality's service point nearest the holder's home; `any` →
 * the scenario site nearest the holder's home. A retained position's own site, or the data
 * centre for its positions, come first (`pinnedSite`). Null when the scenario gives no such site.
 */
export function positionSite(
  dataset: Dataset,
  scenario: Scenario,
  position: Position,
  personIndex: number,
  travel: TravelMatrices,
  usedSites: readonly string[] = scenarioSiteIds(dataset, scenario),
): string | null {
  const pinned = pinnedSite(position, scenario);
  if (pinned !== null) return pinned;
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
