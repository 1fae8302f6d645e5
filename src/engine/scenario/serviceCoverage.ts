import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import type { CoverageParameters } from '../../schema/scenarioParameters';
import { cell, type TravelMatrices } from './travelMatrices';

const WORKING_DAYS = 5;

/** Someone (a filled or as-if-filled on-site position) working from a site some days a week. */
export interface FieldStaff {
  siteId: string;
  onSiteDays: number;
  positionId?: string;
  personId?: string;
}

export interface ServicePointStaffing {
  siteId: string;
  municipalityIds: string[];
  technicians: number;
  staffedDaysPerWeek: number;
  positionIds: string[];
  personIds: string[];
}

/** Shares 0–1 of the demand, weighted by the municipalities' employees and by their PCs. */
export interface DemandShare {
  employees: number;
  pcs: number;
}

export interface UncoveredLocality {
  localityId: string;
  name: string;
  municipalityId: string;
  /** Minutes to the nearest staffed point; null when no point is staffed. */
  nearestMinutes: number | null;
}

export interface ServiceCoverage {
  responseMinutes: number;
  overall: DemandShare;
  byMunicipality: Record<string, DemandShare>;
  backup: DemandShare;
  backupByMunicipality: Record<string, DemandShare>;
  /** Demand-weighted mean minutes from the nearest staffed point; null when none is staffed. */
  meanResponseMinutes: { employees: number | null; pcs: number | null };
  points: ServicePointStaffing[];
  uncoveredLocalities: UncoveredLocality[];
}

/**
 * Phase 5: local service coverage (docs/service-coverage.md). A locality of a member municipality is covered
 * when the nearest *staffed* service point is within T minutes; it has backup when a second
 * staffed point is within T too, or a point within T has at least `backupTechnicians`.
 * A point is staffed only through the field staff located there.
 */
export function serviceCoverage(
  dataset: Dataset,
  scenario: Scenario,
  staff: readonly FieldStaff[],
  travel: TravelMatrices,
  params: CoverageParameters,
): ServiceCoverage {
  const T = params.responseMinutes;
  const points = servicePointStaffing(scenario, staff);
  const staffed = points.filter((p) => p.technicians > 0);
  const members = new Map(dataset.municipalities.filter((m) => m.member).map((m) => [m.id, m]));

  const total = { employees: 0, pcs: 0 };
  const covered = { employees: 0, pcs: 0 };
  const backed = { employees: 0, pcs: 0 };
  const minutesSum = { employees: 0, pcs: 0 };
  const perMunicipality = new Map<string, { total: DemandShare; covered: DemandShare; backed: DemandShare }>();
  const uncoveredLocalities: UncoveredLocality[] = [];

  dataset.localities.forEach((locality, i) => {
    const municipality = members.get(locality.municipalityId);
    if (!municipality) return;
    const weight = {
      employees: (municipality.employees ?? 0) * locality.employeeShare,
      pcs: (municipality.pcs ?? 0) * locality.pcShare,
    };
    let nearest = Infinity;
    let withinT = 0;
    let strongPointWithinT = false;
    for (const point of staffed) {
      const minutes = cell(travel.localityToSite, i, travel.siteIndex.get(point.siteId)!).minutes;
      nearest = Math.min(nearest, minutes);
      if (minutes <= T) {
        withinT += 1;
        if (point.technicians >= params.backupTechnicians) strongPointWithinT = true;
      }
    }
    const isCovered = withinT > 0;
    const hasBackup = withinT >= 2 || strongPointWithinT;
    const group = perMunicipality.get(municipality.id) ?? {
      total: { employees: 0, pcs: 0 },
      covered: { employees: 0, pcs: 0 },
      backed: { employees: 0, pcs: 0 },
    };
    for (const key of ['employees', 'pcs'] as const) {
      total[key] += weight[key];
      group.total[key] += weight[key];
      if (isCovered) {
        covered[key] += weight[key];
        group.covered[key] += weight[key];
      }
      if (hasBackup) {
        backed[key] += weight[key];
        group.backed[key] += weight[key];
      }
      minutesSum[key] += weight[key] * nearest;
    }
    perMunicipality.set(municipality.id, group);
    if (!isCovered) {
      uncoveredLocalities.push({
        localityId: locality.id,
        name: locality.name,
        municipalityId: locality.municipalityId,
        nearestMinutes: Number.isFinite(nearest) ? nearest : null,
      });
    }
  });

  const share = (part: DemandShare, whole: DemandShare): DemandShare => ({
    employees: whole.employees > 0 ? part.employees / whole.employees : 0,
    pcs: whole.pcs > 0 ? part.pcs / whole.pcs : 0,
  });
  const byMunicipality: Record<string, DemandShare> = {};
  const backupByMunicipality: Record<string, DemandShare> = {};
  for (const [id, group] of [...perMunicipality].sort(([a], [b]) => a.localeCompare(b))) {
    byMunicipality[id] = share(group.covered, group.total);
    backupByMunicipality[id] = share(group.backed, group.total);
  }
  const meanMinutes = (key: 'employees' | 'pcs') =>
    staffed.length === 0 || total[key] === 0 ? null : minutesSum[key] / total[key];
  return {
    responseMinutes: T,
    overall: share(covered, total),
    byMunicipality,
    backup: share(backed, total),
    backupByMunicipality,
    meanResponseMinutes: { employees: meanMinutes('employees'), pcs: meanMinutes('pcs') },
    points,
    uncoveredLocalities,
  };
}

/** The scenario's service points with the staff located at each and their days on site. */
export function servicePointStaffing(scenario: Scenario, staff: readonly FieldStaff[]): ServicePointStaffing[] {
  const points = new Map<string, ServicePointStaffing>();
  for (const sp of scenario.servicePoints) {
    const point = points.get(sp.siteId) ?? {
      siteId: sp.siteId,
      municipalityIds: [],
      technicians: 0,
      staffedDaysPerWeek: 0,
      positionIds: [],
      personIds: [],
    };
    if (!point.municipalityIds.includes(sp.municipalityId)) point.municipalityIds.push(sp.municipalityId);
    points.set(sp.siteId, point);
  }
  for (const member of staff) {
    const point = points.get(member.siteId);
    if (!point) continue;
    point.technicians += 1;
    // Staff are assumed to spread their days over the week; a point is open at most every working day.
    point.staffedDaysPerWeek = Math.min(WORKING_DAYS, point.staffedDaysPerWeek + member.onSiteDays);
    if (member.positionId) point.positionIds.push(member.positionId);
    if (member.personId) point.personIds.push(member.personId);
  }
  return [...points.values()];
}
