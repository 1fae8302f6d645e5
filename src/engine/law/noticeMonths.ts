/**
 * The employer's notice period under LAS 11 §, by the employee's total employment time with
 * the employer (LAS 3 §: every period counts, and in a transfer of undertaking the time with
 * the former employer carries over). See docs/selection-order.md.
 */
const noticeSteps: readonly { fromYears: number; months: number }[] = [
  { fromYears: 10, months: 6 },
  { fromYears: 8, months: 5 },
  { fromYears: 6, months: 4 },
  { fromYears: 4, months: 3 },
  { fromYears: 2, months: 2 },
];

/** Notice months for `employmentYears` (fractional years of total employment time). */
export function noticeMonths(employmentYears: number): number {
  for (const step of noticeSteps) if (employmentYears >= step.fromYears) return step.months;
  return 1;
}

/**
 * Notice months for a total employment time in days: a year counts as 365 days, so that two
 * calendar years (730 or 731 days) reach the two-year step whatever the leap days.
 */
export const noticeMonthsForDays = (employmentDays: number): number => noticeMonths(employmentDays / 365);
