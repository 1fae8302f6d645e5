import type { Dataset } from '../../schema/dataset';
import { distanceKmBetween } from '../../schema/geodesy';
import type { OrganisationUnit } from '../../schema/organisationUnit';
import type { Position } from '../../schema/position';
import type { Scenario } from '../../schema/scenario';
import type { Site } from '../../schema/site';
import { scenarioMembers } from './scenarioMembers';

/** The member municipalities of a scenario (`scenarioMembers`), in dataset order. */
export function scenarioMemberIds(dataset: Dataset, scenario: Scenario): string[] {
  const members = scenarioMembers(dataset, scenario);
  return dataset.municipalities.filter((m) => members.has(m.id)).map((m) => m.id);
}

/** The unit that groups the positions the members keep (outside the company's units). */
export const RETAINED_UNIT_ID = 'retained';
const retainedUnit: OrganisationUnit = {
  id: RETAINED_UNIT_ID,
  name: { sv: 'Kommunernas egna tjänster', en: "The municipalities' own positions" },
};

/** The site of the scenario's data centre, or null when the scenario names none. */
export function dataCentreSiteId(scenario: Scenario): string | null {
  const site = scenario.dataCentre?.site;
  if (!site) return null;
  return site.kind === 'existing' ? site.siteId : site.id;
}

/** A member's own town hall (else its first site): where its retained security work sits. */
function municipalSite(dataset: Dataset, municipalityId: string): string | null {
  const own = dataset.sites.filter((s) => s.municipalityId === municipalityId);
  return (own.find((s) => s.kind === 'town-hall') ?? own[0])?.id ?? null;
}

export interface SecurityTakeover {
  municipalityId: string;
  /** The company position whose work the member takes over. */
  companyPositionId: string;
  /** The member's retained copy of it. */
  retainedPositionId: string;
}

/**
 * Which security-sensitive company position each member that keeps its security-sensitive
 * operations takes over (docs/retained-positions.md): the scenario's members in dataset order
 * are paired with the positions flagged `securitySensitive` in data order (member k takes
 * flagged position k mod S), so a member's share does not depend on the others' choices.
 */
export function securityTakeovers(dataset: Dataset, scenario: Scenario): SecurityTakeover[] {
  const flagged = dataset.positions.filter((p) => p.securitySensitive === true);
  if (flagged.length === 0) return [];
  return scenarioMemberIds(dataset, scenario).flatMap((municipalityId, k) => {
    if (scenario.retained[municipalityId]?.securitySensitive !== true) return [];
    const position = flagged[k % flagged.length]!;
    return [{ municipalityId, companyPositionId: position.id, retainedPositionId: `${position.id}-${municipalityId}` }];
  });
}

/** The retained positions of a scenario as positions: the members' own, then the security work they took over. */
export function retainedPositions(dataset: Dataset, scenario: Scenario): Position[] {
  const members = new Set(scenarioMemberIds(dataset, scenario));
  const own = Object.entries(scenario.retained).flatMap(([municipalityId, kept]) =>
    members.has(municipalityId)
      ? kept.positions.map((r): Position => ({
          id: r.id,
          unitId: RETAINED_UNIT_ID,
          functionId: r.functionId,
          title: r.title,
          reportsTo: null,
          requirements: r.requirements,
          location: { rule: 'any' },
          onSiteDays: r.onSiteDays,
          clearanceRequired: r.clearanceRequired,
          manager: false,
          retainedBy: municipalityId,
          fixedSiteId: r.siteId,
        }))
      : [],
  );
  const byId = new Map(dataset.positions.map((p) => [p.id, p]));
  const security = securityTakeovers(dataset, scenario).flatMap((t): Position[] => {
    const company = byId.get(t.companyPositionId)!;
    const siteId = municipalSite(dataset, t.municipalityId);
    if (siteId === null) return [];
    const { securitySensitive: _s, dataCentre: _d, companyLeading: _c, ...work } = company;
    return [
      {
        ...work,
        id: t.retainedPositionId,
        unitId: RETAINED_UNIT_ID,
        reportsTo: null,
        location: { rule: 'any' },
        manager: false,
        retainedBy: t.municipalityId,
        fixedSiteId: siteId,
      },
    ];
  });
  return [...own, ...security];
}

/**
 * A new data-centre site as a site of the dataset: in the locality nearest its coordinates
 * (and that locality's municipality), kind `datacenter`, its position as the user gave it.
 */
export function newDataCentreSite(dataset: Dataset, scenario: Scenario): Site | null {
  const site = scenario.dataCentre?.site;
  if (!site || site.kind !== 'new') return null;
  let nearest = dataset.localities[0];
  let best = Infinity;
  for (const locality of dataset.localities) {
    const km = distanceKmBetween(site.lat, site.lon, locality.lat, locality.lon);
    if (km < best) {
      best = km;
      nearest = locality;
    }
  }
  if (!nearest) return null;
  return {
    id: site.id,
    name: site.name,
    municipalityId: nearest.municipalityId,
    localityId: nearest.id,
    lat: site.lat,
    lon: site.lon,
    kind: 'datacenter',
    deskCapacity: dataset.positions.filter((p) => p.dataCentre === true).length,
    approximate: false,
  };
}

/**
 * The dataset as a scenario sees it (docs/retained-positions.md): the company's positions less
 * the security-sensitive work members take over, plus the positions the members keep (unit
 * `retained`, each with `retainedBy` and a fixed site), plus a new data-centre site. Returns
 * the dataset itself when the scenario changes none of these, so figures of scenarios without
 * them are exactly what they were.
 */
export function scenarioDataset(dataset: Dataset, scenario: Scenario): Dataset {
  const retained = retainedPositions(dataset, scenario);
  const newSite = newDataCentreSite(dataset, scenario);
  if (retained.length === 0 && newSite === null) return dataset;
  const takenOver = new Set(securityTakeovers(dataset, scenario).map((t) => t.companyPositionId));
  return {
    ...dataset,
    positions:
      retained.length === 0
        ? dataset.positions
        : [...dataset.positions.filter((p) => !takenOver.has(p.id)), ...retained],
    units: retained.length === 0 ? dataset.units : [...dataset.units, retainedUnit],
    sites: newSite === null ? dataset.sites : [...dataset.sites, newSite],
  };
}
