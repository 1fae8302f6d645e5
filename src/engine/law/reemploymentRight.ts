import type { EmploymentPeriod } from '../../schema/person';
import { employmentDaysWithin } from './employmentDays';

/** How long the right lasts after the employment ended, and the employment it needs (more than these days). */
export const REEMPLOYMENT_MONTHS = 9;
export const REEMPLOYMENT_MIN_DAYS = 365;

/**
 * The right to re-employment (företrädesrätt, LAS 25 §): a person given notice for
 * redundancy who has been employed more than twelve months in total during the last three
 * years has priority to new work they are sufficiently qualified for, from the notice until
 * nine months after the employment ended. Counted at the reference date (notice is assumed
 * then); "more than twelve months" is more than 365 days. See docs/selection-order.md.
 */
export function reemploymentRight(periods: readonly EmploymentPeriod[], referenceDate: string): boolean {
  const year = Number(referenceDate.slice(0, 4));
  const windowStart = `${String(year - 3).padStart(4, '0')}${referenceDate.slice(4)}`;
  // 29 February three years back does not exist: Date.parse rolls it to 1 March.
  const from = Number.isNaN(Date.parse(`${windowStart}T00:00:00Z`)) ? `${year - 3}-03-01` : windowStart;
  return employmentDaysWithin(periods, from, referenceDate) > REEMPLOYMENT_MIN_DAYS;
}
