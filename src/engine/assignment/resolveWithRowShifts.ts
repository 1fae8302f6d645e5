/**
 * Warm start: re-optimise a solved assignment after some rows' values moved by a constant
 * (the order of selection's protection bonus, see `respectSelectionOrder`), instead of solving
 * from scratch.
 *
 * Formulation (as in `forcedPairLosses`): the solution is a minimum-cost flow of value k* in
 * s → rows → columns → t, internal cost c = ±value. Node prices π (rows −u, columns v, s and
 * t between the assigned and unassigned vertices' potentials) make every residual arc's
 * reduced cost non-negative, which certifies optimality among maximum-cardinality matchings.
 * If row i's values move by a constant, its internal costs move by d_i on every allowed pair;
 * setting u_i ← u_i + d_i keeps every row → column reduced cost as it was. Only the arcs at s
 * can break: an unassigned row whose potential fell below s's price has a negative arc s → r
 * (benching r is now too dear).
 *
 * Repair, as successive shortest paths with many sources: push one unit along every negative
 * arc s → r at once (each such r now holds one unit too many, and its arc back r → s has a
 * positive reduced cost), then return the units one by one, each along the shortest residual
 * path from any row still holding one to s. Those paths all end at s, so one Dijkstra run
 * *backwards from s* finds the nearest of them, stopping at the first such row it settles;
 * the prices move by min(distance to s, that distance) and the path is augmented. The path
 * places the row (and may bench the assigned row it ends at), or is the arc r → s itself (r
 * stays benched, the prices now certify it). Each step keeps every reduced cost
 * non-negative, so the result is an optimum of the shifted problem with a valid certificate;
 * when the optimum is unique (the role mapping's tie-break makes it so) it is the one a cold
 * solve finds. Searching back from s, rather than forward from each row, stops at whichever
 * row is nearest: at 2 000 people a round of the order of selection repairs some 350 rows,
 * and a forward search from each settled hundreds of rows (docs/performance.md).
 *
 * The search is dense (a linear scan for the nearest row, as in Jonker–Volgenant), over a
 * transposed copy of the costs so that relaxing a column reads it in memory order.
 *
 * The previous solution must be an optimum of the problem before the shift with its
 * certificate (`AssignmentSolution.rowPotential`); `hasOptimalityCertificate` checks it.
 */
import type { AssignmentProblem, AssignmentSolution } from './assignmentProblem';
import { withTotal } from './assignmentProblem';
import { subCost } from './solveAssignment';

/** The path's next node is s (the row is benched). */
const TO_SOURCE = -1;
/** What the backward search settles next. */
const ROW = 0;
const SINK = 1;
const FREE_COLUMN = 2;

/**
 * The optimum of `problem` (already shifted: row i's allowed values are the previous values
 * plus `rowShift[i]`) from `previous`, the optimum before the shift.
 */
export function resolveWithRowShifts(
  problem: AssignmentProblem,
  previous: AssignmentSolution,
  rowShift: Float64Array,
): AssignmentSolution {
  const { rows, cols, values, maximise } = problem;
  const sign: 1 | -1 = maximise ? -1 : 1;
  const rowToCol = Int32Array.from(previous.rowToCol);
  const colToRow = Int32Array.from(previous.colToRow);
  const u = Float64Array.from(previous.rowPotential);
  const v = Float64Array.from(previous.colPotential);
  for (let i = 0; i < rows; i++) u[i] = u[i]! + sign * rowShift[i]!;

  // Prices of s and t (as potentials: assigned ≤ price ≤ unassigned).
  let rowPrice = -Infinity;
  for (let i = 0; i < rows; i++) if (rowToCol[i]! >= 0 && u[i]! > rowPrice) rowPrice = u[i]!;
  if (rowPrice === -Infinity) rowPrice = 0;
  let colPrice = -Infinity;
  for (let j = 0; j < cols; j++) if (colToRow[j]! >= 0 && v[j]! > colPrice) colPrice = v[j]!;
  if (colPrice === -Infinity) colPrice = 0;

  // Rows with a negative arc s → r; below s's price by float noise only they are left alone.
  const excess = new Uint8Array(rows);
  let pending = 0;
  for (let r = 0; r < rows; r++) {
    if (rowToCol[r]! >= 0 || u[r]! >= rowPrice - 1e-12 * (1 + Math.abs(rowPrice))) continue;
    excess[r] = 1;
    pending++;
  }
  if (pending > 0) {
    const search = new BackwardSearch(problem, sign);
    while (pending > 0) {
      const start = search.nearestExcessRow(rowToCol, colToRow, u, v, rowPrice, colPrice, excess);
      const reach = search.rowDist[start]!;
      // Prices: π ← π − min(distance to s, reach) + reach, so only the settled nodes move.
      const { settledRows, rowDist } = search;
      for (let k = 0; k < search.settledRowCount; k++) {
        const i = settledRows[k]!;
        const lift = reach - rowDist[i]!;
        u[i] = u[i]! - lift;
        const j = rowToCol[i]!;
        if (j >= 0) v[j] = v[j]! + lift;
      }
      for (let k = search.leavesFrom; k < rows; k++) {
        const i = search.open[k]!;
        if (rowDist[i]! < reach) u[i] = u[i]! - (reach - rowDist[i]!);
      }
      for (let k = 0; k < search.settledFreeCount; k++) {
        const j = search.settledFree[k]!;
        v[j] = v[j]! + reach - search.freeDist[j]!;
      }
      if (search.sinkSettled) colPrice += reach - search.sinkDist;
      rowPrice -= reach;
      search.augment(start, rowToCol, colToRow);
      excess[start] = 0;
      pending--;
    }
  }
  // Make every assigned pair exactly tight again (u from the column side), as the solver does.
  for (let i = 0; i < rows; i++) {
    const j = rowToCol[i]!;
    if (j >= 0) u[i] = sign * values[i * cols + j]! - v[j]!;
  }
  return withTotal(problem, rowToCol, colToRow, u, v);
}

/**
 * Dijkstra backwards from s over the residual graph, in distances to s. A row is reached from
 * the column it would take (or from s: an assigned row by being benched, a row holding a unit
 * by keeping it benched); an assigned column from its owner; t from an assigned column (that
 * column falls free); a free column from t. Scratch arrays are kept between searches.
 */
class BackwardSearch {
  /** Signed costs by column: costByCol[j · rows + i], +Infinity where forbidden. */
  private readonly costByCol: Float64Array;
  readonly rowDist: Float64Array;
  /** The column a row takes next on its path to s, or TO_SOURCE. */
  private readonly rowNext: Int32Array;
  readonly open: Int32Array;
  readonly settledRows: Int32Array;
  settledRowCount = 0;
  /** `open[leavesFrom..rows)`: the unassigned rows that hold no unit. */
  leavesFrom = 0;
  readonly freeDist: Float64Array;
  readonly settledFree: Int32Array;
  settledFreeCount = 0;
  sinkDist = Infinity;
  sinkSettled = false;
  /** The assigned column that falls free when a path passes t. */
  private sinkNext = -1;

  constructor(
    private readonly problem: AssignmentProblem,
    sign: 1 | -1,
  ) {
    const { rows, cols } = problem;
    const all = (count: number) => Int32Array.from({ length: count }, (_, k) => k);
    const costByCol = subCost(problem, all(rows), all(cols), true, sign).data;
    this.costByCol = costByCol;
    this.rowDist = new Float64Array(rows);
    this.rowNext = new Int32Array(rows);
    this.open = new Int32Array(rows);
    this.settledRows = new Int32Array(rows);
    this.freeDist = new Float64Array(cols);
    this.settledFree = new Int32Array(cols);
  }

  /**
   * Runs the search until it settles a row holding a unit (flagged in `excess`); returns that
   * row. (Searching on for more rows whose paths share no node, to augment several at once,
   * was tried: at 2 000 people the paths nearly all meet, about two per search, and the longer
   * searches cost more than they saved.)
   */
  nearestExcessRow(
    rowToCol: Int32Array,
    colToRow: Int32Array,
    u: Float64Array,
    v: Float64Array,
    rowPrice: number,
    colPrice: number,
    excess: Uint8Array,
  ): number {
    const { rows, cols } = this.problem;
    const { rowDist, rowNext, open, settledRows, freeDist, settledFree } = this;
    // Rows that can lie on a path: the assigned ones and those holding a unit; from s at the
    // reduced cost of being benched, or of staying benched. The other unassigned rows come
    // last (from `leavesFrom` on): nothing enters them, so they only start paths, and are
    // never settled, but the prices need their distances too.
    let size = 0;
    let leaves = rows;
    for (let i = 0; i < rows; i++) {
      if (rowToCol[i]! < 0 && excess[i] === 0) {
        open[--leaves] = i;
        rowDist[i] = Infinity;
        continue;
      }
      open[size++] = i;
      const d = rowPrice - u[i]!;
      rowDist[i] = d > 0 ? d : 0;
      rowNext[i] = TO_SOURCE;
    }
    this.leavesFrom = leaves;
    const freeCols: number[] = [];
    for (let j = 0; j < cols; j++) {
      if (colToRow[j]! >= 0) continue;
      freeCols.push(j);
      freeDist[j] = Infinity;
    }
    this.settledRowCount = 0;
    this.settledFreeCount = 0;
    this.sinkDist = Infinity;
    this.sinkSettled = false;
    this.sinkNext = -1;
    let freeOpen = freeCols.length;

    // The nearest open row, kept up to date by each column's relaxation (one pass for both).
    let rowAt = -1;
    let rowBest = Infinity;
    for (let k = 0; k < size; k++) {
      if (rowDist[open[k]!]! < rowBest) {
        rowBest = rowDist[open[k]!]!;
        rowAt = k;
      }
    }
    for (;;) {
      let best = rowBest;
      let node = ROW;
      if (!this.sinkSettled && this.sinkDist < best) {
        best = this.sinkDist;
        node = SINK;
      }
      let column = -1;
      for (let k = 0; k < freeOpen; k++) {
        const j = freeCols[k]!;
        if (freeDist[j]! < best) {
          best = freeDist[j]!;
          column = k;
          node = FREE_COLUMN;
        }
      }
      // A row holding a unit always has its own way back, so the search ends before this.
      if (best === Infinity) throw new Error('resolveWithRowShifts: no path back to s');

      if (node === FREE_COLUMN) {
        // A free column: the rows that could take it.
        const j = freeCols[column]!;
        freeCols[column] = freeCols[--freeOpen]!;
        freeCols[freeOpen] = j;
        settledFree[this.settledFreeCount++] = j;
        column = j;
      } else if (node === SINK) {
        // t: every free column, at its reduced cost into t.
        this.sinkSettled = true;
        for (let k = 0; k < freeOpen; k++) {
          const j = freeCols[k]!;
          const r = v[j]! - colPrice;
          const d = best + (r > 0 ? r : 0);
          if (d < freeDist[j]!) freeDist[j] = d;
        }
        continue;
      } else {
        const i = open[rowAt]!;
        open[rowAt] = open[--size]!;
        settledRows[this.settledRowCount++] = i;
        if (excess[i] === 1) return i;
        // An assigned row: its column (reduced cost 0), then through it t and the other rows.
        const j = rowToCol[i]!;
        const r = colPrice - v[j]!;
        const toSink = best + (r > 0 ? r : 0);
        if (toSink < this.sinkDist) {
          this.sinkDist = toSink;
          this.sinkNext = j;
        }
        column = j;
      }
      rowAt = this.relaxColumn(column, best, u, v, size);
      rowBest = rowAt < 0 ? Infinity : rowDist[open[rowAt]!]!;
    }
  }

  /**
   * Rows still open that could take column j, at distance `dist` of j; returns the index in
   * `open` of the nearest open row afterwards (-1 when none is open).
   */
  private relaxColumn(j: number, dist: number, u: Float64Array, v: Float64Array, size: number): number {
    const { rows } = this.problem;
    const { rowDist, rowNext, open, costByCol } = this;
    const base = j * rows;
    const vj = v[j]!;
    let nearest = -1;
    let nearestDist = Infinity;
    for (let k = 0; k < size; k++) {
      const i = open[k]!;
      const r = costByCol[base + i]! - u[i]! - vj;
      let d = dist + (r > 0 ? r : 0);
      if (d < rowDist[i]!) {
        rowDist[i] = d;
        rowNext[i] = j;
      } else {
        d = rowDist[i]!;
      }
      if (d < nearestDist) {
        nearestDist = d;
        nearest = k;
      }
    }
    for (let k = this.leavesFrom; k < rows; k++) {
      const i = open[k]!;
      const r = costByCol[base + i]! - u[i]! - vj;
      const d = dist + (r > 0 ? r : 0);
      if (d < rowDist[i]!) rowDist[i] = d;
    }
    return nearest;
  }

  /** Augments along the path the last search found from `start` to s. */
  augment(start: number, rowToCol: Int32Array, colToRow: Int32Array): void {
    let x = start;
    for (;;) {
      const j = this.rowNext[x]!;
      if (j === TO_SOURCE) {
        rowToCol[x] = -1;
        return;
      }
      const owner = colToRow[j]!;
      rowToCol[x] = j;
      colToRow[j] = x;
      if (owner >= 0) {
        x = owner;
      } else {
        // A free column: the path went on through t to a column that falls free.
        const freed = this.sinkNext;
        x = colToRow[freed]!;
        colToRow[freed] = -1;
      }
    }
  }
}

/**
 * Whether `solution` carries a valid optimality certificate for `problem` (non-negative
 * reduced costs on allowed pairs up to `tolerance`, tight assigned pairs, unassigned rows and
 * columns priced at least as high as assigned ones): the precondition of a warm start.
 */
export function hasOptimalityCertificate(
  problem: AssignmentProblem,
  solution: AssignmentSolution,
  tolerance = 1e-9,
): boolean {
  const { rows, cols, values, allowed, maximise } = problem;
  const sign = maximise ? -1 : 1;
  const { rowToCol, colToRow, rowPotential: u, colPotential: v } = solution;
  if (rowToCol.length !== rows || colToRow.length !== cols) return false;
  let assignedRowMax = -Infinity;
  let unassignedRowMin = Infinity;
  for (let i = 0; i < rows; i++) {
    if (rowToCol[i]! >= 0) assignedRowMax = Math.max(assignedRowMax, u[i]!);
    else unassignedRowMin = Math.min(unassignedRowMin, u[i]!);
  }
  let assignedColMax = -Infinity;
  let unassignedColMin = Infinity;
  for (let j = 0; j < cols; j++) {
    if (colToRow[j]! >= 0) assignedColMax = Math.max(assignedColMax, v[j]!);
    else unassignedColMin = Math.min(unassignedColMin, v[j]!);
  }
  if (unassignedRowMin < assignedRowMax - tolerance || unassignedColMin < assignedColMax - tolerance) return false;
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    const own = rowToCol[i]!;
    for (let j = 0; j < cols; j++) {
      if (allowed !== undefined && allowed[base + j] === 0) {
        if (j === own) return false;
        continue;
      }
      const slack = sign * values[base + j]! - u[i]! - v[j]!;
      if (slack < -tolerance || (j === own && Math.abs(slack) > tolerance)) return false;
    }
  }
  return true;
}
