import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import type { RoleMapping } from '../roleMapping/mapRoles';
import {
  onSiteShares,
  onSiteSupply,
  serviceKept,
  type OnSiteHolder,
  type LocalService,
  type ServiceKeptWarning,
} from './serviceKept';
import type { TravelMatrices } from './travelMatrices';

/** Today's on-site holders: each person at today's site with today's function. */
export function onSiteHoldersToday(dataset: Dataset): OnSiteHolder[] {
  return dataset.people.map((p) => ({ siteId: p.siteId, functionId: p.functionId, employmentRate: p.employmentRate }));
}

/**
 * A role mapping's on-site holders: each placed person at the position's site with the
 * position's function; a position to be recruited externally counts as one full-time holder
 * where its function sits (positions placed by the holder's home have no site before the
 * holder is known and count nothing).
 */
export function onSiteHoldersOfRoles(dataset: Dataset, scenario: Scenario, roles: RoleMapping): OnSiteHolder[] {
  const positions = new Map(dataset.positions.map((p) => [p.id, p]));
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const holders: OnSiteHolder[] = [];
  for (const placement of roles.placements) {
    if (placement.siteId === null) continue;
    holders.push({
      siteId: placement.siteId,
      functionId: positions.get(placement.positionId)!.functionId,
      employmentRate: people.get(placement.personId)!.employmentRate,
    });
  }
  for (const positionId of roles.recruited) {
    const position = positions.get(positionId)!;
    const siteId = position.location.rule === 'function-site' ? scenario.functionSites[position.functionId] : undefined;
    if (siteId !== undefined) holders.push({ siteId, functionId: position.functionId, employmentRate: 1 });
  }
  return holders;
}

/** Phase 5b: local service kept by the scenario's holders against today's (docs/service-coverage.md). */
export function serviceKeptOfScenario(
  dataset: Dataset,
  scenario: Scenario,
  roles: RoleMapping | null,
  travel: TravelMatrices,
): LocalService & { warnings: ServiceKeptWarning[] } {
  const { shares, warnings } = onSiteShares(dataset.functions);
  const today = onSiteSupply(dataset, onSiteHoldersToday(dataset), shares, travel.siteIndex);
  const holders = roles ? onSiteHoldersOfRoles(dataset, scenario, roles) : onSiteHoldersToday(dataset);
  const supply = roles ? onSiteSupply(dataset, holders, shares, travel.siteIndex) : today;
  return { ...serviceKept(dataset, today, supply, travel, scenario.parameters.coverage), warnings };
}
