import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { cappedOnSiteDays, type PersonSite } from '../scenario/personSites';
import type { FieldStaff } from '../scenario/serviceCoverage';
import type { RoleMapping } from './mapRoles';

/**
 * Scenario sites once people are placed: placed people at their position's site (on the
 * position's on-site days, within the policy cap), the bench at their function's site.
 * People outside the new company (declined the transfer, leaving) have no scenario site,
 * unless they hold a position their municipality retains.
 */
export function personSitesFromRoles(
  dataset: Dataset,
  scenario: Scenario,
  roles: RoleMapping,
  functionSites: readonly PersonSite[],
): PersonSite[] {
  const positions = new Map(dataset.positions.map((p) => [p.id, p]));
  const placed = new Map(roles.placements.map((p) => [p.personId, p]));
  // Someone who declined the transfer but holds a position their municipality retains works there.
  const outside = new Set([...roles.declined, ...roles.leaving].filter((id) => !placed.has(id)));
  return functionSites
    .filter((ps) => !outside.has(ps.personId))
    .map((ps) => {
      const placement = placed.get(ps.personId);
      if (!placement || placement.siteId === null) return ps;
      const position = positions.get(placement.positionId)!;
      return {
        personId: ps.personId,
        siteId: placement.siteId,
        rule: 'position',
        onSiteDays: cappedOnSiteDays(scenario, position.onSiteDays),
      };
    });
}

/** Field staff once people are placed: the holders of local positions, at their service point. */
export function fieldStaffFromRoles(dataset: Dataset, scenario: Scenario, roles: RoleMapping): FieldStaff[] {
  const positions = new Map(dataset.positions.map((p) => [p.id, p]));
  return roles.placements
    .filter((p) => p.siteId !== null && positions.get(p.positionId)!.location.rule === 'local')
    .map((p) => ({
      siteId: p.siteId!,
      onSiteDays: cappedOnSiteDays(scenario, positions.get(p.positionId)!.onSiteDays),
      positionId: p.positionId,
      personId: p.personId,
    }));
}
