import type { Dataset } from '../../schema/dataset';
import type { Person } from '../../schema/person';

/**
 * Monthly salaries where the data has none: the median of the title, else the median of
 * everyone with a salary, else `fallbackSek`. The same rule prices a position to recruit.
 */
export interface SalaryBook {
  /** The person's monthly salary at full time (their own, or the estimate), and whether it was estimated. */
  readonly ofPerson: (person: Person) => { monthlySek: number; estimated: boolean };
  /** The monthly salary a recruit to this title is paid (full time). */
  readonly ofTitle: (title: string) => number;
  /** People whose salary had to be estimated. */
  readonly estimatedCount: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Default when the data holds no salary at all: an assumed IT-department monthly salary (docs/economics.md). */
export const FALLBACK_MONTHLY_SALARY_SEK = 45_000;

export function salaryBook(dataset: Pick<Dataset, 'people'>, recruitMonthlySalarySek: number | null): SalaryBook {
  const byTitle = new Map<string, number[]>();
  const all: number[] = [];
  for (const p of dataset.people) {
    if (p.salary === undefined) continue;
    all.push(p.salary);
    const list = byTitle.get(p.title) ?? [];
    list.push(p.salary);
    byTitle.set(p.title, list);
  }
  const overall = all.length > 0 ? median(all) : FALLBACK_MONTHLY_SALARY_SEK;
  const titleMedian = (title: string) => {
    const list = byTitle.get(title);
    return list && list.length > 0 ? median(list) : overall;
  };
  return {
    ofPerson: (person) =>
      person.salary !== undefined
        ? { monthlySek: person.salary, estimated: false }
        : { monthlySek: titleMedian(person.title), estimated: true },
    ofTitle: (title) => recruitMonthlySalarySek ?? titleMedian(title),
    estimatedCount: dataset.people.filter((p) => p.salary === undefined).length,
  };
}
