import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { cappedOnSiteDays, type PersonSite } from './personSites';
import type { FieldStaff } from './serviceCoverage';

export interface FieldStaffWarning {
  code: 'no-service-point-for-position';
  params: { positionId: string; municipalityId: string };
}

/**
 * Field staff of the baseline: today's people whose function works from service points, at the
 * site where they work today.
 */
export function fieldStaffToday(dataset: Dataset, personSites: readonly PersonSite[]): FieldStaff[] {
  const servicePointFunctions = new Set(dataset.functions.filter((f) => f.siting === 'service-point').map((f) => f.id));
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  return personSites
    .filter((ps) => servicePointFunctions.has(people.get(ps.personId)?.functionId ?? ''))
    .map((ps) => ({ siteId: ps.siteId, onSiteDays: ps.onSiteDays, personId: ps.personId }));
}

/**
 * Field staff of a target scenario before people are placed: every local on-site position as
 * if filled, at its municipality's service points (spread over them in turn where there are
 * several). A local position whose municipality has no service point staffs nothing, and says so.
 */
export function fieldStaffAsIfFilled(dataset: Dataset, scenario: Scenario): { staff: FieldStaff[]; warnings: FieldStaffWarning[] } {
  const staff: FieldStaff[] = [];
  const warnings: FieldStaffWarning[] = [];
  const turn = new Map<string, number>();
  for (const position of dataset.positions) {
    if (position.location.rule !== 'local') continue;
    const municipalityId = position.location.municipalityId;
    const points = scenario.servicePoints.filter((p) => p.municipalityId === municipalityId);
    if (points.length === 0) {
      warnings.push({ code: 'no-service-point-for-position', params: { positionId: position.id, municipalityId } });
      continue;
    }
    const k = turn.get(municipalityId) ?? 0;
    turn.set(municipalityId, k + 1);
    staff.push({
      siteId: points[k % points.length]!.siteId,
      onSiteDays: cappedOnSiteDays(scenario, position.onSiteDays),
      positionId: position.id,
    });
  }
  return { staff, warnings };
}
