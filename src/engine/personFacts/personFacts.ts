import type { Dataset } from '../../schema/dataset';
import { precomputedOf, type PackagedDataset } from '../../schema/managerPackage';
import type { PersonFacts } from '../../schema/personFacts';
import type { Person } from '../../schema/person';
import { ageBand } from '../ageBand';
import { employmentDays } from '../law/employmentDays';
import { noticeMonthsForDays } from '../law/noticeMonths';
import { reemploymentRight } from '../law/reemploymentRight';
import { reachesRetirementAge } from '../retention/attritionProbability';

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
  if (precomputed) return new Map(precomputed.personFacts.map((f) => [f.personId, f]));
  // The same staff gives the same facts: kept per people list (a scenario's view of the
  // dataset shares it), reference date and rule, as an evaluation asks three times.
  const key = `${dataset.referenceDate}|${rule.retirementAge}|${rule.transitionYears}`;
  let byKey = factsOfPeople.get(dataset.people);
  const known = byKey?.get(key);
  if (known) return known;
  const facts = new Map(personFactsFromPrivateFields(dataset as Dataset, rule).map((f) => [f.personId, f]));
  if (!byKey) factsOfPeople.set(dataset.people, (byKey = new Map()));
  byKey.set(key, facts);
  return facts;
}

// A memo, not state: the same inputs always give the same facts.
const factsOfPeople = new WeakMap<readonly object[], Map<string, ReadonlyMap<string, PersonFacts>>>();

/**
 * The facts from HR's private fields, at the dataset's reference date. The order of selection's
 * inputs become dense ranks (1 = longest total employment; 1 = oldest), so comparing ranks
 * orders and ties exactly as comparing the periods and birth dates (see `rankInputs.ts`).
 */
export function personFactsFromPrivateFields(
  dataset: Dataset,
  rule: RetirementRule = defaultRetirementRule,
): PersonFacts[] {
  const { referenceDate } = dataset;
  const days = dataset.people.map((p) => employmentDays(p.employmentPeriods, referenceDate));
  const employmentRank = denseRanks(days, (a, b) => b - a);
  const ageRank = denseRanks(dataset.people, (a, b) => compareAge(a, b));
  return dataset.people.map((person, i) => ({
    personId: person.id,
    ageBand: ageBand(person.birthYear, referenceDate),
    employmentYears: Math.floor(days[i]! / 365),
    employmentRank: employmentRank[i]!,
    ageRank: ageRank[i]!,
    reachesRetirementAge: reachesRetirementAge(person, referenceDate, rule),
    noticeMonths: noticeMonthsForDays(days[i]!),
    reemploymentRight: reemploymentRight(person.employmentPeriods, referenceDate),
  }));
}

/** Negative when a is older: by birth date when both are known, by birth year otherwise. */
function compareAge(a: Person, b: Person): number {
  if (a.birthDate && b.birthDate) return a.birthDate < b.birthDate ? -1 : a.birthDate > b.birthDate ? 1 : 0;
  return a.birthYear - b.birthYear;
}

/** Rank 1 for the first value in `compare`'s order, the next distinct value 2, …; equal values share a rank. */
function denseRanks<T>(values: readonly T[], compare: (a: T, b: T) => number): number[] {
  const order = values.map((_, i) => i).sort((i, j) => compare(values[i]!, values[j]!));
  const ranks = new Array<number>(values.length);
  order.forEach((i, k) => {
    const previous = order[k - 1];
    ranks[i] =
      previous === undefined
        ? 1
        : compare(values[previous]!, values[i]!) === 0
          ? ranks[previous]!
          : ranks[previous]! + 1;
  });
  return ranks;
}
