/**
 * Jonker–Volgenant shortest augmenting path for a dense rectangular minimisation that must
 * cover every row.
 *
 * Formulation: given costs c (na × nb, na ≤ nb, +Infinity = forbidden) for which some
 * matching covers every row,
 *   min Σ c_ij x_ij  s.t.  Σ_j x_ij = 1 (each row),  Σ_i x_ij ≤ 1 (each column),  x ≥ 0.
 * Dual: max Σ u_i + Σ v_j  s.t.  u_i + v_j ≤ c_ij,  v_j ≤ 0.
 * The solver keeps v_j = 0 on unassigned columns and v_j ≤ 0 on assigned ones, u_i implicit
 * as min_j (c_ij − v_j), so every assigned pair is tight and complementary slackness holds
 * at the end (Crouse 2016, "On implementing 2D rectangular assignment algorithms"). For a
 * square matrix it starts with LAPJV's column reduction (v_j = min_i c_ij, then shifted ≤ 0);
 * for a rectangular one with row reduction and a greedy start (u_i = min_j c_ij, the row
 * takes a free column at its minimum, two rows wanting the same column settled by their
 * margins to their second-best costs; then LAPJV's reduction transfer: a row that took its
 * strict minimum lowers that column's potential by that margin, which keeps v ≤ 0 and
 * unassigned columns at 0). Then augmenting row reduction (one pass on small matrices, two
 * on large), then each remaining free row is augmented along a shortest path in reduced
 * costs. The Dijkstra scan moves every column at the current minimum distance into the "to
 * scan" set at once and ends as soon as an unassigned column appears among them, which is
 * what keeps tie-heavy matrices (integer scores) fast. Typed arrays throughout, nothing
 * allocated inside the loops, and per solve one buffer for the results and one for all
 * scratch arrays: at the role-mapping size (62×51, tens of microseconds) every typed-array
 * allocation counts.
 *
 * The costs are read through a strided view, so a caller can hand over the transpose of its
 * matrix (and a sign, to maximise) without copying. A small matrix (up to 2^15 entries, in
 * the cache) is read in place by every phase: at 62×51 a copy cost a quarter of the solve,
 * and its 25 KB per solve kept the garbage collector busy. On a large one the start pass
 * follows memory order, and only if rows are still free afterwards is a contiguous signed
 * copy made for the phases that scan whole rows many times (tie-heavy scores are often done
 * by then).
 */
import { AssignmentError } from './assignmentProblem';

/**
 * c_ij = sign · data[i · rowStride + j · colStride]: either row-major (colStride 1) or a
 * transpose (rowStride 1). Entries are finite, or +Infinity for a forbidden pair (sign 1).
 * With `checkFinite` the first pass also sums every entry, and a non-finite sum (a NaN or
 * infinite entry, or an overflow) makes the solver throw `non-finite-value` without a cell:
 * the caller then locates the cell, or retries without the check if there is none. This
 * saves a validation pass of its own, which costs as much as the first pass.
 */
export interface CostView {
  data: Float64Array;
  rows: number;
  cols: number;
  rowStride: number;
  colStride: number;
  sign: 1 | -1;
  checkFinite: boolean;
}

export interface RowCoveringSolution {
  rowSol: Int32Array;
  colSol: Int32Array;
  /** Row potentials u (tight: u_i = c_i,rowSol[i] − v_rowSol[i]). */
  u: Float64Array;
  /** Column potentials v ≤ 0, exactly 0 on unassigned columns. */
  v: Float64Array;
}

/**
 * Solves the row-covering problem above (na = view.rows ≤ nb = view.cols). `stridedScanBudget`
 * overrides the row scans a large strided view may take in place before its copy is made
 * (tests: every budget gives the same answer).
 */
export function solveRowCoveringAssignment(
  view: CostView,
  options: { readonly stridedScanBudget?: number } = {},
): RowCoveringSolution {
  const na = view.rows;
  const nb = view.cols;
  // One buffer for the four results and one for all scratch arrays: on small matrices each
  // typed-array allocation costs about as much as a pass over the matrix.
  const out = new ArrayBuffer(12 * (na + nb));
  const u = new Float64Array(out, 0, na);
  const v = new Float64Array(out, 8 * na, nb);
  const rowSol = new Int32Array(out, 8 * (na + nb), na).fill(-1);
  const colSol = new Int32Array(out, 8 * (na + nb) + 4 * na, nb).fill(-1);
  if (na === 0) return { rowSol, colSol, u, v };

  const small = na * nb <= 1 << 15;
  const scratch = new Scratch(na, nb);
  const free = scratch.free;
  let numFree: number;
  if (na === nb) {
    numFree = columnReduction(view, rowSol, colSol, v, free, scratch.rowInt);
  } else {
    const { rowMin, rowTied } = scratch;
    const rowArgMin = scratch.rowInt;
    const rowSecond = scratch.dist;
    if (small || view.colStride === 1) {
      rowMinimaWithSecond(view, rowMin, rowSecond, rowArgMin, rowTied);
      assignAtArgMinByMargin(view, true, rowMin, rowSecond, rowArgMin, rowTied, rowSol, colSol);
    } else {
      // A large transpose is read in memory order, view column by view column.
      rowMinimaByColumn(view, rowMin, rowSecond, rowArgMin, rowTied);
      const tiedOpen = assignAtArgMinByMargin(view, false, rowMin, rowSecond, rowArgMin, rowTied, rowSol, colSol);
      if (tiedOpen > 0) assignAtMinimumByColumn(view, rowMin, rowTied, rowSol, colSol, scratch.rowInt);
    }
    reductionTransfer(rowMin, rowSecond, rowSol, v);
    numFree = 0;
    for (let i = 0; i < na; i++) {
      if (rowMin[i] === Infinity) throw new AssignmentError('no-augmenting-path', { row: i });
      if (rowSol[i]! < 0) free[numFree++] = i;
    }
  }
  if (numFree > 0) {
    // The phases below scan whole rows many times. A small matrix sits in the cache and is
    // read in place; a large one gets contiguous, signed costs, copied only now because
    // tie-heavy scores are often fully assigned by the start.
    const contiguous = view.colStride === 1 && view.rowStride === nb && view.sign === 1;
    // With only a few rows left free (a large transpose of spread-out costs is often nearly
    // assigned by its start), scanning their strided rows in place costs less than copying
    // all na · nb entries: same values, so the same result (docs/performance.md).
    // If the paths grow long (more strided row scans than a copy is worth, about na / 8), the
    // rows still free continue on the copy.
    const inPlace = small || contiguous || numFree * 64 <= na || options.stridedScanBudget !== undefined;
    let rowView = inPlace ? view : signedCopy(view);
    // One pass of row reduction on small matrices (measured faster there), two on large.
    numFree = augmentingRowReduction(rowView, rowSol, colSol, v, free, numFree, small ? 1 : 2);
    if (numFree > 0) {
      const budget = small || contiguous ? Infinity : (options.stridedScanBudget ?? Math.max(16, na >> 3));
      const done = augmentFreeRows(rowView, rowSol, colSol, v, free, 0, numFree, scratch, budget);
      if (done < numFree) {
        rowView = signedCopy(view);
        augmentFreeRows(rowView, rowSol, colSol, v, free, done, numFree, scratch, Infinity);
      }
    }
  }

  // Shift so that the largest column potential (that of any unassigned column) is 0.
  let vMax = -Infinity;
  for (let j = 0; j < nb; j++) if (v[j]! > vMax) vMax = v[j]!;
  for (let j = 0; j < nb; j++) v[j] = v[j]! - vMax;
  const { data, rowStride, colStride, sign } = view;
  for (let i = 0; i < na; i++) {
    const j = rowSol[i]!;
    u[i] = sign * data[i * rowStride + j * colStride]! - v[j]!;
  }
  return { rowSol, colSol, u, v };
}

/**
 * Every scratch array of one solve, carved out of a single buffer (Float64 views first, so
 * that every offset stays 8-byte aligned). `dist` also holds the rows' second-best costs
 * during the rectangular start. `rowInt` serves one purpose at a time: the row minima's
 * first columns (rectangular start), the row match counts (square start), the open tied rows.
 */
class Scratch {
  readonly rowMin: Float64Array;
  readonly dist: Float64Array;
  readonly free: Int32Array;
  readonly rowInt: Int32Array;
  readonly pred: Int32Array;
  readonly colList: Int32Array;
  readonly rowTied: Uint8Array;

  constructor(na: number, nb: number) {
    const buffer = new ArrayBuffer(8 * (na + nb) + 4 * (2 * na + 2 * nb) + na);
    let at = 0;
    this.rowMin = new Float64Array(buffer, at, na);
    at += 8 * na;
    this.dist = new Float64Array(buffer, at, nb);
    at += 8 * nb;
    this.free = new Int32Array(buffer, at, na);
    at += 4 * na;
    this.rowInt = new Int32Array(buffer, at, na);
    at += 4 * na;
    this.pred = new Int32Array(buffer, at, nb);
    at += 4 * nb;
    this.colList = new Int32Array(buffer, at, nb);
    at += 4 * nb;
    this.rowTied = new Uint8Array(buffer, at, na);
  }
}

/** The same costs, contiguous (row-major) and signed. */
function signedCopy(view: CostView): CostView {
  const { data, rows, cols, rowStride, colStride, sign } = view;
  const out = new Float64Array(rows * cols);
  const tile = 32;
  for (let j0 = 0; j0 < cols; j0 += tile) {
    const jEnd = Math.min(cols, j0 + tile);
    for (let i0 = 0; i0 < rows; i0 += tile) {
      const iEnd = Math.min(rows, i0 + tile);
      for (let j = j0; j < jEnd; j++) {
        const src = j * colStride;
        for (let i = i0; i < iEnd; i++) out[i * cols + j] = sign * data[src + i * rowStride]!;
      }
    }
  }
  return { data: out, rows, cols, rowStride: cols, colStride: 1, sign: 1, checkFinite: false };
}

/*
 * Rectangular start (v = 0): u_i = min_j c_ij, and each row takes a free column at that
 * minimum. Each pass is a function of its own so that V8 optimises its loop on its own type
 * feedback.
 */

/**
 * Each row's minimum, its first column, its second-best cost and whether the minimum occurs
 * more than once, read along the view's rows (memory order for a row-major view; a small
 * transpose is in the cache anyway), screening finiteness with a sum per row: no separate
 * validation pass.
 */
function rowMinimaWithSecond(
  view: CostView,
  rowMin: Float64Array,
  rowSecond: Float64Array,
  rowArgMin: Int32Array,
  rowTied: Uint8Array,
): void {
  const { data, rows: na, cols: nb, rowStride, colStride, sign } = view;
  let sum = 0;
  for (let i = 0; i < na; i++) {
    let at = i * rowStride;
    let min = sign * data[at]!;
    let arg = 0;
    let second = Infinity;
    let rowSum = min;
    for (let j = 1; j < nb; j++) {
      at += colStride;
      const c = sign * data[at]!;
      rowSum += c;
      if (c < second) {
        if (c < min) {
          second = min;
          min = c;
          arg = j;
        } else {
          second = c;
        }
      }
    }
    sum += rowSum;
    rowMin[i] = min;
    rowArgMin[i] = arg;
    rowSecond[i] = second;
    rowTied[i] = second === min ? 1 : 0;
  }
  if (view.checkFinite && sum - sum !== 0) throw new AssignmentError('non-finite-value');
}

/**
 * Each row takes the first column at its minimum, except that when two rows want the same
 * column at their strict minimum, the one that would lose more without it (the larger margin
 * to its second-best cost) keeps it: the other can switch more cheaply, so row reduction has
 * fewer evictions to make. A tied row whose first column is taken looks further along its
 * row for a free one at its minimum, or is left for the caller without `scanTiedRows` (a
 * large transpose, whose rows are strided in memory); returns how many rows were left.
 * Every assigned pair stays at its row's minimum, as the start requires.
 */
function assignAtArgMinByMargin(
  view: CostView,
  scanTiedRows: boolean,
  rowMin: Float64Array,
  rowSecond: Float64Array,
  rowArgMin: Int32Array,
  rowTied: Uint8Array,
  rowSol: Int32Array,
  colSol: Int32Array,
): number {
  const { data, rows: na, cols: nb, rowStride, colStride, sign } = view;
  let tiedOpen = 0;
  for (let i = 0; i < na; i++) {
    let j = rowArgMin[i]!;
    const holder = colSol[j]!;
    if (holder >= 0) {
      if (rowTied[i] === 0) {
        // A tied holder has margin 0 and may have taken j in its own tie scan.
        const holderMargin = rowTied[holder] === 1 ? 0 : rowSecond[holder]! - rowMin[holder]!;
        if (rowSecond[i]! - rowMin[i]! <= holderMargin) continue;
        rowSol[holder] = -1;
      } else if (!scanTiedRows) {
        tiedOpen++;
        continue;
      } else {
        const base = i * rowStride;
        const min = rowMin[i]!;
        for (j = j + 1; j < nb; j++) if (colSol[j]! < 0 && sign * data[base + j * colStride]! === min) break;
        if (j === nb) continue;
      }
    }
    rowSol[i] = j;
    colSol[j] = i;
  }
  return tiedOpen;
}

/**
 * LAPJV's reduction transfer on the rectangular start: a row that took its strict minimum
 * lowers that column's potential by its margin to its second-best cost (v stays ≤ 0, the
 * pair stays tight, every other reduced cost of the row stays ≥ the new one), so that the
 * free rows find the taken column less attractive and row reduction ends sooner.
 */
function reductionTransfer(rowMin: Float64Array, rowSecond: Float64Array, rowSol: Int32Array, v: Float64Array): void {
  for (let i = 0; i < rowMin.length; i++) {
    const j = rowSol[i]!;
    const margin = rowSecond[i]! - rowMin[i]!;
    if (j >= 0 && margin > 0 && margin !== Infinity) v[j] = -margin;
  }
}

/**
 * `rowMinimaWithSecond` for a view whose rows are columns in memory: sweep view column by
 * view column, the inner loop reading consecutive entries, unrolled by four with independent
 * finiteness sums so that no addition chain limits the throughput. (Branch-free minima were
 * slower: the running second-best rarely changes, so the plain compare predicts well.)
 */
function rowMinimaByColumn(
  view: CostView,
  rowMin: Float64Array,
  rowSecond: Float64Array,
  rowArgMin: Int32Array,
  rowTied: Uint8Array,
): void {
  const { data, rows: na, cols: nb, rowStride, colStride, sign } = view;
  rowMin.fill(Infinity);
  rowSecond.fill(Infinity, 0, na);
  let sum0 = 0;
  let sum1 = 0;
  let sum2 = 0;
  let sum3 = 0;
  for (let j = 0; j < nb; j++) {
    const base = j * colStride;
    let i = 0;
    for (; i + 3 < na; i += 4) {
      const at = base + i * rowStride;
      const c0 = sign * data[at]!;
      const c1 = sign * data[at + rowStride]!;
      const c2 = sign * data[at + 2 * rowStride]!;
      const c3 = sign * data[at + 3 * rowStride]!;
      if (c0 < rowSecond[i]!) lowerMinima(rowMin, rowSecond, rowArgMin, i, j, c0);
      if (c1 < rowSecond[i + 1]!) lowerMinima(rowMin, rowSecond, rowArgMin, i + 1, j, c1);
      if (c2 < rowSecond[i + 2]!) lowerMinima(rowMin, rowSecond, rowArgMin, i + 2, j, c2);
      if (c3 < rowSecond[i + 3]!) lowerMinima(rowMin, rowSecond, rowArgMin, i + 3, j, c3);
      sum0 += c0;
      sum1 += c1;
      sum2 += c2;
      sum3 += c3;
    }
    for (; i < na; i++) {
      const c = sign * data[base + i * rowStride]!;
      if (c < rowSecond[i]!) lowerMinima(rowMin, rowSecond, rowArgMin, i, j, c);
      sum0 += c;
    }
    // Checked inside the outer loop (cheap: once per column) rather than after it, where
    // V8's on-stack-replaced code would meet it without type feedback and deoptimise.
    const sum = sum0 + sum1 + sum2 + sum3;
    if (sum - sum !== 0 && view.checkFinite) throw new AssignmentError('non-finite-value');
  }
  for (let i = 0; i < na; i++) rowTied[i] = rowSecond[i] === rowMin[i] ? 1 : 0;
}

/** c is below the row's second-best: a new minimum (first column kept on ties) or second-best. */
function lowerMinima(
  rowMin: Float64Array,
  rowSecond: Float64Array,
  rowArgMin: Int32Array,
  i: number,
  j: number,
  c: number,
): void {
  if (c < rowMin[i]!) {
    rowSecond[i] = rowMin[i]!;
    rowMin[i] = c;
    rowArgMin[i] = j;
  } else {
    rowSecond[i] = c;
  }
}

/**
 * The tied rows still free after `assignAtArgMin`: each view column not yet taken goes to
 * the first of them at that row's minimum, visiting only those rows (swap-removal from a
 * compact list) and memory in order.
 */
function assignAtMinimumByColumn(
  view: CostView,
  rowMin: Float64Array,
  rowTied: Uint8Array,
  rowSol: Int32Array,
  colSol: Int32Array,
  open: Int32Array,
): void {
  const { data, rows: na, cols: nb, rowStride, colStride, sign } = view;
  let numOpen = 0;
  for (let i = 0; i < na; i++) if (rowSol[i]! < 0 && rowTied[i] === 1) open[numOpen++] = i;
  for (let j = 0; j < nb && numOpen > 0; j++) {
    if (colSol[j]! >= 0) continue;
    const base = j * colStride;
    for (let k = 0; k < numOpen; k++) {
      const i = open[k]!;
      if (sign * data[base + i * rowStride]! === rowMin[i]) {
        rowSol[i] = j;
        colSol[j] = i;
        open[k] = open[--numOpen]!;
        break;
      }
    }
  }
}

/**
 * LAPJV column reduction and reduction transfer (square only): v_j = min_i c_ij, each
 * column taken by its cheapest row if that row is still free. Returns the free rows.
 */
function columnReduction(
  view: CostView,
  rowSol: Int32Array,
  colSol: Int32Array,
  v: Float64Array,
  free: Int32Array,
  matches: Int32Array,
): number {
  const { data, rows: n, rowStride, colStride, sign } = view;
  let sum = 0;
  for (let j = n - 1; j >= 0; j--) {
    const colBase = j * colStride;
    let min = Infinity;
    let iMin = 0;
    for (let i = 0; i < n; i++) {
      const c = sign * data[colBase + i * rowStride]!;
      if (c < min) {
        min = c;
        iMin = i;
      }
      sum += c;
    }
    v[j] = min;
    if (min === Infinity) continue;
    if (++matches[iMin]! === 1) {
      rowSol[iMin] = j;
      colSol[j] = iMin;
    } else if (v[j]! < v[rowSol[iMin]!]!) {
      // The row prefers this column: swap so that it keeps the cheaper one.
      const j1 = rowSol[iMin]!;
      rowSol[iMin] = j;
      colSol[j] = iMin;
      colSol[j1] = -1;
    } else {
      colSol[j] = -1;
    }
  }
  if (view.checkFinite && sum - sum !== 0) throw new AssignmentError('non-finite-value');
  // A forbidden-only column cannot occur in a feasible square problem; keep v finite anyway.
  for (let j = 0; j < n; j++) if (v[j] === Infinity) v[j] = 0;

  let numFree = 0;
  for (let i = 0; i < n; i++) {
    if (matches[i] === 0) {
      free[numFree++] = i;
    } else if (matches[i] === 1) {
      // Reduction transfer: lower the row's column potential by its second-best margin.
      const j1 = rowSol[i]!;
      const base = i * rowStride;
      let min = Infinity;
      for (let j = 0; j < n; j++) {
        if (j === j1) continue;
        const h = sign * data[base + j * colStride]! - v[j]!;
        if (h < min) min = h;
      }
      if (min !== Infinity) v[j1] = v[j1]! - (min - (sign * data[base + j1 * colStride]! - v[j1]!));
    }
  }
  return numFree;
}

/**
 * LAPJV's augmenting row reduction (one or two passes): a free row takes its best column,
 * lowering that column's potential to the row's second-best reduced cost; the evicted row
 * is retried at once. Capped so that near-ties between floats cannot ping-pong for long.
 * Returns the rows still free, gathered into `free`.
 */
function augmentingRowReduction(
  view: CostView,
  rowSol: Int32Array,
  colSol: Int32Array,
  v: Float64Array,
  free: Int32Array,
  numFreeIn: number,
  passes: number,
): number {
  const { data, rows: na, cols: nb, rowStride, colStride, sign } = view;
  let numFree = numFreeIn;
  const stepCap = 4 * na + 16;
  for (let pass = 0; pass < passes && numFree > 0; pass++) {
    let k = 0;
    const prevNumFree = numFree;
    numFree = 0;
    let steps = 0;
    while (k < prevNumFree) {
      const i = free[k++]!;
      if (++steps > stepCap) {
        free[numFree++] = i;
        continue;
      }
      let at = i * rowStride;
      let uMin = sign * data[at]! - v[0]!;
      let j1 = 0;
      let uSubMin = Infinity;
      let j2 = -1;
      for (let j = 1; j < nb; j++) {
        at += colStride;
        const h = sign * data[at]! - v[j]!;
        if (h < uSubMin) {
          if (h >= uMin) {
            uSubMin = h;
            j2 = j;
          } else {
            uSubMin = uMin;
            uMin = h;
            j2 = j1;
            j1 = j;
          }
        }
      }
      if (uMin === Infinity) throw new AssignmentError('no-augmenting-path', { row: i });
      let i0 = colSol[j1]!;
      const strict = uMin < uSubMin && uSubMin !== Infinity;
      if (strict) {
        v[j1] = v[j1]! - (uSubMin - uMin);
      } else if (i0 >= 0 && j2 >= 0 && uSubMin === uMin) {
        // Tie: take the equally good second column instead of evicting anyone.
        j1 = j2;
        i0 = colSol[j1]!;
      }
      rowSol[i] = j1;
      colSol[j1] = i;
      if (i0 >= 0) {
        rowSol[i0] = -1;
        if (strict) free[--k] = i0;
        else free[numFree++] = i0;
      }
    }
  }
  return numFree;
}

/**
 * Shortest augmenting path from each free row `free[first..numFree)`, scanning tied columns
 * together. Stops before the next free row once `maxScans` row scans are done; returns the
 * index of the first free row not augmented (each augmentation is complete on its own).
 */
function augmentFreeRows(
  view: CostView,
  rowSol: Int32Array,
  colSol: Int32Array,
  v: Float64Array,
  free: Int32Array,
  first: number,
  numFree: number,
  scratch: Scratch,
  maxScans: number,
): number {
  const { data, rows: na, cols: nb, rowStride, colStride, sign } = view;
  if (numFree === 0 || na === 0) return numFree;
  const d = scratch.dist;
  const pred = scratch.pred;
  const colList = scratch.colList;
  let scans = 0;
  for (let f = first; f < numFree; f++) {
    if (scans >= maxScans) return f;
    scans++;
    const freeRow = free[f]!;
    let at = freeRow * rowStride;
    for (let j = 0; j < nb; j++, at += colStride) {
      d[j] = sign * data[at]! - v[j]!;
      pred[j] = freeRow;
      colList[j] = j;
    }
    let low = 0;
    let up = 0;
    let last = 0;
    let min = 0;
    let endOfPath = -1;
    while (endOfPath < 0) {
      if (up === low) {
        // Collect every column at the new minimum distance into colList[low, up).
        last = low;
        min = d[colList[up++]!]!;
        for (let k = up; k < nb; k++) {
          const j = colList[k]!;
          const h = d[j]!;
          if (h <= min) {
            if (h < min) {
              up = low;
              min = h;
            }
            colList[k] = colList[up]!;
            colList[up++] = j;
          }
        }
        if (min === Infinity) throw new AssignmentError('no-augmenting-path', { row: freeRow });
        for (let k = low; k < up; k++) {
          if (colSol[colList[k]!]! < 0) {
            endOfPath = colList[k]!;
            break;
          }
        }
        if (endOfPath >= 0) break;
      }
      // Scan the next column at the minimum through the row assigned to it.
      scans++;
      const j1 = colList[low++]!;
      const i = colSol[j1]!;
      const base = i * rowStride;
      const h = sign * data[base + j1 * colStride]! - v[j1]! - min;
      for (let k = up; k < nb; k++) {
        const j = colList[k]!;
        const v2 = sign * data[base + j * colStride]! - v[j]! - h;
        if (v2 < d[j]!) {
          pred[j] = i;
          if (v2 === min) {
            if (colSol[j]! < 0) {
              endOfPath = j;
              break;
            }
            colList[k] = colList[up]!;
            colList[up++] = j;
          }
          d[j] = v2;
        }
      }
    }
    // Columns scanned before the final minimum move their potential by d − min (≤ 0).
    for (let k = 0; k < last; k++) {
      const j = colList[k]!;
      v[j] = v[j]! + d[j]! - min;
    }
    let j = endOfPath;
    for (;;) {
      const i = pred[j]!;
      colSol[j] = i;
      const next = rowSol[i]!;
      rowSol[i] = j;
      j = next;
      if (i === freeRow) break;
    }
  }
  return numFree;
}
