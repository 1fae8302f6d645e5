import type { Dataset } from '../../schema/dataset';
import type { PersonSite } from './personSites';
import type { FieldStaff } from './serviceCoverage';

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
