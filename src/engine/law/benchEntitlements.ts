import type { Dataset } from '../../schema/dataset';
import { personFactsOf } from '../personFacts/personFacts';

/** What a person of the new company left without a position is owed (see docs/selection-order.md). */
export interface BenchEntitlement {
  personId: string;
  /** Whole years of total employment at the reference date (LAS 3 §). */
  employmentYears: number;
  /** The employer's notice period (LAS 11 §). */
  noticeMonths: number;
  /** Priority to re-employment for nine months after the employment ends (LAS 25 §). */
  reemploymentRight: boolean;
  /**
   * Open positions they are sufficiently qualified for: redeployment comes before notice
   * (LAS 7 §). Never a company-leading position.
   */
  redeploymentOptions: string[];
}

/**
 * The entitlements of each benched person. `openPositionIds` are the positions nobody holds
 * in the proposal (kept vacancies, positions left unfilled); the company-leading post is
 * taken out here whatever the caller passes.
 */
export function benchEntitlements(
  dataset: Dataset,
  benchPersonIds: readonly string[],
  openPositionIds: readonly string[],
  isSufficient: (personId: string, positionId: string) => boolean,
): BenchEntitlement[] {
  // Derived from the private fields through the one seam, so a manager's package gives the same.
  const facts = personFactsOf(dataset);
  const companyLeading = new Set(dataset.positions.filter((p) => p.companyLeading).map((p) => p.id));
  const open = [...new Set(openPositionIds)].filter((id) => !companyLeading.has(id));
  return benchPersonIds.map((personId) => {
    const fact = facts.get(personId)!;
    return {
      personId,
      employmentYears: fact.employmentYears,
      noticeMonths: fact.noticeMonths,
      reemploymentRight: fact.reemploymentRight,
      redeploymentOptions: open.filter((positionId) => isSufficient(personId, positionId)),
    };
  });
}
