import type { Dataset } from './dataset';
import type { DatasetIssue } from './datasetIssue';

/** Months from `YYYY-MM` a to b, both ends counted (2027-03 to 2027-08 is 6). */
export function monthsInclusive(start: string, end: string): number {
  return monthIndex(end) - monthIndex(start) + 1;
}

/** Months since year 0 of a `YYYY-MM` (or `YYYY-MM-DD`) text. */
export function monthIndex(yearMonth: string): number {
  return Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(5, 7)) - 1;
}

/**
 * The checks of a dataset's economic inputs that their shape cannot make (docs/economics.md):
 * members that exist, a horizon that reaches the reference date, phases that end after they
 * start and fit in the horizon.
 */
export function economicsIssues(d: Dataset): DatasetIssue[] {
  const economics = d.economics;
  if (!economics) return [];
  const issues: DatasetIssue[] = [];
  const error = (field: string, code: DatasetIssue['code'], params: DatasetIssue['params'] = {}) =>
    issues.push({ severity: 'error', entity: 'dataset', id: null, field: `economics.${field}`, code, params });

  const { horizon } = economics;
  const referenceYear = Number(d.referenceDate.slice(0, 4));
  if (horizon.endYear < horizon.startYear)
    error('horizon.endYear', 'end-before-start', { start: horizon.startYear, end: horizon.endYear });
  else if (horizon.endYear < referenceYear)
    error('horizon.endYear', 'horizon-before-reference', { value: horizon.endYear, reference: d.referenceDate });
  const horizonMonths = Math.max(0, horizon.endYear - horizon.startYear + 1) * 12;

  const memberIds = new Set(d.municipalities.filter((m) => m.member).map((m) => m.id));
  const seenMembers = new Set<string>();
  economics.members.forEach((m, index) => {
    if (!memberIds.has(m.municipalityId))
      error(`members.${index}.municipalityId`, 'unknown-reference', {
        target: 'municipality',
        value: m.municipalityId,
      });
    if (seenMembers.has(m.municipalityId)) error(`members.${index}.municipalityId`, 'duplicate-id');
    seenMembers.add(m.municipalityId);
  });

  const seenPhases = new Set<string>();
  economics.phases.forEach((p, index) => {
    if (seenPhases.has(p.id)) error(`phases.${index}.id`, 'duplicate-id');
    seenPhases.add(p.id);
    const months = monthsInclusive(p.start, p.end);
    if (months < 1) error(`phases.${index}.end`, 'end-before-start', { start: p.start, end: p.end });
    else if (months > horizonMonths)
      error(`phases.${index}.end`, 'phase-longer-than-horizon', { months, horizonMonths });
  });
  const prep = economics.preparation;
  if (prep && monthsInclusive(prep.start, prep.end) < 1)
    error('preparation.end', 'end-before-start', { start: prep.start, end: prep.end });
  return issues;
}
