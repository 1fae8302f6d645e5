import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import type { AssignmentSolution } from '../assignment/assignmentProblem';
import { expectedHolders, probabilityFewerHolders } from '../retention/holderCountDistribution';
import { DEFAULT_AT_RISK_PROBABILITY } from '../retention/retentionTypes';
import type { ForcedPair, MappingSolver, ScoreVariant } from './mappingSolver';
import { pairLeave, type RoleMappingProblem } from './roleMappingProblem';

export interface RetentionGuardOutcome {
  /** The scores finally solved (`plain` when it fell back), the pairs the guard forced, and the solution. */
  variant: ScoreVariant;
  forced: ForcedPair[];
  solution: AssignmentSolution;
  /** People placed to keep a competence from more risk, with the competence. */
  protected: Array<{ personId: string; positionId: string; competenceId: string }>;
  /** The weighted mapping could not be repaired and the plain one (r = 0) was kept. */
  fellBack: boolean;
  /** Σ (1 − p_leave) over the placed, with the weight (as kept) and without it. */
  expectedStaying: number;
  expectedStayingPlain: number;
}

/**
 * What the retention weight did (docs/role-mapping.md, "Retention weight"): the mapping with
 * the weight must keep at least as many people expected to stay as the mapping without it
 * (r = 0), and leave no competence at more risk. Weighting each pair's fit by its chance of
 * staying prefers people who stay, but it does not see competences beyond each position's own
 * requirements: it may bench the third holder of a scarce competence. So:
 * 1. solve with the weight, and without it;
 * 2. while a competence is at risk with the weight but not without it, place the holder the
 *    plain mapping placed and the weighted one benched (the one most likely to stay) on the
 *    plain mapping's position, and solve again;
 * 3. if the result still keeps fewer people expected to stay, or a competence is still at more
 *    risk, keep the plain mapping.
 */
export function retentionGuard(
  dataset: Dataset,
  scenario: Scenario,
  problem: RoleMappingProblem,
  solver: MappingSolver,
): RetentionGuardOutcome {
  const plain = solver.solve('plain', []);
  const risk = competenceRisk(dataset, scenario, problem);
  const plainRisk = risk(plain);
  const plainStaying = expectedStaying(problem, plain);
  const forced: ForcedPair[] = [];
  let solution = solver.solve('weighted', forced);
  const protectedPairs: RetentionGuardOutcome['protected'] = [];
  const worse = (s: AssignmentSolution) => {
    const atRisk = risk(s);
    return [...atRisk].filter((c) => !plainRisk.has(c));
  };
  for (let round = 0; round < dataset.competences.length; round++) {
    const moreRisk = worse(solution);
    if (moreRisk.length === 0) break;
    const pick = benchedHolder(dataset, scenario, problem, forced, plain, solution, moreRisk);
    if (!pick) break;
    forced.push([pick.row, pick.col]);
    solution = solver.solve('weighted', forced);
    protectedPairs.push({
      personId: dataset.people[problem.rowPerson[pick.row]!]!.id,
      positionId: dataset.positions[problem.colPosition[pick.col]!]!.id,
      competenceId: pick.competenceId,
    });
  }
  const staying = expectedStaying(problem, solution);
  const placed = (s: AssignmentSolution) => s.rowToCol.reduce((n, c) => n + (c >= 0 ? 1 : 0), 0);
  const fellBack = placed(solution) < placed(plain) || staying < plainStaying - 1e-9 || worse(solution).length > 0;
  return fellBack
    ? {
        variant: 'plain',
        forced: [],
        solution: plain,
        protected: [],
        fellBack: true,
        expectedStaying: plainStaying,
        expectedStayingPlain: plainStaying,
      }
    : {
        variant: 'weighted',
        forced,
        solution,
        protected: protectedPairs,
        fellBack: false,
        expectedStaying: staying,
        expectedStayingPlain: plainStaying,
      };
}

/** Σ (1 − p_leave) over the placed pairs of a solution. */
export function expectedStaying(problem: RoleMappingProblem, solution: AssignmentSolution): number {
  let sum = 0;
  solution.rowToCol.forEach((c, r) => {
    if (c >= 0) sum += 1 - pairLeave(problem, r, c);
  });
  return sum;
}

/**
 * The competences at risk under a solution, by the exact figures and the same rule as the
 * retention simulation: needed, and fewer expected to stay than needed, or a chance of at least
 * 0.2 of fewer than `minHolders` holders. Need: the positions of the problem requiring the
 * competence at or above the held level.
 */
export function competenceRisk(
  dataset: Dataset,
  scenario: Scenario,
  problem: RoleMappingProblem,
): (s: AssignmentSolution) => Set<string> {
  const { heldLevel, minHolders } = scenario.parameters.attrition;
  const need = new Map<string, number>();
  for (const j of problem.colPosition) {
    for (const r of dataset.positions[j]!.requirements)
      if (r.minLevel >= heldLevel) need.set(r.competenceId, (need.get(r.competenceId) ?? 0) + 1);
  }
  return (solution) => {
    const atRisk = new Set<string>();
    const leave: number[] = [];
    const rows: number[] = [];
    solution.rowToCol.forEach((c, r) => {
      if (c < 0) return;
      rows.push(r);
      leave.push(pairLeave(problem, r, c));
    });
    for (const [competenceId, needed] of need) {
      const holders: number[] = [];
      rows.forEach((r, t) => {
        if ((dataset.people[problem.rowPerson[r]!]!.competences[competenceId] ?? 0) >= heldLevel) holders.push(t);
      });
      const expected = expectedHolders(leave, holders);
      if (expected < needed || probabilityFewerHolders(leave, holders, minHolders) >= DEFAULT_AT_RISK_PROBABILITY)
        atRisk.add(competenceId);
    }
    return atRisk;
  };
}

/** Of the competences at more risk, a holder placed by the plain mapping and benched by the weighted one, most likely to stay first. */
function benchedHolder(
  dataset: Dataset,
  scenario: Scenario,
  problem: RoleMappingProblem,
  forced: readonly ForcedPair[],
  plain: AssignmentSolution,
  weighted: AssignmentSolution,
  competenceIds: readonly string[],
): { row: number; col: number; competenceId: string } | null {
  const m = problem.colPosition.length;
  // A pair stays open unless a forced pair took its row or its column.
  const allowedWith = (r: number, c: number) =>
    problem.allowed[r * m + c] === 1 && forced.every(([row, col]) => (row === r) === (col === c));
  const { heldLevel } = scenario.parameters.attrition;
  let best: { row: number; col: number; competenceId: string; leave: number } | null = null;
  for (const competenceId of competenceIds) {
    plain.rowToCol.forEach((c, r) => {
      if (c < 0 || weighted.rowToCol[r]! >= 0 || !allowedWith(r, c)) return;
      if ((dataset.people[problem.rowPerson[r]!]!.competences[competenceId] ?? 0) < heldLevel) return;
      const leave = pairLeave(problem, r, c);
      if (!best || leave < best.leave) best = { row: r, col: c, competenceId, leave };
    });
  }
  return best;
}
