import type { EmploymentPeriod } from '../../schema/person';

/**
 * Employment time as LAS 3 § counts it: every period with the employer, summed (and in a
 * transfer of undertaking the time with the municipality carries over, so the periods are
 * the person's whole history with their municipality). A period runs from its `start` to its
 * `end`, both days included; an open period runs up to the day before `referenceDate`.
 * Nothing at or after the reference date counts. See docs/selection-order.md.
 */
const DAY_MS = 86_400_000;

export const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/** Days of employment in the half-open window [from, to) of ISO dates. */
export function employmentDaysWithin(periods: readonly EmploymentPeriod[], from: string, to: string): number {
  const lo = dayNumber(from);
  const hi = dayNumber(to);
  let days = 0;
  for (const period of periods) {
    const start = Math.max(lo, dayNumber(period.start));
    const endExclusive = Math.min(hi, period.end === undefined ? hi : dayNumber(period.end) + 1);
    if (endExclusive > start) days += endExclusive - start;
  }
  return days;
}

/** Total days of employment before the reference date. */
export function employmentDays(periods: readonly EmploymentPeriod[], referenceDate: string): number {
  const earliest = periods.reduce((min, p) => (p.start < min ? p.start : min), referenceDate);
  return employmentDaysWithin(periods, earliest, referenceDate);
}

/** Days as years (of 365.25 days), for the notice steps and for display. */
export const employmentYears = (days: number): number => days / 365.25;
