import type { EmploymentPeriod } from './person';

export type EmploymentPeriodProblem =
  | { code: 'period-end-before-start'; index: number; field: 'end' }
  | { code: 'periods-overlap'; index: number; field: 'start'; other: number }
  | { code: 'date-after-reference'; index: number; field: 'start' };

/**
 * What makes a person's employment periods unusable for LAS 3 §: an end before its start,
 * two periods that overlap (a day would count twice), a start after the reference date
 * (employment not yet begun when notice would be given).
 */
export function employmentPeriodProblems(
  periods: readonly EmploymentPeriod[],
  referenceDate: string,
): EmploymentPeriodProblem[] {
  const problems: EmploymentPeriodProblem[] = [];
  periods.forEach((p, index) => {
    if (p.end !== undefined && p.end < p.start) problems.push({ code: 'period-end-before-start', index, field: 'end' });
    if (p.start > referenceDate) problems.push({ code: 'date-after-reference', index, field: 'start' });
  });
  const order = periods
    .map((_, i) => i)
    .sort((a, b) => (periods[a]!.start < periods[b]!.start ? -1 : periods[a]!.start > periods[b]!.start ? 1 : a - b));
  // The period reaching furthest so far; an open period runs on, so anything after it overlaps.
  let reach = order.length > 0 ? order[0]! : -1;
  for (let k = 1; k < order.length; k++) {
    const later = order[k]!;
    const furthest = periods[reach]!;
    if (furthest.end === undefined || periods[later]!.start <= furthest.end) {
      problems.push({ code: 'periods-overlap', index: later, field: 'start', other: reach });
    }
    const end = periods[later]!.end;
    if (furthest.end !== undefined && (end === undefined || end > furthest.end)) reach = later;
  }
  return problems;
}
