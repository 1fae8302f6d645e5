import type { RoleMapping } from '../roleMapping/mapRoles';

/**
 * The positions the company recruits from outside: every position left without a holder (kept
 * vacant by decision, or unfilled by the hard rules). Positions a scenario marks for external
 * recruitment belong here too once the scenario records them.
 */
export function positionsToRecruit(assignment: Pick<RoleMapping, 'vacant' | 'unfilled'>): string[] {
  return [...new Set([...assignment.vacant, ...assignment.unfilled])].sort();
}
