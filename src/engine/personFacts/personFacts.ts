import type { Dataset } from '../../schema/dataset';
import { precomputedOf, type PackagedDataset } from '../../schema/managerPackage';
import type { PersonFacts } from '../../schema/personFacts';
import { ageAt, ageBand } from '../ageBand';

/**
 * The seam between the private fields and the engine (see docs/roles-and-packages.md): every
 * engine phase that needs something derived from a birth year or an employment date reads it
 * here, never from the person. For HR's dataset the facts are computed from the private fields;
 * for a manager's package they are the ones HR's app precomputed.
 */
export interface RetirementRule {
  /** Age at which people retire (years). */
  retirementAge: number;
  /** Length of the transition (years from the reference date). */
  transitionYears: number;
}

/** Default retirement rule: 65 years, a transition of 2.5 years. */
export const defaultRetirementRule: RetirementRule = { retirementAge: 65, transitionYears: 2.5 };

/** Each person's private-derived facts by id: precomputed in a package, else computed from the private fields. */
export function personFactsOf(
  dataset: Dataset | PackagedDataset,
  rule: RetirementRule = defaultRetirementRule,
): ReadonlyMap<string, PersonFacts> {
  const precomputed = precomputedOf(dataset);
  const facts = precomputed ? precomputed.personFacts : personFactsFromPrivateFields(dataset as Dataset, rule);
  return new Map(facts.map((f) => [f.personId, f]));
}

/**
 * The facts from HR's private fields, at the dataset's reference date. The order of selection's
 * inputs become dense ranks (earliest start = 1; earliest birth year = 1), so comparing ranks
 * orders and ties exactly as comparing the dates.
 */
export function personFactsFromPrivateFields(
  dataset: Dataset,
  rule: RetirementRule = defaultRetirementRule,
): PersonFacts[] {
  const { referenceDate } = dataset;
  const employmentRank = denseRanks(dataset.people.map((p) => p.employmentStart));
  const ageRank = denseRanks(dataset.people.map((p) => p.birthYear));
  return dataset.people.map((person, i) => ({
    personId: person.id,
    ageBand: ageBand(person.birthYear, referenceDate),
    employmentYears: wholeYearsBetween(person.employmentStart, referenceDate),
    employmentRank: employmentRank[i]!,
    ageRank: ageRank[i]!,
    reachesRetirementAge: reachesRetirementAge(person.birthYear, referenceDate, rule),
  }));
}

/** Reaches `retirementAge` before the transition ends (age counted as in `ageAt`, by year). */
export function reachesRetirementAge(birthYear: number, referenceDate: string, rule: RetirementRule): boolean {
  return ageAt(birthYear, referenceDate) + rule.transitionYears >= rule.retirementAge;
}

/** Whole years from an ISO date to another (0 when the start is later). */
export function wholeYearsBetween(startDate: string, endDate: string): number {
  const [sy, sm, sd] = startDate.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = endDate.split('-').map(Number) as [number, number, number];
  let years = ey - sy;
  if (em < sm || (em === sm && ed < sd)) years -= 1;
  return Math.max(0, years);
}

/** 1 for the smallest value, the next distinct value 2, and so on; equal values share a rank. */
function denseRanks<T extends string | number>(values: readonly T[]): number[] {
  const distinct = [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rank = new Map(distinct.map((v, k) => [v, k + 1]));
  return values.map((v) => rank.get(v)!);
}
