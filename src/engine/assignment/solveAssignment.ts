/**
 * Exact rectangular linear assignment: people (rows) to positions (columns), some pairs
 * forbidden, maximum number of pairs first, then the optimal total.
 *
 * Formulation. Let E be the allowed pairs, c_ij = value_ij when minimising and −value_ij
 * when maximising. Among the matchings M ⊆ E of maximum cardinality k*, find
 *   min Σ_(i,j)∈M c_ij.
 * No big-M penalty is used, so float values are never mixed with a huge constant. Instead
 * the problem is split exactly (Gallai–Edmonds / Dulmage–Mendelsohn): after a
 * maximum-cardinality matching (Hopcroft–Karp), let R1 be the rows left unassigned by some
 * maximum matching (those reachable from an unassigned row by an even alternating path)
 * and C1 = N(R1) their neighbours. Every maximum matching pairs all of C1 with rows of R1
 * and all rows outside R1 with columns outside C1, and any two such partial matchings
 * together form a maximum matching. So the optimum is the sum of two independent problems,
 * each of which must cover one whole side:
 *   part 1 (R1 × C1): cover every column of C1 (solved on the transpose),
 *   part 2 (rest):    cover every row outside R1.
 * Each is a row-covering assignment solved exactly by the Jonker–Volgenant shortest
 * augmenting path in `solveRowCoveringAssignment` (forbidden pairs cost +Infinity there and
 * are never used). Without forbidden pairs there is a single part: the shorter side is
 * covered. Rows beyond the columns stay unassigned, and vice versa.
 *
 * The two parts' dual potentials are joined into one certificate (see
 * `AssignmentSolution.rowPotential`) by shifting part 1 by a constant D chosen as the
 * largest lower bound that the cross pairs and the unassigned vertices impose.
 */
import {
  type AssignmentProblem,
  type AssignmentSolution,
  AssignmentError,
  validateAssignmentShape,
  validateAssignmentValues,
  withTotal,
} from './assignmentProblem';
import { maximumCardinalityMatching, surplusSplit } from './maximumCardinalityMatching';
import { type CostView, solveRowCoveringAssignment } from './solveRowCoveringAssignment';

/** Solves the assignment problem exactly; throws `AssignmentError` on invalid input. */
export function solveAssignment(problem: AssignmentProblem): AssignmentSolution {
  validateAssignmentShape(problem);
  const { rows, cols, allowed, maximise } = problem;
  const sign: 1 | -1 = maximise ? -1 : 1;
  if (allowed === undefined || !allowed.includes(0)) {
    try {
      // The solver's first pass screens the values for finiteness (see CostView).
      return solveComplete(problem, sign, true);
    } catch (error) {
      if (!(error instanceof AssignmentError && error.code === 'non-finite-value')) throw error;
      validateAssignmentValues(problem); // throws, naming the cell, unless the sum overflowed
      return solveComplete(problem, sign, false);
    }
  }
  validateAssignmentValues(problem);

  const rowToCol = new Int32Array(rows).fill(-1);
  const colToRow = new Int32Array(cols).fill(-1);
  const rowPotential = new Float64Array(rows);
  const colPotential = new Float64Array(cols);
  const { surplusRows, surplusCols } = surplusSplit(
    rows,
    cols,
    allowed,
    maximumCardinalityMatching(rows, cols, allowed),
  );
  const r1 = indicesWhere(surplusRows, 1);
  const c1 = indicesWhere(surplusCols, 1);
  const r2 = indicesWhere(surplusRows, 0);
  const c2 = indicesWhere(surplusCols, 0);

  // Part 2: cover every non-surplus row. Part 1: cover every surplus column, solved on the
  // transpose (columns as rows).
  if (r2.length > 0) {
    const part = solveRowCoveringAssignment(subCost(problem, r2, c2, false, sign));
    for (let a = 0; a < r2.length; a++) {
      const i = r2[a]!;
      rowPotential[i] = part.u[a]!;
      const b = part.rowSol[a]!;
      rowToCol[i] = c2[b]!;
      colToRow[c2[b]!] = i;
    }
    for (let b = 0; b < c2.length; b++) colPotential[c2[b]!] = part.v[b]!;
  }
  if (c1.length > 0) {
    const part = solveRowCoveringAssignment(subCost(problem, r1, c1, true, sign));
    for (let a = 0; a < c1.length; a++) {
      const j = c1[a]!;
      colPotential[j] = part.u[a]!;
      const b = part.rowSol[a]!;
      colToRow[j] = r1[b]!;
      rowToCol[r1[b]!] = j;
    }
    for (let b = 0; b < r1.length; b++) rowPotential[r1[b]!] = part.v[b]!;
  }
  if (r1.length > 0) joinPotentials(problem, sign, surplusRows, surplusCols, r2, c1, rowPotential, colPotential);

  return withTotal(problem, rowToCol, colToRow, rowPotential, colPotential);
}

/**
 * Every pair allowed: a single part covering the shorter side, read in place through a
 * strided view (transposed when rows outnumber columns), the sign applied on the fly.
 */
function solveComplete(problem: AssignmentProblem, sign: 1 | -1, checkFinite: boolean): AssignmentSolution {
  const { rows, cols, values } = problem;
  if (rows <= cols) {
    const part = solveRowCoveringAssignment({
      data: values,
      rows,
      cols,
      rowStride: cols,
      colStride: 1,
      sign,
      checkFinite,
    });
    return withTotal(problem, part.rowSol, part.colSol, part.u, part.v);
  }
  const part = solveRowCoveringAssignment({
    data: values,
    rows: cols,
    cols: rows,
    rowStride: 1,
    colStride: cols,
    sign,
    checkFinite,
  });
  return withTotal(problem, part.colSol, part.rowSol, part.v, part.u);
}

function indicesWhere(flags: Uint8Array, flag: number): Int32Array {
  let count = 0;
  for (let k = 0; k < flags.length; k++) if (flags[k] === flag) count++;
  const out = new Int32Array(count);
  count = 0;
  for (let k = 0; k < flags.length; k++) if (flags[k] === flag) out[count++] = k;
  return out;
}

/**
 * Internal costs of the sub-matrix rowIdx × colIdx, +Infinity where forbidden; transposed
 * (colIdx as rows) in cache-friendly tiles when `transpose`.
 */
export function subCost(
  problem: AssignmentProblem,
  rowIdx: Int32Array,
  colIdx: Int32Array,
  transpose: boolean,
  sign: 1 | -1,
): CostView {
  const { cols, values, allowed } = problem;
  const nr = rowIdx.length;
  const nc = colIdx.length;
  const out = new Float64Array(nr * nc);
  const tile = 32;
  for (let r0 = 0; r0 < nr; r0 += tile) {
    const rEnd = Math.min(nr, r0 + tile);
    for (let c0 = 0; c0 < nc; c0 += tile) {
      const cEnd = Math.min(nc, c0 + tile);
      for (let r = r0; r < rEnd; r++) {
        const base = rowIdx[r]! * cols;
        for (let c = c0; c < cEnd; c++) {
          const k = base + colIdx[c]!;
          const value = allowed !== undefined && allowed[k] === 0 ? Infinity : sign * values[k]!;
          out[transpose ? c * nr + r : r * nc + c] = value;
        }
      }
    }
  }
  return transpose
    ? { data: out, rows: nc, cols: nr, rowStride: nr, colStride: 1, sign: 1, checkFinite: false }
    : { data: out, rows: nr, cols: nc, rowStride: nc, colStride: 1, sign: 1, checkFinite: false };
}

/**
 * Shifts part 1's potentials (rows +D, columns −D) so that the whole problem has one valid
 * certificate: cross pairs (non-surplus row, surplus column) keep a non-negative reduced
 * cost, unassigned rows (all surplus) keep the largest row potential and unassigned columns
 * (all non-surplus, potential 0) the largest column potential. Every condition is a lower
 * bound on D, so their maximum satisfies all of them. Needed whenever there are surplus rows,
 * even if one part is empty: rows with no allowed pair (no part 1) sit at 0 below part 2's
 * rows, and columns with no allowed pair (no part 2 when every row is surplus) at 0 below
 * part 1's columns.
 */
function joinPotentials(
  problem: AssignmentProblem,
  sign: number,
  surplusRows: Uint8Array,
  surplusCols: Uint8Array,
  r2: Int32Array,
  c1: Int32Array,
  rowPotential: Float64Array,
  colPotential: Float64Array,
): void {
  const { cols, values, allowed } = problem;
  let maxRow2 = -Infinity;
  for (let a = 0; a < r2.length; a++) maxRow2 = Math.max(maxRow2, rowPotential[r2[a]!]!);
  let maxCol1 = -Infinity;
  for (let a = 0; a < c1.length; a++) maxCol1 = Math.max(maxCol1, colPotential[c1[a]!]!);
  let shift = Math.max(0, maxRow2, maxCol1);
  for (let a = 0; a < r2.length; a++) {
    const i = r2[a]!;
    const base = i * cols;
    for (let b = 0; b < c1.length; b++) {
      const j = c1[b]!;
      if (allowed !== undefined && allowed[base + j] === 0) continue;
      shift = Math.max(shift, rowPotential[i]! + colPotential[j]! - sign * values[base + j]!);
    }
  }
  for (let i = 0; i < surplusRows.length; i++) if (surplusRows[i] === 1) rowPotential[i] = rowPotential[i]! + shift;
  for (let j = 0; j < surplusCols.length; j++) if (surplusCols[j] === 1) colPotential[j] = colPotential[j]! - shift;
}
