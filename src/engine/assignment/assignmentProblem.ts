import { EngineError } from '../engineError';
/**
 * The rectangular linear assignment problem as the solver takes it: a row-major matrix of
 * values (rows = people, columns = positions), an optional mask of allowed pairs, and the
 * direction of optimisation. Also the typed error that every invalid input raises, and the
 * constructor from nested arrays with `null` for a forbidden pair.
 */

export interface AssignmentProblem {
  rows: number;
  cols: number;
  /** `values[row * cols + col]`; ignored where the pair is forbidden. */
  values: Float64Array;
  /** `allowed[row * cols + col] === 0` forbids the pair; absent = every pair allowed. */
  allowed?: Uint8Array;
  /** true: maximise the total (fit scores); false: minimise it (costs, minutes). */
  maximise: boolean;
}

export interface AssignmentSolution {
  /** Column assigned to each row, -1 = none. */
  rowToCol: Int32Array;
  /** Row assigned to each column, -1 = none. */
  colToRow: Int32Array;
  /** Sum of the values of the assigned pairs (in the problem's own sense). */
  total: number;
  /** Number of assigned pairs: the maximum the allowed pairs permit. */
  pairs: number;
  /**
   * Optimal dual potentials of the internal minimisation, whose cost is `value` when
   * minimising and `-value` when maximising. For every allowed pair
   * `cost - rowPotential[i] - colPotential[j] >= 0`, with equality on assigned pairs; every
   * unassigned row has a potential at least that of every assigned row, and likewise for
   * columns. Together they certify optimality among maximum-cardinality assignments and let
   * `forcedPairLosses` price alternatives without re-solving.
   */
  rowPotential: Float64Array;
  colPotential: Float64Array;
}

export type AssignmentErrorCode =
  | 'invalid-dimensions'
  | 'size-mismatch'
  | 'mask-size-mismatch'
  | 'ragged-rows'
  | 'non-finite-value'
  | 'column-out-of-range'
  | 'no-augmenting-path';

/** An invalid assignment input; `code` and `params` let the caller word the message. */
export class AssignmentError extends EngineError {
  declare readonly code: AssignmentErrorCode;

  constructor(code: AssignmentErrorCode, params: Record<string, number> = {}) {
    super('assignment', code, params);
    this.name = 'AssignmentError';
  }
}

/** Throws an `AssignmentError` unless the problem is well-formed. */
export function validateAssignmentProblem(problem: AssignmentProblem): void {
  validateAssignmentShape(problem);
  validateAssignmentValues(problem);
}

/** Dimensions and array lengths. */
export function validateAssignmentShape(problem: AssignmentProblem): void {
  const { rows, cols, values, allowed } = problem;
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new AssignmentError('invalid-dimensions', { rows, cols });
  }
  if (values.length !== rows * cols) {
    throw new AssignmentError('size-mismatch', { rows, cols, length: values.length });
  }
  if (allowed !== undefined && allowed.length !== rows * cols) {
    throw new AssignmentError('mask-size-mismatch', { rows, cols, length: allowed.length });
  }
}

/** Every value of an allowed pair is finite; the error names the first bad cell. */
export function validateAssignmentValues(problem: AssignmentProblem): void {
  const { cols, values, allowed } = problem;
  // Fast screen: a sum of finite values is finite unless it overflows, and any NaN or
  // ±Infinity makes it non-finite. Four independent sums keep the loop throughput-bound.
  // Only a non-finite sum (or an overflow) pays for the exact search below.
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  const n = values.length;
  let k = 0;
  for (; k + 3 < n; k += 4) {
    s0 += values[k]!;
    s1 += values[k + 1]!;
    s2 += values[k + 2]!;
    s3 += values[k + 3]!;
  }
  for (; k < n; k++) s0 += values[k]!;
  const sum = s0 + s1 + s2 + s3;
  if (sum - sum === 0) return;
  for (k = 0; k < n; k++) {
    const value = values[k]!;
    if (value - value !== 0 && (allowed === undefined || allowed[k] !== 0)) {
      throw new AssignmentError('non-finite-value', { row: Math.floor(k / cols), col: k % cols });
    }
  }
}

/**
 * Builds a problem from nested arrays, `null` marking a forbidden pair. Rows must all have
 * the same length; `cols` is taken from the first row (0 rows → 0 columns unless given).
 */
export function assignmentProblemFromRows(
  valueRows: ReadonlyArray<ReadonlyArray<number | null>>,
  options: { maximise: boolean; cols?: number },
): AssignmentProblem {
  const rows = valueRows.length;
  const cols = options.cols ?? valueRows[0]?.length ?? 0;
  const values = new Float64Array(rows * cols);
  let allowed: Uint8Array | undefined;
  for (let i = 0; i < rows; i++) {
    const row = valueRows[i]!;
    if (row.length !== cols) throw new AssignmentError('ragged-rows', { row: i, length: row.length, cols });
    for (let j = 0; j < cols; j++) {
      const value = row[j];
      if (value === null || value === undefined) {
        if (allowed === undefined) allowed = new Uint8Array(rows * cols).fill(1);
        allowed[i * cols + j] = 0;
      } else {
        if (!Number.isFinite(value)) throw new AssignmentError('non-finite-value', { row: i, col: j });
        values[i * cols + j] = value;
      }
    }
  }
  return allowed === undefined
    ? { rows, cols, values, maximise: options.maximise }
    : { rows, cols, values, allowed, maximise: options.maximise };
}

/** The solution of `problem` from its matching and potentials: its total and number of pairs added. */
export function withTotal(
  problem: AssignmentProblem,
  rowToCol: Int32Array,
  colToRow: Int32Array,
  rowPotential: Float64Array,
  colPotential: Float64Array,
): AssignmentSolution {
  const { rows, cols, values } = problem;
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < rows; i++) {
    const j = rowToCol[i]!;
    if (j < 0) continue;
    total += values[i * cols + j]!;
    pairs++;
  }
  return { rowToCol, colToRow, total, pairs, rowPotential, colPotential };
}
