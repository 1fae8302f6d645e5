import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { cell, type TravelMatrices } from '../scenario/travelMatrices';
import { competenceFit, type CompetenceGap } from './competenceFit';
import {
  managerGapAllowed,
  pairFit,
  pairLeave,
  pairMinutes,
  pairScore,
  pairVetting,
  retainedRuleAllows,
  type RoleMappingProblem,
} from './roleMappingProblem';

/** Why a person may not hold a position: the hard rules and the scenario's exclusions. */
export type CandidateBlock = 'clearance' | 'manager' | 'managerGap' | 'excluded' | 'otherMunicipality';

export interface PositionCandidate {
  personId: string;
  fit: number;
  score: number;
  gaps: CompetenceGap[];
  /** One-way minutes the placement adds (negative: saves) against today's commute. */
  deltaMinutes: number;
  /** Probability of leaving within the transition if placed here (docs/retention.md). */
  leaveProbability: number;
  /** The position requires clearance and the person must first be vetted. */
  vetting: boolean;
  /** Empty when the person may hold the position (locks aside: a manual assign moves them). */
  blockedBy: CandidateBlock[];
}

/** How many candidates are kept per position. */
export const CANDIDATES_PER_POSITION = 10;

/**
 * The candidates of every position of the problem, best first (see `candidatesOfColumn`).
 */
export function positionCandidates(
  dataset: Dataset,
  scenario: Scenario,
  problem: RoleMappingProblem,
  travel: TravelMatrices,
  limit = CANDIDATES_PER_POSITION,
): Record<string, PositionCandidate[]> {
  const result: Record<string, PositionCandidate[]> = {};
  for (let c = 0; c < problem.colPosition.length; c++) {
    result[dataset.positions[problem.colPosition[c]!]!.id] = candidatesOfColumn(
      dataset,
      scenario,
      problem,
      travel,
      c,
      limit,
    );
  }
  return result;
}

/**
 * The candidates of the problem's column `c`, best first: those the hard rules and exclusions
 * allow, by score (ties by fit, then by id), then those they do not, by score. Locks are left
 * out of the ranking on purpose: the list is what a manual assign could choose.
 */
export function candidatesOfColumn(
  dataset: Dataset,
  scenario: Scenario,
  problem: RoleMappingProblem,
  travel: TravelMatrices,
  c: number,
  limit = CANDIDATES_PER_POSITION,
): PositionCandidate[] {
  const n = problem.rowPerson.length;
  const excluded = new Set(
    scenario.decisions.exclusions
      .filter((e) => e.positionId !== undefined)
      .map((e) => `${e.personId}\u0000${e.positionId}`),
  );
  const todayMinutes = (r: number) => {
    const i = problem.rowPerson[r]!;
    return cell(travel.homeToSite, i, travel.siteIndex.get(dataset.people[i]!.siteId)!).minutes;
  };
  const position = dataset.positions[problem.colPosition[c]!]!;
  const ranked: Array<{ r: number; blockedBy: CandidateBlock[] }> = [];
  for (let r = 0; r < n; r++) {
    const person = dataset.people[problem.rowPerson[r]!]!;
    const blockedBy: CandidateBlock[] = [];
    const hardClearance = scenario.parameters.assignment.clearanceRule === 'hard';
    if (hardClearance && position.clearanceRequired && !person.securityClearance) blockedBy.push('clearance');
    if (position.manager && !person.managerEligible) blockedBy.push('manager');
    else if (
      !managerGapAllowed(
        position,
        competenceFit(person, position, scenario.parameters.assignment).gaps,
        scenario.parameters.assignment.managerMaxGapLevels,
      )
    ) {
      blockedBy.push('managerGap');
    }
    if (excluded.has(`${person.id}\u0000${position.id}`)) blockedBy.push('excluded');
    if (!retainedRuleAllows(person.municipalityId, problem.status[problem.rowPerson[r]!]!, position)) {
      blockedBy.push('otherMunicipality');
    }
    ranked.push({ r, blockedBy });
  }
  ranked.sort((a, b) => {
    const blocked = Number(a.blockedBy.length > 0) - Number(b.blockedBy.length > 0);
    if (blocked !== 0) return blocked;
    const sa = pairScore(problem, a.r, c);
    const sb = pairScore(problem, b.r, c);
    if (sb !== sa) return sb - sa;
    const fa = pairFit(problem, a.r, c);
    const fb = pairFit(problem, b.r, c);
    if (fb !== fa) return fb - fa;
    return dataset.people[problem.rowPerson[a.r]!]!.id < dataset.people[problem.rowPerson[b.r]!]!.id ? -1 : 1;
  });
  return ranked.slice(0, limit).map(({ r, blockedBy }) => {
    const person = dataset.people[problem.rowPerson[r]!]!;
    return {
      personId: person.id,
      fit: pairFit(problem, r, c),
      score: pairScore(problem, r, c),
      gaps: competenceFit(person, position, scenario.parameters.assignment).gaps,
      deltaMinutes: pairMinutes(problem, r, c) - todayMinutes(r),
      leaveProbability: pairLeave(problem, r, c),
      vetting: pairVetting(problem, r, c),
      blockedBy,
    };
  });
}
