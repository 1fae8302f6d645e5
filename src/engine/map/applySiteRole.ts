import type { DecisionLogEntry, UserRole } from '../../schema/decisionLogEntry';
import type { Scenario } from '../../schema/scenario';
import { HEAD_OFFICE_FUNCTION } from '../scenario/scenarioSites';

/** A role the map can give a site in a scenario. */
export type SiteRoleChoice =
  | { kind: 'head-office' }
  | { kind: 'function'; functionId: string }
  | { kind: 'service-point'; municipalityId: string }
  | { kind: 'unused' };

export interface SiteRoleChangeContext {
  /** ISO date-time of the change (time is a parameter, not read here). */
  at: string;
  role: UserRole;
  reason: string;
}

/** The code of a choice as the decision log's `detail`. */
export function siteRoleDetail(choice: SiteRoleChoice): string {
  switch (choice.kind) {
    case 'head-office':
      return 'head-office';
    case 'function':
      return `function:${choice.functionId}`;
    case 'service-point':
      return `service-point:${choice.municipalityId}`;
    case 'unused':
      return 'unused';
  }
}

/**
 * The scenario with `siteId` in the chosen role, and the change logged (`site-role`). Head office
 * and functions move to the site (one site per function); a service point is added for the
 * municipality (a municipality may have several); unused removes the site from every function
 * and service point. A new scenario; the input is not changed.
 */
export function applySiteRole(
  scenario: Scenario,
  siteId: string,
  choice: SiteRoleChoice,
  context: SiteRoleChangeContext,
): Scenario {
  let { functionSites, servicePoints } = scenario;
  switch (choice.kind) {
    case 'head-office':
      functionSites = { ...functionSites, [HEAD_OFFICE_FUNCTION]: siteId };
      break;
    case 'function':
      functionSites = { ...functionSites, [choice.functionId]: siteId };
      break;
    case 'service-point':
      if (!servicePoints.some((p) => p.siteId === siteId && p.municipalityId === choice.municipalityId)) {
        servicePoints = [...servicePoints, { siteId, municipalityId: choice.municipalityId }];
      }
      break;
    case 'unused':
      functionSites = Object.fromEntries(Object.entries(functionSites).filter(([, site]) => site !== siteId));
      servicePoints = servicePoints.filter((p) => p.siteId !== siteId);
      break;
  }
  const entry: DecisionLogEntry = {
    at: context.at,
    role: context.role,
    action: 'site-role',
    siteId,
    detail: siteRoleDetail(choice),
    reason: context.reason.trim() || 'map',
  };
  return { ...scenario, functionSites, servicePoints, log: [...scenario.log, entry] };
}
