import type { Person } from '../../schema/person';

const DAY_MS = 86_400_000;

/**
 * A person's employment time at the transfer date, in years, for the notice period of LAS 11 §
 * (via `noticeMonths`). The one place the economics read employment dates: when the dataset
 * records several employment periods (LAS 3 §), replace this with their total (or with the
 * notice months the order-of-selection module reports for the bench).
 */
export function redundancyEmploymentYears(person: Person, referenceDate: string): number {
  const days = (Date.parse(`${referenceDate}T00:00:00Z`) - Date.parse(`${person.employmentStart}T00:00:00Z`)) / DAY_MS;
  return Math.max(0, days / 365.25);
}
