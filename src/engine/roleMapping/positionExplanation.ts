import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import type { AssignmentProblem, AssignmentSolution } from '../assignment/assignmentProblem';
import { cheapestForcedPair } from '../assignment/forcedPairLosses';
import type { TravelMatrices } from '../scenario/travelMatrices';
import type { SelectionConflict } from '../selectionOrder/selectionOrder';
import { candidatesOfColumn, type PositionCandidate } from './positionCandidates';
import { pairFit, pairLeave, pairScore, type RoleMappingProblem } from './roleMappingProblem';

/**
 * What a role mapping keeps so that a position can be explained later (docs/performance.md,
 * "What is computed on demand"): the problem, the problem the proposal finally solved (its
 * values include the order of selection's bonuses), its optimum with the dual potentials, and
 * the unconstrained optimum's conflicts with the order.
 * A worker keeps it across messages. `solverProblem` is built when first read: a full matrix
 * (26 MB at 2 000 people) that only an explanation needs.
 */
export interface RoleMappingBasis {
  readonly problem: RoleMappingProblem;
  readonly solverProblem: AssignmentProblem;
  readonly solution: AssignmentSolution;
  /**
   * The unconstrained optimum's conflicts with the order of selection, what HR may record as
   * deviations: listed when first read (the rounds that follow the order need only who has one).
   */
  readonly unconstrainedConflicts: SelectionConflict[];
}

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

/** One position explained: who came second to its holder, and its best candidates. */
export interface PositionExplanation {
  positionId: string;
  /** The best other candidate; null when the position has no holder or none, or the holder is locked. */
  runnerUp: RunnerUp | null;
  /** Ranked candidates; null when the position is not in the mapping (kept vacant or recruited). */
  candidates: PositionCandidate[] | null;
}

/** What the explanation reads besides the basis. */
export interface ExplanationContext {
  dataset: Dataset;
  scenario: Scenario;
  travel: TravelMatrices;
}

/** The column of a position in the basis, or -1 when the position is not in the mapping. */
function columnOf(context: ExplanationContext, basis: RoleMappingBasis, positionId: string): number {
  const { colPosition } = basis.problem;
  for (let c = 0; c < colPosition.length; c++) {
    if (context.dataset.positions[colPosition[c]!]!.id === positionId) return c;
  }
  return -1;
}

/**
 * The runner-up of a position: the other person whose forcing onto it loses the least total
 * score, priced exactly from the optimum's dual potentials (`cheapestForcedPair`) on the
 * problem the proposal solved: a protected person's bonus is part of the loss of forcing
 * someone else in (docs/selection-order.md). Null for a vacant, unfilled or locked position.
 */
export function runnerUpFor(context: ExplanationContext, basis: RoleMappingBasis, positionId: string): RunnerUp | null {
  const c = columnOf(context, basis, positionId);
  return c < 0 ? null : runnerUpOfColumn(context, basis, c);
}

function runnerUpOfColumn(context: ExplanationContext, basis: RoleMappingBasis, c: number): RunnerUp | null {
  const { dataset, scenario } = context;
  const { problem, solverProblem, solution } = basis;
  const holder = solution.colToRow[c]!;
  if (holder < 0 || problem.locks.some(([r, col]) => r === holder && col === c)) return null;
  const best = cheapestForcedPair(solverProblem, solution, c);
  if (!best || !Number.isFinite(best.loss)) return null;
  const { fitWeight, retentionWeight } = scenario.parameters.assignment;
  // The score without the retention weight: add back what r · p_leave took off the fit.
  const plainScore = (r: number) =>
    pairScore(problem, r, c) + fitWeight * pairFit(problem, r, c) * retentionWeight * pairLeave(problem, r, c);
  return {
    personId: dataset.people[problem.rowPerson[best.row]!]!.id,
    fit: pairFit(problem, best.row, c),
    score: pairScore(problem, best.row, c),
    totalScoreLoss: Math.max(0, best.loss),
    leaveProbability: pairLeave(problem, best.row, c),
    decidedByRetention:
      retentionWeight > 0 &&
      plainScore(best.row) >= plainScore(holder) &&
      pairScore(problem, best.row, c) < pairScore(problem, holder, c),
  };
}

/** A position's runner-up and ranked candidates, computed when it is shown. */
export function explainPosition(
  context: ExplanationContext,
  basis: RoleMappingBasis,
  positionId: string,
): PositionExplanation {
  const c = columnOf(context, basis, positionId);
  if (c < 0) return { positionId, runnerUp: null, candidates: null };
  return {
    positionId,
    runnerUp: runnerUpOfColumn(context, basis, c),
    candidates: candidatesOfColumn(context.dataset, context.scenario, basis.problem, context.travel, c),
  };
}

/** Every position of the mapping explained, in column order (`evaluate --explain`). */
export function explainAllPositions(context: ExplanationContext, basis: RoleMappingBasis): PositionExplanation[] {
  return Array.from(basis.problem.colPosition, (j) =>
    explainPosition(context, basis, context.dataset.positions[j]!.id),
  );
}
