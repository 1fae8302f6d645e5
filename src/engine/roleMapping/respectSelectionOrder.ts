import type { AssignmentProblem, AssignmentSolution } from '../assignment/assignmentProblem';
import { hasOptimalityCertificate, resolveWithRowShifts } from '../assignment/resolveWithRowShifts';
import { columnGroupsOf } from '../assignment/identicalColumns';
import { MIN_COPIES_PER_GROUP, solveAssignment } from '../assignment/solveAssignment';
import { solveGroupedAssignment } from '../assignment/solveGroupedAssignment';
import type { SelectionConflict, SelectionOrder } from '../selectionOrder/selectionOrder';

export interface OrderRespectingSolve {
  solution: AssignmentSolution;
  order: SelectionOrder;
  /** Rows the order protected (given a placement bonus). */
  protectedRows: number[];
  rounds: number;
  /** The values the final solve maximised (the base values plus the protection bonuses). */
  values: Float64Array;
}

/**
 * Re-solves the assignment until no conflict with the order of selection remains that the
 * solver can remove (`honourAgreed`: conflicts HR recorded as deviations are left alone).
 *
 * Each round *protects* every person on the bench in such a conflict: their row gets a bonus
 * on every cell, G per protected person of their group ranked at or below them (G is the
 * span of the problem's values plus one). A row's constant bonus only decides whether the row
 * is placed, never where, so everyone else keeps the optimum's logic. After a solve, no
 * protected person b can stay benched in a conflict with a placed q of the same group on a
 * position p that b may take: putting b on p instead of q keeps the count of placements and
 * gains bonus(b) − bonus(q) ≥ G against a loss below G, so the exact optimum would have done
 * it. Every round therefore protects someone new: it ends within as many rounds as there are
 * rows, with no removable conflict left. What remains is held in place by manual decisions
 * (a lock, an exclusion, a not-selected stage) or agreed. See docs/selection-order.md.
 *
 * Each round changes only the protected rows, by a constant: it re-optimises the previous
 * round's optimum (`resolveWithRowShifts`, a warm start from its duals) rather than solving
 * from scratch, which at 2 000 people is what keeps the rounds cheap (docs/performance.md).
 * The first round starts from the given solution when it certifies itself optimal for `base`
 * (it may come from the retention guard's problem instead), else from a cold solve.
 */
export function respectSelectionOrder(
  base: AssignmentProblem,
  first: { solution: AssignmentSolution; order: SelectionOrder },
  rowOfPerson: ReadonlyMap<string, number>,
  colOfPosition: ReadonlyMap<string, number>,
  rank: (solution: AssignmentSolution, untilFirst?: (conflict: SelectionConflict) => boolean) => SelectionOrder,
  honourAgreed: boolean,
): OrderRespectingSolve {
  const { rows: n, cols: m } = base;
  const span = valueSpan(base) + 1;
  const protectedRows = new Set<number>();
  let { solution, order } = first;
  let rounds = 0;
  const groups = base.copyOf && columnGroupsOf(base, base.copyOf);
  const grouped = groups && groups.count * MIN_COPIES_PER_GROUP <= m ? groups : null;
  let lastBonus = new Map<number, number>();
  // The optimum of `values` with its certificate, from which the next round starts.
  let warm: AssignmentSolution | null = null;
  const isRemovable = (c: SelectionConflict) => {
    if (honourAgreed && c.agreedReason !== null) return false;
    const r = rowOfPerson.get(c.benchPersonId);
    const col = colOfPosition.get(c.positionId);
    return r !== undefined && col !== undefined && (base.allowed === undefined || base.allowed[r * m + col] === 1);
  };
  for (;;) {
    const removable = order.conflicts.filter(isRemovable);
    const fresh = removable.map((c) => rowOfPerson.get(c.benchPersonId)!).filter((r) => !protectedRows.has(r));
    // By the argument above `fresh` holds everyone in `removable`; the guard keeps a bug from looping.
    if (fresh.length === 0 || rounds > n) {
      // Ranked for the rounds, the order lists every conflict unless one was removable.
      if (rounds > 0 && removable.length > 0) order = rank(solution);
      break;
    }
    for (const r of fresh) protectedRows.add(r);
    rounds++;
    // A protected person placed on the company-leading post is in no group of the latest order
    // (outside LAS): they keep the bonus they had, or the next solve would bench them again.
    const bonus = protectionBonus(protectedRows, order, rowOfPerson, span);
    for (const r of protectedRows) if (!bonus.has(r) && lastBonus.has(r)) bonus.set(r, lastBonus.get(r)!);
    if (grouped) {
      // On the groups of copied columns a cold solve costs less than a warm repair, and the
      // bonuses go to the solver as row shifts: no full matrix per round.
      const rowBonus = new Float64Array(n);
      for (const [r, b] of bonus) rowBonus[r] = b;
      solution = solveGroupedAssignment(base, grouped, rowBonus);
    } else {
      const rowShift = new Float64Array(n);
      for (const [r, b] of bonus) rowShift[r] = b - (lastBonus.get(r) ?? 0);
      for (const [r, b] of lastBonus) if (!bonus.has(r)) rowShift[r] = -b;
      warm ??= hasOptimalityCertificate(base, solution) ? solution : solveAssignment(base);
      solution = resolveWithRowShifts({ ...base, values: withBonus(base, bonus) }, warm, rowShift);
      warm = solution;
    }
    // Who has a removable conflict is all the next round needs to know.
    order = rank(solution, isRemovable);
    lastBonus = bonus;
  }
  const values = rounds > 0 ? withBonus(base, lastBonus) : base.values;
  return { solution, order, protectedRows: [...protectedRows].sort((a, b) => a - b), rounds, values };
}

/** The base values with each protected row's bonus added to all its cells. */
function withBonus(base: AssignmentProblem, bonus: ReadonlyMap<number, number>): Float64Array {
  const values = base.values.slice();
  const m = base.cols;
  for (const [r, b] of bonus) for (let c = 0; c < m; c++) values[r * m + c]! += b;
  return values;
}

/** Bonus per protected row: `span` × the number of protected people of its group ranked at or below it. */
function protectionBonus(
  protectedRows: ReadonlySet<number>,
  order: SelectionOrder,
  rowOfPerson: ReadonlyMap<string, number>,
  span: number,
): Map<number, number> {
  const bonus = new Map<number, number>();
  for (const group of order.groups) {
    const rows = group.ranking
      .map((id) => rowOfPerson.get(id))
      .filter((r): r is number => r !== undefined && protectedRows.has(r));
    rows.forEach((r, k) => bonus.set(r, span * (rows.length - k)));
  }
  return bonus;
}

/** max − min of the allowed values (0 when nothing is allowed). */
function valueSpan(problem: AssignmentProblem): number {
  const { values, allowed } = problem;
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < values.length; k++) {
    if (allowed !== undefined && allowed[k] === 0) continue;
    const v = values[k]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi >= lo ? hi - lo : 0;
}
