import type { AssignmentSolution } from '../assignment/assignmentProblem';
import type { SelectionConflict, SelectionOrder } from '../selectionOrder/selectionOrder';
import type { MappingSolver, RowBonus, ScoreVariant } from './mappingSolver';

export interface OrderRespectingSolve {
  solution: AssignmentSolution;
  order: SelectionOrder;
  /** Rows the order protected (given a placement bonus). */
  protectedRows: number[];
  rounds: number;
  /** The protection bonuses of the final solve, per row. */
  bonus: RowBonus;
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
 * Each round changes only the protected rows, by a constant: the solver's rounds re-optimise
 * the previous round's optimum rather than solving from scratch, on every column from its
 * duals (`resolveWithRowShifts`) or on the groups of copied positions from its flow
 * (`groupedRounds`; see `MappingSolver` and docs/performance.md). `first` is the optimum
 * without the order, where the rounds start; `allowed` (row-major, `cols` wide) says which
 * pairs they may use.
 */
export function respectSelectionOrder(
  solver: MappingSolver,
  variant: ScoreVariant,
  allowed: { pairs: Uint8Array; cols: number },
  first: AssignmentSolution,
  rowOfPerson: ReadonlyMap<string, number>,
  colOfPosition: ReadonlyMap<string, number>,
  rank: (solution: AssignmentSolution, untilFirst?: (conflict: SelectionConflict) => boolean) => SelectionOrder,
  honourAgreed: boolean,
): OrderRespectingSolve {
  const n = first.rowToCol.length;
  const span = solver.span(variant) + 1;
  const protectedRows = new Set<number>();
  let solution = first;
  let rounds = 0;
  let lastBonus: RowBonus = new Map();
  const solveRound = solver.rounds(variant, first);
  const isRemovable = (c: SelectionConflict) => {
    if (honourAgreed && c.agreedReason !== null) return false;
    const r = rowOfPerson.get(c.benchPersonId);
    const col = colOfPosition.get(c.positionId);
    return r !== undefined && col !== undefined && allowed.pairs[r * allowed.cols + col] === 1;
  };
  // Who has a removable conflict is all a round needs to know.
  let order = rank(solution, isRemovable);
  for (;;) {
    const removable = order.conflicts.filter(isRemovable);
    const fresh = removable.map((c) => rowOfPerson.get(c.benchPersonId)!).filter((r) => !protectedRows.has(r));
    // By the argument above `fresh` holds everyone in `removable`; the guard keeps a bug from looping.
    if (fresh.length === 0 || rounds > n) {
      // Ranked for the rounds, the order lists every conflict unless one was removable.
      if (removable.length > 0) order = rank(solution);
      break;
    }
    for (const r of fresh) protectedRows.add(r);
    rounds++;
    // A protected person placed on the company-leading post is in no group of the latest order
    // (outside LAS): they keep the bonus they had, or the next solve would bench them again.
    const bonus = protectionBonus(protectedRows, order, rowOfPerson, span);
    for (const r of protectedRows) if (!bonus.has(r) && lastBonus.has(r)) bonus.set(r, lastBonus.get(r)!);
    solution = solveRound(bonus);
    order = rank(solution, isRemovable);
    lastBonus = bonus;
  }
  return { solution, order, protectedRows: [...protectedRows].sort((a, b) => a - b), rounds, bonus: lastBonus };
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
