import type { Dataset } from '../../schema/dataset';
import type { RoleMapping } from '../roleMapping/mapRoles';

/** One member's retained positions and who holds them. */
export interface RetainedHeadcount {
  municipalityId: string;
  positions: number;
  /** Holders in all. */
  placed: number;
  /** Holders who declined the transfer, redeployed here (LAS 7 §). */
  redeployed: number;
}

/** The company against the positions the members keep (docs/retained-positions.md). */
export interface OrganisationHeadcount {
  companyPositions: number;
  /** People placed in the company's positions. */
  companyPlaced: number;
  retainedPositions: number;
  /** People placed in retained positions: they stay with their municipality. */
  retainedPlaced: number;
  byMember: RetainedHeadcount[];
}

/**
 * Headcount of the company and of each member's retained positions, from the scenario's view
 * of the dataset (`scenarioDataset`) and its role mapping.
 */
export function organisationHeadcount(
  dataset: Dataset,
  memberIds: readonly string[],
  roles: RoleMapping,
): OrganisationHeadcount {
  const positions = new Map(dataset.positions.map((p) => [p.id, p]));
  const declined = new Set(roles.declined);
  const byMember = new Map<string, RetainedHeadcount>(
    memberIds.map((id) => [id, { municipalityId: id, positions: 0, placed: 0, redeployed: 0 }]),
  );
  let companyPositions = 0;
  for (const p of dataset.positions) {
    if (p.retainedBy === undefined) companyPositions++;
    else byMember.get(p.retainedBy)!.positions++;
  }
  let companyPlaced = 0;
  for (const placement of roles.placements) {
    const owner = positions.get(placement.positionId)?.retainedBy;
    if (owner === undefined) {
      companyPlaced++;
      continue;
    }
    const member = byMember.get(owner)!;
    member.placed++;
    if (declined.has(placement.personId)) member.redeployed++;
  }
  const members = [...byMember.values()];
  return {
    companyPositions,
    companyPlaced,
    retainedPositions: members.reduce((sum, m) => sum + m.positions, 0),
    retainedPlaced: members.reduce((sum, m) => sum + m.placed, 0),
    byMember: members,
  };
}
