import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import type { AssignmentProblem, AssignmentSolution } from '../assignment/assignmentProblem';
import { benchEntitlements, type BenchEntitlement } from '../law/benchEntitlements';
import { attritionProbability } from '../retention/attritionProbability';
import type { TravelMatrices } from '../scenario/travelMatrices';
import { cell } from '../scenario/travelMatrices';
import { selectionRankInputs } from '../selectionOrder/rankInputs';
import {
  rankedSelection,
  selectionOrderBasis,
  type SelectionConflict,
  type SelectionMember,
  type SelectionOrder,
  type SelectionOrderBasis,
} from '../selectionOrder/selectionOrder';
import { competenceFit, type CompetenceGap } from './competenceFit';
import type { RoleMappingBasis } from './positionExplanation';
import { memo, type MappingReuse } from './mappingReuse';
import { mappingSolver } from './mappingSolver';
import { respectSelectionOrder } from './respectSelectionOrder';
import { retentionGuard, type RetentionGuardOutcome } from './retentionGuard';
import {
  managerGapAllowed,
  meetsHardRules,
  pairFit,
  pairLeave,
  pairMinutes,
  pairScore,
  pairSite,
  pairVetting,
  retainedRuleAllows,
  roleMappingProblem,
  type RoleMappingProblem,
  type RoleMappingWarning,
} from './roleMappingProblem';

export type { RunnerUp } from './positionExplanation';

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
}

export interface RespectOrderOutcome {
  /** Total score given up to leave no conflict: what following the order costs. */
  scoreCost: number;
  /**
   * The unconstrained optimum's total, kept as the comparison. Its conflicts with the order (some
   * 20 000 at 2 000 people) are listed on demand: `RoleMappingBasis.unconstrainedConflicts`.
   */
  unconstrainedTotalScore: number;
  /** People the order protected (placed over the optimum's choice), with the position they got. */
  forced: Array<{ personId: string; positionId: string | null }>;
  /** Solver rounds it took. */
  rounds: number;
  /** Conflicts left without an agreed deviation: held in place by manual decisions. */
  remainingConflicts: number;
}

/** What the agreed deviations change against the lawful proposal (the order followed without them). */
export interface DeviationEffect {
  lawfulTotalScore: number;
  totalScoreDelta: number;
  /** Expected people retained among the placed: Σ (1 − probability of leaving). */
  lawfulExpectedRetained: number;
  expectedRetainedDelta: number;
}

export interface RoleMapping {
  placements: Placement[];
  /** People of the new company without a position (not selected, or beyond the positions), with what they are owed. */
  bench: BenchEntitlement[];
  /** Declined the transfer (LAS 6 b §): outside the new company. */
  declined: string[];
  /** The same people with their municipality, which stays their employer and must try to redeploy them (LAS 7 §). */
  remainWithMunicipality: Array<{ personId: string; municipalityId: string }>;
  /** Open positions (kept vacant or unfilled) that a benched person is qualified for: redeployment comes first. */
  redeploymentFirst: Array<{ positionId: string; personIds: string[] }>;
  /** Set when agreed deviations are in force under `respectOrder`. */
  deviationEffect: DeviationEffect | null;
  /** Leaving: counted as departures. */
  leaving: string[];
  /** Positions kept vacant by decision. */
  vacant: string[];
  /** Positions to be filled by external recruitment (left out of the mapping). */
  recruited: string[];
  /** Positions that the hard rules left without anyone. */
  unfilled: string[];
  /** What the retention weight's guard did; null when the weight is 0. */
  retentionGuard: Omit<RetentionGuardOutcome, 'variant' | 'forced' | 'solution'> | null;
  totalScore: number;
  selectionOrder: SelectionOrder;
  respectOrder: RespectOrderOutcome | null;
  warnings: RoleMappingWarning[];
}

/**
 * The role mapping of a target scenario: build the problem (hard rules, scores), solve it
 * exactly (most positions filled, then the highest total score), rank the order of selection
 * and find its conflicts, optionally re-solve until the order is respected. Runner-ups and
 * candidate lists are not computed here: see `mapRolesWithBasis` and `explainPosition`.
 */
export function mapRoles(dataset: Dataset, scenario: Scenario, travel: TravelMatrices): RoleMapping {
  return mapRolesWithBasis(dataset, scenario, travel).mapping;
}

/**
 * `mapRoles`, and what explains a position later (`RoleMappingBasis`): a position's runner-up
 * and candidates are computed when it is shown, not for every placement (docs/performance.md).
 * `reuse`: kept between mappings of the same people and positions (see `MappingReuse`).
 */
export function mapRolesWithBasis(
  dataset: Dataset,
  scenario: Scenario,
  travel: TravelMatrices,
  reuse?: MappingReuse,
): { mapping: RoleMapping; basis: RoleMappingBasis } {
  const problem = roleMappingProblem(dataset, scenario, travel, reuse);
  const n = problem.rowPerson.length;
  const m = problem.colPosition.length;
  const rowOfPerson = new Map(Array.from(problem.rowPerson, (i, r) => [dataset.people[i]!.id, r]));
  const personById = new Map(dataset.people.map((p) => [p.id, p]));
  // Who is qualified for what does not depend on the sites: kept with the site-free problem.
  const isSufficient = memo(
    reuse,
    'isSufficient',
    [problem.copyOf, scenario.parameters.selectionOrder.sufficientFit],
    () => sufficiency(dataset, scenario, problem),
  );

  const totalOf = (s: AssignmentSolution) => trueTotal(problem, s);
  const { retentionWeight, fitWeight } = scenario.parameters.assignment;
  // On every column, or in a large merger on the groups of copied positions (docs/performance.md).
  // The plain score (r = 0) adds back what r · p_leave took off each fit.
  const plainWeight = fitWeight * retentionWeight;
  const solver = mappingSolver(
    problem,
    retentionWeight > 0
      ? (r, c) => pairScore(problem, r, c) + plainWeight * pairFit(problem, r, c) * pairLeave(problem, r, c)
      : null,
    reuse,
  );
  // With a retention weight, solve with and without it: the guard keeps the weighted mapping
  // only where it loses no expected retention and puts no competence at more risk.
  const guard = retentionWeight > 0 ? retentionGuard(dataset, scenario, problem, solver) : null;
  const variant = guard?.variant ?? 'weighted';
  // Everyone's group and place in it, whoever is placed: once for all the rounds' orders.
  const orderBasis = memo(reuse, 'selectionOrderBasis', [dataset, selectionOrderKey(scenario)], () =>
    selectionOrderBasis(dataset, scenario, selectionRankInputs(dataset)),
  );
  const rank = (s: AssignmentSolution, untilFirst?: (conflict: SelectionConflict) => boolean) =>
    rankSelection(dataset, problem, s, orderBasis, isSufficient, untilFirst);
  const colOfPosition = new Map(Array.from(problem.colPosition, (j, c) => [dataset.positions[j]!.id, c]));
  let solverProblem = (): AssignmentProblem => solver.problem(variant, guard?.forced ?? []);
  let solution = guard ? guard.solution : solver.solve(variant, []);
  const unconstrained = solution;
  const unconstrainedTotal = totalOf(solution);
  let order: SelectionOrder;
  let respectOrder: RespectOrderOutcome | null = null;
  let deviationEffect: DeviationEffect | null = null;

  if (scenario.parameters.selectionOrder.respectOrder) {
    // The law comes before the retention guard's preferences: the order is followed on the
    // guard's scores without the pairs it forced (see docs/role-mapping.md).
    const allowed = { pairs: problem.allowed, cols: m };
    const solve = (honourAgreed: boolean) =>
      respectSelectionOrder(solver, variant, allowed, unconstrained, rowOfPerson, colOfPosition, rank, honourAgreed);
    const lawful = solve(true);
    if (scenario.decisions.agreedDeviations.length > 0) {
      const strict = solve(false);
      const retainedWith = expectedRetained(problem, lawful.solution, travel, dataset, scenario);
      const retainedStrict = expectedRetained(problem, strict.solution, travel, dataset, scenario);
      deviationEffect = {
        lawfulTotalScore: totalOf(strict.solution),
        totalScoreDelta: totalOf(lawful.solution) - totalOf(strict.solution),
        lawfulExpectedRetained: retainedStrict,
        expectedRetainedDelta: retainedWith - retainedStrict,
      };
    }
    solution = lawful.solution;
    order = lawful.order;
    // Runner-ups are priced on the problem the proposal solved: a protected person's bonus is
    // part of the loss of forcing someone else in (see docs/selection-order.md).
    solverProblem = () => solver.problem(variant, [], lawful.bonus);
    respectOrder = {
      scoreCost: unconstrainedTotal - totalOf(solution),
      unconstrainedTotalScore: unconstrainedTotal,
      forced: lawful.protectedRows.map((r) => {
        const c = solution.rowToCol[r]!;
        return {
          personId: dataset.people[problem.rowPerson[r]!]!.id,
          positionId: c >= 0 ? dataset.positions[problem.colPosition[c]!]!.id : null,
        };
      }),
      rounds: lawful.rounds,
      remainingConflicts: order.conflicts.filter((c) => c.agreedReason === null).length,
    };
  } else order = rank(solution);

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
    const siteIndex = pairSite(problem, r, c);
    const minutes = pairMinutes(problem, r, c);
    placements.push({
      personId: person.id,
      positionId: position.id,
      siteId: siteIndex < 0 ? null : dataset.sites[siteIndex]!.id,
      fit: pairFit(problem, r, c),
      score: pairScore(problem, r, c),
      gaps: competenceFit(person, position, scenario.parameters.assignment).gaps,
      todayMinutes: today.minutes,
      scenarioMinutes: minutes,
      deltaMinutes: minutes - today.minutes,
      leaveProbability: pairLeave(problem, r, c),
      vetting: pairVetting(problem, r, c) ? { leadMonths: scenario.parameters.assignment.vettingLeadMonths } : null,
      locked: locked.has(at),
    });
  }
  const placedRows = new Set(Array.from(solution.colToRow).filter((r) => r >= 0));
  const peopleWith = (status: RoleMappingProblem['status'][number]) =>
    dataset.people.filter((_, i) => problem.status[i] === status).map((p) => p.id);
  const vacant = new Set(scenario.decisions.vacancies);
  const recruited = new Set(scenario.decisions.externalRecruitment);
  const vacantIds = dataset.positions.filter((p) => vacant.has(p.id)).map((p) => p.id);
  const recruitedIds = dataset.positions.filter((p) => recruited.has(p.id) && !vacant.has(p.id)).map((p) => p.id);
  const unfilled = Array.from(problem.colPosition)
    .filter((_, c) => solution.colToRow[c]! < 0)
    .map((j) => dataset.positions[j]!.id);
  const benchIds = dataset.people
    .filter(
      (_, i) =>
        problem.status[i] === 'not-placed' ||
        (problem.status[i] === 'candidate' && !placedRows.has(rowOfPerson.get(dataset.people[i]!.id)!)),
    )
    .map((p) => p.id);
  // Positions nobody holds that a benched person could be redeployed to (LAS 7 §): kept
  // vacancies, positions to recruit externally and positions left unfilled.
  const openPositions = [...vacantIds, ...recruitedIds, ...unfilled];
  const bench = benchEntitlements(dataset, benchIds, openPositions, isSufficient);
  const declined = peopleWith('declined-transfer');
  const mapping: RoleMapping = {
    placements,
    bench,
    declined,
    remainWithMunicipality: declined.map((personId) => ({
      personId,
      municipalityId: personById.get(personId)!.municipalityId,
    })),
    redeploymentFirst: openPositions
      .map((positionId) => ({
        positionId,
        personIds: bench.filter((b) => b.redeploymentOptions.includes(positionId)).map((b) => b.personId),
      }))
      .filter((r) => r.personIds.length > 0),
    deviationEffect,
    leaving: peopleWith('leaving'),
    vacant: vacantIds,
    recruited: recruitedIds,
    unfilled,
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
  };
  let solved: AssignmentProblem | null = null;
  let unconstrainedConflicts: SelectionConflict[] | null = null;
  const basis: RoleMappingBasis = {
    problem,
    solution,
    get solverProblem() {
      return (solved ??= solverProblem());
    },
    get unconstrainedConflicts() {
      // Without `respectOrder` the proposal is the unconstrained optimum, its order already listed.
      return (unconstrainedConflicts ??= respectOrder ? rank(unconstrained).conflicts : order.conflicts);
    },
  };
  return { mapping, basis };
}

/**
 * Whether a person has sufficient qualifications for a position (docs/selection-order.md):
 * the hard rules, and a fit of at least `sufficientFit`. Copies of a role are alike for this
 * question too: answered once per person and class.
 */
function sufficiency(
  dataset: Dataset,
  scenario: Scenario,
  problem: RoleMappingProblem,
): (personId: string, positionId: string) => boolean {
  const params = scenario.parameters.assignment;
  const { sufficientFit } = scenario.parameters.selectionOrder;
  const m = problem.colPosition.length;
  const positionIndex = new Map(dataset.positions.map((p, j) => [p.id, j]));
  const personById = new Map(dataset.people.map((p) => [p.id, p]));
  const classOfPosition = new Map(
    Array.from(problem.colPosition, (j, c) => [dataset.positions[j]!.id, problem.copyOf[c]!]),
  );
  const decide = (personId: string, positionId: string): boolean => {
    const person = personById.get(personId)!;
    const position = dataset.positions[positionIndex.get(positionId)!]!;
    const { fit, gaps } = competenceFit(person, position, params);
    return (
      meetsHardRules(person, position, params.clearanceRule) &&
      managerGapAllowed(position, gaps, params.managerMaxGapLevels) &&
      retainedRuleAllows(person.municipalityId, 'candidate', position) &&
      fit >= sufficientFit
    );
  };
  const byClass = new Map<string, Int8Array>();
  // The order asks about one bench person against everyone placed below them in turn.
  let lastPerson = '';
  let known: Int8Array = new Int8Array(0);
  return (personId, positionId) => {
    const positionClass = classOfPosition.get(positionId);
    if (positionClass === undefined) return decide(personId, positionId);
    if (personId !== lastPerson) {
      lastPerson = personId;
      let row = byClass.get(personId);
      if (!row) byClass.set(personId, (row = new Int8Array(m).fill(-1)));
      known = row;
    }
    if (known[positionClass] === -1) known[positionClass] = decide(personId, positionId) ? 1 : 0;
    return known[positionClass] === 1;
  };
}

/** What the order of selection's groups depend on besides the dataset. */
function selectionOrderKey(scenario: Scenario): string {
  const { lasExemptions, agreedDeviations } = scenario.decisions;
  return JSON.stringify([scenario.parameters.selectionOrder, lasExemptions, agreedDeviations]);
}

/** The total of the real (not tie-broken) scores of a solution's pairs. */
function trueTotal(problem: RoleMappingProblem, solution: AssignmentSolution): number {
  let total = 0;
  solution.rowToCol.forEach((c, r) => {
    if (c >= 0) total += pairScore(problem, r, c);
  });
  return total;
}

/** Members of the order: the candidates (placed or not) and the people HR left unplaced. */
function rankSelection(
  dataset: Dataset,
  problem: RoleMappingProblem,
  solution: AssignmentSolution,
  orderBasis: SelectionOrderBasis,
  isSufficient: (personId: string, positionId: string) => boolean,
  untilFirst?: (conflict: SelectionConflict) => boolean,
): SelectionOrder {
  const members: SelectionMember[] = [];
  problem.rowPerson.forEach((i, r) => {
    const c = solution.rowToCol[r]!;
    // The company's order only: people placed in a position a member retains stay with their
    // municipality, and those who declined the transfer are outside it (docs/retained-positions.md).
    if (problem.status[i] !== 'candidate' || (c >= 0 && dataset.positions[problem.colPosition[c]!]!.retainedBy)) return;
    members.push({
      personId: dataset.people[i]!.id,
      positionId: c >= 0 ? dataset.positions[problem.colPosition[c]!]!.id : null,
    });
  });
  dataset.people.forEach((person, i) => {
    if (problem.status[i] === 'not-placed') members.push({ personId: person.id, positionId: null });
  });
  return rankedSelection(orderBasis, members, isSufficient, untilFirst);
}

/** Expected people retained among the placed: Σ (1 − p_leave) by the attrition curve. */
function expectedRetained(
  problem: RoleMappingProblem,
  solution: AssignmentSolution,
  travel: TravelMatrices,
  dataset: Dataset,
  scenario: Scenario,
): number {
  let total = 0;
  solution.rowToCol.forEach((c, r) => {
    if (c < 0) return;
    const i = problem.rowPerson[r]!;
    const today = cell(travel.homeToSite, i, travel.siteIndex.get(dataset.people[i]!.siteId)!).minutes;
    const minutes = pairMinutes(problem, r, c);
    total += 1 - attritionProbability(minutes, minutes - today, scenario.parameters.attrition);
  });
  return total;
}
