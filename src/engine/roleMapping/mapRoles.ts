import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import type { AssignmentProblem, AssignmentSolution } from '../assignment/assignmentProblem';
import { cheapestForcedPair } from '../assignment/forcedPairLosses';
import { solveAssignment } from '../assignment/solveAssignment';
import type { PersonSite } from '../scenario/personSites';
import type { TravelMatrices } from '../scenario/travelMatrices';
import { cell } from '../scenario/travelMatrices';
import { selectionOrder, type SelectionMember, type SelectionOrder } from '../selectionOrder/selectionOrder';
import { competenceFit, type CompetenceGap } from './competenceFit';
import { positionCandidates, type PositionCandidate } from './positionCandidates';
import { retentionGuard, type RetentionGuardOutcome } from './retentionGuard';
import { managerGapAllowed, meetsHardRules, roleMappingProblem, type RoleMappingProblem, type RoleMappingWarning } from './roleMappingProblem';

export interface RunnerUp {
  personId: string;
  fit: number;
  score: number;
  /** How much the scenario's total score would fall if they took the position (everyone else re-optimised). */
  totalScoreLoss: number;
  /** Their probability of leaving within the transition if placed here. */
  leaveProbability: number;
  /**
   * Retention decided it: without the retention weight (r = 0) the runner-up would score at
   * least as high on this position as the holder.
   */
  decidedByRetention: boolean;
}

/** A placement that waits for a security vetting (säkerhetsprövning) before the person may start. */
export interface VettingFlag {
  leadMonths: number;
}

export interface Placement {
  personId: string;
  positionId: string;
  /** The site where the position is worked in this scenario; null when the scenario gives it none. */
  siteId: string | null;
  fit: number;
  score: number;
  gaps: CompetenceGap[];
  todayMinutes: number;
  scenarioMinutes: number;
  deltaMinutes: number;
  /** Probability of leaving within the transition on this position's site (docs/retention.md). */
  leaveProbability: number;
  /** Set when the position requires clearance the person does not have yet (rule `vetting`). */
  vetting: VettingFlag | null;
  /** Placed by a manual lock (assign, swap, slated or confirmed). */
  locked: boolean;
  /** The best other candidate; null when there is none or the placement is locked. */
  runnerUp: RunnerUp | null;
}

export interface RespectOrderOutcome {
  /** Total score given up to leave no conflict. */
  scoreCost: number;
  /** Pairs the order forced (more protected people onto positions). */
  forced: Array<{ personId: string; positionId: string }>;
  /** Conflicts left because the less protected person holds their position by a manual lock. */
  remainingConflicts: number;
}

export interface RoleMapping {
  placements: Placement[];
  /** People of the new company without a position (not selected, or beyond the positions). */
  bench: string[];
  /** Declined the transfer (LAS 6 b §): outside the new company. */
  declined: string[];
  /** Leaving: counted as departures. */
  leaving: string[];
  /** Positions kept vacant by decision. */
  vacant: string[];
  /** Positions to be filled by external recruitment (left out of the mapping). */
  recruited: string[];
  /** Positions that the hard rules left without anyone. */
  unfilled: string[];
  /** What the retention weight's guard did; null when the weight is 0. */
  retentionGuard: Omit<RetentionGuardOutcome, 'problem' | 'solution'> | null;
  totalScore: number;
  selectionOrder: SelectionOrder;
  respectOrder: RespectOrderOutcome | null;
  warnings: RoleMappingWarning[];
  /** The best candidates of each position not kept vacant (for manual decisions), by position id. */
  candidates?: Record<string, PositionCandidate[]>;
}

/**
 * The role mapping of a target scenario: build the problem (hard rules, scores), solve it
 * exactly (most positions filled, then the highest total score), rank the order of selection
 * and find its conflicts, optionally re-solve until the order is respected, and explain
 * every placement with its runner-up.
 */
export function mapRoles(
  dataset: Dataset,
  scenario: Scenario,
  travel: TravelMatrices,
  functionSites: readonly PersonSite[],
): RoleMapping {
  const problem = roleMappingProblem(dataset, scenario, travel);
  const n = problem.rowPerson.length;
  const m = problem.colPosition.length;
  const sufficientFit = scenario.parameters.selectionOrder.sufficientFit;
  const rowOfPerson = new Map(Array.from(problem.rowPerson, (i, r) => [dataset.people[i]!.id, r]));
  const positionIndex = new Map(dataset.positions.map((p, j) => [p.id, j]));
  const personById = new Map(dataset.people.map((p) => [p.id, p]));
  const isSufficient = (personId: string, positionId: string): boolean => {
    const person = personById.get(personId)!;
    const position = dataset.positions[positionIndex.get(positionId)!]!;
    const params = scenario.parameters.assignment;
    const { fit, gaps } = competenceFit(person, position, params);
    return meetsHardRules(person, position, params.clearanceRule) && managerGapAllowed(position, gaps, params.managerMaxGapLevels) && fit >= sufficientFit;
  };

  const weighted: AssignmentProblem = { rows: n, cols: m, values: tieBrokenScores(problem.score, n, m), allowed: problem.allowed, maximise: true };
  const totalOf = (s: AssignmentSolution) => trueTotal(problem.score, s, m);
  const { retentionWeight, fitWeight } = scenario.parameters.assignment;
  // With a retention weight, solve with and without it: the guard keeps the weighted mapping
  // only where it loses no expected retention and puts no competence at more risk.
  const guard = retentionWeight > 0 ? retentionGuard(dataset, scenario, problem, weighted, tieBrokenScores(plainScores(problem, fitWeight, retentionWeight), n, m)) : null;
  const base = guard ? guard.problem : weighted;
  let solverProblem = base;
  let solution = guard ? guard.solution : solveAssignment(base);
  const unconstrainedTotal = totalOf(solution);
  let order = rankSelection(dataset, scenario, problem, solution, functionSites, isSufficient);
  let respectOrder: RespectOrderOutcome | null = null;

  if (scenario.parameters.selectionOrder.respectOrder) {
    const lockedRows = new Set(problem.locks.map(([r]) => r));
    const allowed = problem.allowed.slice();
    const forced: RespectOrderOutcome['forced'] = [];
    // Each round places the most protected person in conflict on the position they outrank
    // someone for; placed people stay placed, so this ends within as many rounds as positions.
    for (let round = 0; round < m; round++) {
      const open = order.conflicts.filter((c) => !lockedRows.has(rowOfPerson.get(c.placedPersonId)!));
      if (open.length === 0) break;
      const conflict = open.reduce((best, c) =>
        order.rankOf[c.benchPersonId]!.rank < order.rankOf[best.benchPersonId]!.rank ? c : best,
      );
      const r = rowOfPerson.get(conflict.benchPersonId)!;
      const c = Array.from(problem.colPosition).findIndex((j) => dataset.positions[j]!.id === conflict.positionId);
      for (let k = 0; k < m; k++) if (k !== c) allowed[r * m + k] = 0;
      for (let k = 0; k < n; k++) if (k !== r) allowed[k * m + c] = 0;
      lockedRows.add(r);
      forced.push({ personId: conflict.benchPersonId, positionId: conflict.positionId });
      solverProblem = { ...base, allowed };
      solution = solveAssignment(solverProblem);
      order = rankSelection(dataset, scenario, problem, solution, functionSites, isSufficient);
    }
    respectOrder = {
      scoreCost: unconstrainedTotal - totalOf(solution),
      forced,
      remainingConflicts: order.conflicts.length,
    };
  }

  const locked = new Set(problem.locks.map(([r, c]) => r * m + c));
  const placements: Placement[] = [];
  for (let r = 0; r < n; r++) {
    const c = solution.rowToCol[r]!;
    if (c < 0) continue;
    const i = problem.rowPerson[r]!;
    const person = dataset.people[i]!;
    const position = dataset.positions[problem.colPosition[c]!]!;
    const at = r * m + c;
    const today = cell(travel.homeToSite, i, travel.siteIndex.get(person.siteId)!);
    const siteIndex = problem.site[at]!;
    placements.push({
      personId: person.id,
      positionId: position.id,
      siteId: siteIndex < 0 ? null : dataset.sites[siteIndex]!.id,
      fit: problem.fit[at]!,
      score: problem.score[at]!,
      gaps: competenceFit(person, position, scenario.parameters.assignment).gaps,
      todayMinutes: today.minutes,
      scenarioMinutes: problem.minutes[at]!,
      deltaMinutes: problem.minutes[at]! - today.minutes,
      leaveProbability: problem.leave[at]!,
      vetting: problem.vetting[at] ? { leadMonths: scenario.parameters.assignment.vettingLeadMonths } : null,
      locked: locked.has(at),
      runnerUp: locked.has(at) ? null : runnerUp(dataset, scenario, problem, solverProblem, solution, c),
    });
  }
  const placedRows = new Set(Array.from(solution.colToRow).filter((r) => r >= 0));
  const peopleWith = (status: RoleMappingProblem['status'][number]) =>
    dataset.people.filter((_, i) => problem.status[i] === status).map((p) => p.id);
  const vacant = new Set(scenario.decisions.vacancies);
  const recruited = new Set(scenario.decisions.externalRecruitment);
  return {
    placements,
    bench: dataset.people
      .filter((_, i) => problem.status[i] === 'not-placed' || (problem.status[i] === 'candidate' && !placedRows.has(rowOfPerson.get(dataset.people[i]!.id)!)))
      .map((p) => p.id),
    declined: peopleWith('declined-transfer'),
    leaving: peopleWith('leaving'),
    vacant: dataset.positions.filter((p) => vacant.has(p.id)).map((p) => p.id),
    recruited: dataset.positions.filter((p) => recruited.has(p.id) && !vacant.has(p.id)).map((p) => p.id),
    unfilled: Array.from(problem.colPosition)
      .filter((_, c) => solution.colToRow[c]! < 0)
      .map((j) => dataset.positions[j]!.id),
    totalScore: totalOf(solution),
    retentionGuard: guard && {
      protected: guard.protected,
      fellBack: guard.fellBack,
      expectedStaying: guard.expectedStaying,
      expectedStayingPlain: guard.expectedStayingPlain,
    },
    selectionOrder: order,
    respectOrder,
    warnings: problem.warnings,
    candidates: positionCandidates(dataset, scenario, problem, travel),
  };
}

/**
 * Real scores tie often (positions with the same title at the same site). To make the optimum
 * unique and stable — a lock or an exclusion then moves only the people it must — each pair
 * gets a tiny supermodular bonus ε·(r+1)·(c+1): among equally good assignments the one that
 * pairs people and positions in list order wins. ε·rows·cols stays far below any score
 * difference that means something (0.01 score is one minute of commute).
 */
const TIE_BREAK_EPSILON = 1e-12;

function tieBrokenScores(score: Float64Array, n: number, m: number): Float64Array {
  const values = new Float64Array(score.length);
  for (let r = 0; r < n; r++) for (let c = 0; c < m; c++) values[r * m + c] = score[r * m + c]! + TIE_BREAK_EPSILON * (r + 1) * (c + 1);
  return values;
}

/** Scores without the retention weight (r = 0): what r · p_leave took off each fit, added back. */
function plainScores(problem: RoleMappingProblem, fitWeight: number, retentionWeight: number): Float64Array {
  return Float64Array.from(problem.score, (s, k) => s + fitWeight * problem.fit[k]! * retentionWeight * problem.leave[k]!);
}

/** The total of the real (not tie-broken) scores of a solution's pairs. */
function trueTotal(score: Float64Array, solution: AssignmentSolution, m: number): number {
  let total = 0;
  solution.rowToCol.forEach((c, r) => {
    if (c >= 0) total += score[r * m + c]!;
  });
  return total;
}

/** Members of the order: placed people at their position's site, the bench at their function's site. */
function rankSelection(
  dataset: Dataset,
  scenario: Scenario,
  problem: RoleMappingProblem,
  solution: AssignmentSolution,
  functionSites: readonly PersonSite[],
  isSufficient: (personId: string, positionId: string) => boolean,
): SelectionOrder {
  const m = problem.colPosition.length;
  const benchSite = new Map(functionSites.map((ps) => [ps.personId, ps.siteId]));
  const members: SelectionMember[] = [];
  problem.rowPerson.forEach((i, r) => {
    const person = dataset.people[i]!;
    const c = solution.rowToCol[r]!;
    const siteIndex = c >= 0 ? problem.site[r * m + c]! : -1;
    members.push({
      personId: person.id,
      siteId: siteIndex >= 0 ? dataset.sites[siteIndex]!.id : (benchSite.get(person.id) ?? person.siteId),
      positionId: c >= 0 ? dataset.positions[problem.colPosition[c]!]!.id : null,
    });
  });
  dataset.people.forEach((person, i) => {
    if (problem.status[i] === 'not-placed') members.push({ personId: person.id, siteId: benchSite.get(person.id) ?? person.siteId, positionId: null });
  });
  return selectionOrder(dataset, scenario, members, isSufficient);
}

/** The best other candidate for column c: the smallest exact loss of forcing them in. */
function runnerUp(
  dataset: Dataset,
  scenario: Scenario,
  problem: RoleMappingProblem,
  solverProblem: AssignmentProblem,
  solution: AssignmentSolution,
  c: number,
): RunnerUp | null {
  const best = cheapestForcedPair(solverProblem, solution, c);
  if (!best || !Number.isFinite(best.loss)) return null;
  const m = problem.colPosition.length;
  const at = best.row * m + c;
  const holderAt = solution.colToRow[c]! * m + c;
  const { fitWeight, retentionWeight } = scenario.parameters.assignment;
  // The score without the retention weight: add back what r · p_leave took off the fit.
  const plainScore = (k: number) => problem.score[k]! + fitWeight * problem.fit[k]! * retentionWeight * problem.leave[k]!;
  return {
    personId: dataset.people[problem.rowPerson[best.row]!]!.id,
    fit: problem.fit[at]!,
    score: problem.score[at]!,
    totalScoreLoss: Math.max(0, best.loss),
    leaveProbability: problem.leave[at]!,
    decidedByRetention: retentionWeight > 0 && plainScore(at) >= plainScore(holderAt) && problem.score[at]! < problem.score[holderAt]!,
  };
}
