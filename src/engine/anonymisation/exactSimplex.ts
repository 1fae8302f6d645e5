/**
 * Exact linear programming for the audit: the primal simplex method on an all-integer tableau
 * (integer pivoting, as in Edmonds' / Avis' lrs: every entry is a subdeterminant, every division
 * exact), so no rounding can make a suppressed cell look safer than it is.
 *
 * Problem:  minimise c·y  subject to  A y = b,  y ≥ 0   (A, b integer).
 * Phase 1 minimises the sum of artificial variables; Bland's rule (smallest index enters,
 * smallest basic index leaves on ties) rules out cycling on these highly degenerate systems.
 *
 * The tableau holds T = D·B⁻¹[A | b] with D = |det B| > 0, plus the reduced-cost row.
 */
export interface Tableau {
  /** Constraint rows, each `n + 1` long (the last entry is the right-hand side). */
  readonly rows: bigint[][];
  /** Reduced costs (·D) and, last, minus the objective value (·D). */
  objective: bigint[];
  denominator: bigint;
  readonly basis: number[];
  readonly variableCount: number;
}

export type LpOptimum =
  | {
      readonly status: 'optimal';
      readonly numerator: bigint;
      readonly denominator: bigint;
      readonly solutionIntegral: boolean;
    }
  | { readonly status: 'unbounded' };

function pivot(tableau: Tableau, p: number, q: number): void {
  const { rows } = tableau;
  const pivotRow = rows[p]!;
  const pivotValue = pivotRow[q]!;
  const previous = tableau.denominator;
  const width = pivotRow.length;
  const update = (row: bigint[]): void => {
    const factor = row[q]!;
    if (factor === 0n) {
      if (pivotValue !== previous) for (let j = 0; j < width; j++) row[j] = (row[j]! * pivotValue) / previous;
      return;
    }
    for (let j = 0; j < width; j++) row[j] = (row[j]! * pivotValue - factor * pivotRow[j]!) / previous;
  };
  for (let i = 0; i < rows.length; i++) if (i !== p) update(rows[i]!);
  update(tableau.objective);
  tableau.basis[p] = q;
  if (pivotValue < 0n) {
    // Keep D positive so that signs of entries are signs of the real values.
    for (const row of rows) for (let j = 0; j < width; j++) row[j] = -row[j]!;
    for (let j = 0; j < width; j++) tableau.objective[j] = -tableau.objective[j]!;
    tableau.denominator = -pivotValue;
  } else {
    tableau.denominator = pivotValue;
  }
}

/** Runs the simplex on the current objective row; `columns` limits the entering candidates. */
function runSimplex(tableau: Tableau, columns: number): 'optimal' | 'unbounded' {
  const { rows, basis } = tableau;
  for (;;) {
    const objective = tableau.objective;
    let q = -1;
    for (let j = 0; j < columns; j++) {
      if (objective[j]! < 0n) {
        q = j;
        break;
      }
    }
    if (q < 0) return 'optimal';
    let p = -1;
    let bestRhs = 0n;
    let bestCoef = 1n;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const coef = row[q]!;
      if (coef <= 0n) continue;
      const rhs = row[row.length - 1]!;
      if (p < 0) {
        p = i;
        bestRhs = rhs;
        bestCoef = coef;
        continue;
      }
      const lhs = rhs * bestCoef;
      const rhsCmp = bestRhs * coef;
      if (lhs < rhsCmp || (lhs === rhsCmp && basis[i]! < basis[p]!)) {
        p = i;
        bestRhs = rhs;
        bestCoef = coef;
      }
    }
    if (p < 0) return 'unbounded';
    pivot(tableau, p, q);
  }
}

/**
 * A feasible basic tableau of `A y = b, y ≥ 0`, redundant equations removed, or null when
 * the system has no non-negative solution.
 */
export function feasibleTableau(matrix: readonly (readonly number[])[], rhs: readonly number[]): Tableau | null {
  const m = matrix.length;
  const n = m > 0 ? matrix[0]!.length : 0;
  const rows: bigint[][] = [];
  for (let i = 0; i < m; i++) {
    const sign = rhs[i]! < 0 ? -1n : 1n;
    const row: bigint[] = new Array<bigint>(n + m + 1).fill(0n);
    for (let j = 0; j < n; j++) row[j] = sign * BigInt(matrix[i]![j]!);
    row[n + i] = 1n;
    row[n + m] = sign * BigInt(rhs[i]!);
    rows.push(row);
  }
  const objective: bigint[] = new Array<bigint>(n + m + 1).fill(0n);
  for (const row of rows) {
    for (let j = 0; j < n; j++) objective[j] = objective[j]! - row[j]!;
    objective[n + m] = objective[n + m]! - row[n + m]!;
  }
  const basis = Array.from({ length: m }, (_, i) => n + i);
  const tableau: Tableau = { rows, objective, denominator: 1n, basis, variableCount: n };
  runSimplex(tableau, n + m);
  if (tableau.objective[n + m]! !== 0n) return null;

  // Drive zero-level artificials out of the basis; a row where none can leave is redundant.
  const redundant: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (basis[i]! < n) continue;
    const row = rows[i]!;
    let q = -1;
    for (let j = 0; j < n; j++) {
      if (row[j]! !== 0n) {
        q = j;
        break;
      }
    }
    if (q < 0) redundant.push(i);
    else pivot(tableau, i, q);
  }
  const keptRows: bigint[][] = [];
  const keptBasis: number[] = [];
  rows.forEach((row, i) => {
    if (redundant.includes(i)) return;
    keptRows.push([...row.slice(0, n), row[n + m]!]);
    keptBasis.push(basis[i]!);
  });
  return {
    rows: keptRows,
    objective: new Array<bigint>(n + 1).fill(0n),
    denominator: tableau.denominator,
    basis: keptBasis,
    variableCount: n,
  };
}

/**
 * Minimises or maximises one variable from the tableau's current feasible basis (warm start:
 * the tableau is left at the optimum, still feasible, for the next call).
 */
export function optimiseVariable(tableau: Tableau, variable: number, sense: 'min' | 'max'): LpOptimum {
  const coefficients = new Array<number>(tableau.variableCount).fill(0);
  coefficients[variable] = 1;
  return optimiseObjective(tableau, coefficients, sense);
}

/**
 * Minimises or maximises Σ c_j · y_j (integer c, one per variable) from the tableau's current
 * feasible basis; the tableau is left at the optimum, still feasible. The value is exact:
 * numerator / denominator.
 */
export function optimiseObjective(tableau: Tableau, coefficients: readonly number[], sense: 'min' | 'max'): LpOptimum {
  const n = tableau.variableCount;
  const cost = sense === 'min' ? 1n : -1n;
  const D = tableau.denominator;
  const c = coefficients.map((value) => BigInt(value));
  const objective = new Array<bigint>(n + 1).fill(0n);
  for (let j = 0; j < n; j++) objective[j] = D * cost * c[j]!;
  tableau.basis.forEach((basic, i) => {
    const cb = c[basic]!;
    if (cb === 0n) return;
    const row = tableau.rows[i]!;
    for (let j = 0; j <= n; j++) objective[j] = objective[j]! - cost * cb * row[j]!;
  });
  tableau.objective = objective;
  if (runSimplex(tableau, n) === 'unbounded') return { status: 'unbounded' };
  const d = tableau.denominator;
  let numerator = 0n;
  tableau.basis.forEach((basic, i) => {
    numerator += c[basic]! * tableau.rows[i]![n]!;
  });
  const solutionIntegral = tableau.rows.every((r) => r[n]! % d === 0n);
  return { status: 'optimal', numerator, denominator: d, solutionIntegral };
}

/** Values of all variables at the tableau's current basis, as numerator over the denominator. */
export function basicSolution(tableau: Tableau): bigint[] {
  const n = tableau.variableCount;
  const values = new Array<bigint>(n).fill(0n);
  tableau.rows.forEach((row, i) => {
    values[tableau.basis[i]!] = row[n]!;
  });
  return values;
}

export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}
