import { monthIndex, monthsInclusive } from '../../schema/economicsChecks';

export { monthIndex, monthsInclusive };

/**
 * The monthly calendar of a horizon: month i = 0 … 12·years − 1 counts from January of the first
 * year. Every cost is first laid out per month (so overlapping phases, a transfer in mid-year and
 * notice periods add up exactly), then summed per year. See docs/economics.md.
 */
export interface HorizonCalendar {
  readonly years: readonly number[];
  readonly months: number;
  /** Month index (in this calendar, may be negative or beyond the end) of a `YYYY-MM` or `YYYY-MM-DD`. */
  readonly at: (yearMonth: string) => number;
  /** Sums a monthly series into yearly totals. */
  readonly yearly: (monthly: ArrayLike<number>) => number[];
}

export function horizonCalendar(startYear: number, endYear: number): HorizonCalendar {
  const years = Array.from({ length: endYear - startYear + 1 }, (_, k) => startYear + k);
  const origin = startYear * 12;
  return {
    years,
    months: years.length * 12,
    at: (yearMonth) => monthIndex(yearMonth) - origin,
    yearly: (monthly) =>
      years.map((_, k) => {
        let sum = 0;
        for (let i = k * 12; i < k * 12 + 12; i++) sum += monthly[i] ?? 0;
        return sum;
      }),
  };
}

/** A month index `YYYY-MM` back from an index counted from January of year 0. */
export function yearMonthOf(absoluteMonth: number): string {
  const year = Math.floor(absoluteMonth / 12);
  const month = absoluteMonth - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
