import type { AssignmentProblem, AssignmentSolution } from '../assignment/assignmentProblem';
import { hasOptimalityCertificate, resolveWithRowShifts } from '../assignment/resolveWithRowShifts';
import { solveAssignment } from '../assignment/solveAssignment';
import type { SelectionOrder } from '../selectionOrder/selectionOrder';

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
  rank: (solution: AssignmentSolution) => SelectionOrder,
  honourAgreed: boolean,
): OrderRespectingSolve {
  const { rows: n, cols: m } = base;
  const span = valueSpan(base) + 1;
  const protectedRows = new Set<number>();
  let { solution, order } = first;
  let rounds = 0;
  let values = base.values;
  let lastBonus = new Map<number, number>();
  // The optimum of `values` with its certificate, from which the next round starts.
  let warm: AssignmentSolution | null = null;
  for (;;) {
    const removable = order.conflicts.filter((c) => {
      if (honourAgreed && c.agreedReason !== null) return false;
      const r = rowOfPerson.get(c.benchPersonId);
      const col = colOfPosition.get(c.positionId);
      return r !== undefined && col !== undefined && (base.allowed === undefined || base.allowed[r * m + col] === 1);
    });
    const fresh = removable.map((c) => rowOfPerson.get(c.benchPersonId)!).filter((r) => !protectedRows.has(r));
    // By the argument above `fresh` holds everyone in `removable`; the guard keeps a bug from looping.
    if (fresh.length === 0 || rounds > n) break;
    for (const r of fresh) protectedRows.add(r);
    rounds++;
    values = Float64Array.from(base.values);
    // A protected person placed on the company-leading post is in no group of the latest order
    // (outside LAS): they keep the bonus they had, or the next solve would bench them again.
    const bonus = protectionBonus(protectedRows, order, rowOfPerson, span);
    for (const r of protectedRows) if (!bonus.has(r) && lastBonus.has(r)) bonus.set(r, lastBonus.get(r)!);
    const rowShift = new Float64Array(n);
    for (const [r, b] of bonus) rowShift[r] = b - (lastBonus.get(r) ?? 0);
    for (const [r, b] of lastBonus) if (!bonus.has(r)) rowShift[r] = -b;
    for (const [r, b] of bonus) for (let c = 0; c < m; c++) values[r * m + c]! += b;
    warm ??= hasOptimalityCertificate(base, solution) ? solution : solveAssignment(base);
    solution = resolveWithRowShifts({ ...base, values }, warm, rowShift);
    warm = solution;
    order = rank(solution);
    lastBonus = bonus;
  }
  return { solution, order, protectedRows: [...protectedRows].sort((a, b) => a - b), rounds, values };
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
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < problem.values.length; k++) {
    if (problem.allowed && !problem.allowed[k]) continue;
    const v = problem.values[k]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi >= lo ? hi - lo : 0;
}
