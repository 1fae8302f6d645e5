import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { dataCentreSiteId } from './scenarioDataset';

/** What a site is in a scenario: head office, hub of some functions, service point, or unused. */
export interface SiteRole {
  siteId: string;
  headOffice: boolean;
  /** Function-site functions placed here (head office included). */
  functions: string[];
  /** Member municipalities this site serves as a service point. */
  servicePointFor: string[];
  /** The scenario's data centre (docs/retained-positions.md). */
  dataCentre?: boolean;
}

export const HEAD_OFFICE_FUNCTION = 'head-office';

/** The roles of every site of the dataset in a scenario (unused sites have none). */
export function siteRoles(dataset: Dataset, scenario: Scenario): Map<string, SiteRole> {
  const roles = new Map<string, SiteRole>(
    dataset.sites.map((s) => [s.id, { siteId: s.id, headOffice: false, functions: [], servicePointFor: [] }]),
  );
  const centre = roles.get(dataCentreSiteId(scenario) ?? '');
  if (centre) centre.dataCentre = true;
  for (const [functionId, siteId] of Object.entries(scenario.functionSites)) {
    const role = roles.get(siteId);
    if (!role) continue;
    role.functions.push(functionId);
    if (functionId === HEAD_OFFICE_FUNCTION) role.headOffice = true;
  }
  for (const point of scenario.servicePoints) {
    const role = roles.get(point.siteId);
    if (role && !role.servicePointFor.includes(point.municipalityId)) role.servicePointFor.push(point.municipalityId);
  }
  return roles;
}

/** The sites a scenario uses (function sites and service points), in dataset order. */
export function scenarioSiteIds(dataset: Dataset, scenario: Scenario): string[] {
  const used = new Set([...Object.values(scenario.functionSites), ...scenario.servicePoints.map((p) => p.siteId)]);
  return dataset.sites.filter((s) => used.has(s.id)).map((s) => s.id);
}
