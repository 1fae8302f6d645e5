import type { Dataset } from '../../schema/dataset';
import type { PackagedDataset } from '../../schema/managerPackage';
import { personFactsOf } from '../personFacts/personFacts';

/**
 * What the order of selection ranks a person by (LAS 22 §): total employment time (LAS 3 §,
 * every period summed), then age. Both come as dense ranks through the one seam to the private
 * fields (`personFactsOf`): computed from the periods and birth dates in HR's dataset, carried
 * precomputed in a manager's package, so both order and tie exactly alike.
 */
export interface RankInput {
  /** 1 = longest total employment; equal time, equal rank. */
  employmentRank: number;
  /** 1 = oldest (birth date where both are known, else birth year); equal, equal rank. */
  ageRank: number;
  /** Whole years of total employment, for display. */
  employmentYears: number;
}

/** Each person's rank inputs at the reference date. */
export function selectionRankInputs(dataset: Dataset | PackagedDataset): Map<string, RankInput> {
  return new Map(
    [...personFactsOf(dataset).values()].map((f) => [
      f.personId,
      { employmentRank: f.employmentRank, ageRank: f.ageRank, employmentYears: f.employmentYears },
    ]),
  );
}

/** Which rule decided between two people: `id` means the data could not (a tie the parties must settle). */
export type RankDecidedBy = 'employment' | 'age' | 'id';

/**
 * Negative when a is more protected than b: longer employment; then older; then id, which
 * decides only a tie the data cannot resolve.
 */
export function compareRank(
  aId: string,
  a: RankInput,
  bId: string,
  b: RankInput,
): { order: number; decidedBy: RankDecidedBy } {
  const order = rankOrderOf(aId, a, bId, b);
  if (a.employmentRank !== b.employmentRank) return { order, decidedBy: 'employment' };
  if (a.ageRank !== b.ageRank) return { order, decidedBy: 'age' };
  return { order, decidedBy: 'id' };
}

/** `compareRank`'s order alone. */
export function rankOrderOf(aId: string, a: RankInput, bId: string, b: RankInput): number {
  if (a.employmentRank !== b.employmentRank) return a.employmentRank - b.employmentRank;
  if (a.ageRank !== b.ageRank) return a.ageRank - b.ageRank;
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}
