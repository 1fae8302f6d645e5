import type { Person } from '../../schema/person';
import { employmentDays } from '../law/employmentDays';

/**
 * What the order of selection ranks a person by (LAS 22 §): total employment time in days
 * (LAS 3 §), then age. A dataset with dates gives these through `selectionRankInputs`; a
 * source that has only ranks can supply the same shape precomputed.
 */
export interface RankInput {
  employmentDays: number;
  /** The birth date `YYYY-MM-DD` where known, otherwise only the year. */
  birth: { date: string } | { year: number };
}

/** Each person's rank inputs at the reference date. */
export function selectionRankInputs(people: readonly Person[], referenceDate: string): Map<string, RankInput> {
  return new Map(
    people.map((p) => [
      p.id,
      { employmentDays: employmentDays(p.employmentPeriods, referenceDate), birth: p.birthDate ? { date: p.birthDate } : { year: p.birthYear } },
    ]),
  );
}

/** Which rule decided between two people: `id` means the data could not (a tie the parties must settle). */
export type RankDecidedBy = 'employment' | 'age' | 'id';

const yearOf = (birth: RankInput['birth']): number => ('date' in birth ? Number(birth.date.slice(0, 4)) : birth.year);

/**
 * Negative when a is more protected than b: longer employment; then older (by birth date when
 * both are known, by birth year otherwise); then id, which decides only a tie the data
 * cannot resolve.
 */
export function compareRank(aId: string, a: RankInput, bId: string, b: RankInput): { order: number; decidedBy: RankDecidedBy } {
  if (a.employmentDays !== b.employmentDays) return { order: b.employmentDays - a.employmentDays, decidedBy: 'employment' };
  if ('date' in a.birth && 'date' in b.birth) {
    if (a.birth.date !== b.birth.date) return { order: a.birth.date < b.birth.date ? -1 : 1, decidedBy: 'age' };
  } else if (yearOf(a.birth) !== yearOf(b.birth)) {
    return { order: yearOf(a.birth) - yearOf(b.birth), decidedBy: 'age' };
  }
  return { order: aId < bId ? -1 : aId > bId ? 1 : 0, decidedBy: 'id' };
}
