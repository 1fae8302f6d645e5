import { basicSolution, feasibleTableau, floorDiv, optimiseObjective } from './exactSimplex';

export interface IntegerOptimum {
  readonly value: number;
  readonly exact: boolean;
}

interface Bound {
  readonly variable: number;
  readonly kind: 'upper' | 'lower';
  readonly value: bigint;
}

const NODE_BUDGET = 2000;

function withBounds(
  matrix: readonly (readonly number[])[],
  rhs: readonly number[],
  bounds: readonly Bound[],
): { matrix: number[][]; rhs: number[] } {
  const n = matrix[0]?.length ?? 0;
  const width = n + bounds.length;
  const rows = matrix.map((row) => [...row, ...new Array<number>(bounds.length).fill(0)]);
  const values = [...rhs];
  bounds.forEach((bound, i) => {
    const row = new Array<number>(width).fill(0);
    row[bound.variable] = 1;
    row[n + i] = bound.kind === 'upper' ? 1 : -1;
    rows.push(row);
    values.push(Number(bound.value));
  });
  return { matrix: rows, rhs: values };
}

/**
 * The exact integer minimum or maximum of one variable over `A y = b, y ≥ 0, y integer`, by
 * branch and bound on exact LP relaxations. Used only when an LP optimum is fractional, which
 * the transportation-like systems of one or two tables never produce (their matrices are
 * network matrices); several linked tables can.
 *
 * Branching on a fractional basic variable y_j = v adds the row y_j + s = ⌊v⌋ or y_j − s = ⌈v⌉
 * (s ≥ 0 a new slack). Nodes are explored depth first, smaller variable index first, so the
 * result is deterministic. `exact` is false if the node budget ran out; the bound returned is
 * then the caller's `fallback` (the rounded LP bound, never tighter than the true one).
 */
export function integerOptimum(
  matrix: readonly (readonly number[])[],
  rhs: readonly number[],
  variable: number | readonly number[],
  sense: 'min' | 'max',
  fallback: number,
): IntegerOptimum {
  // One variable, or integer coefficients of a linear objective (one per variable).
  const width = matrix[0]?.length ?? 0;
  const coefficients =
    typeof variable === 'number' ? Array.from({ length: width }, (_, j) => (j === variable ? 1 : 0)) : variable;
  // Work as maximisation of s·y_v with s = ±1.
  const s = sense === 'max' ? 1n : -1n;
  let best: bigint | null = null;
  let nodes = 0;
  let exhausted = false;
  const n = matrix[0]?.length ?? 0;

  const explore = (bounds: readonly Bound[]): void => {
    if (exhausted) return;
    nodes += 1;
    if (nodes > NODE_BUDGET) {
      exhausted = true;
      return;
    }
    const system = withBounds(matrix, rhs, bounds);
    const tableau = feasibleTableau(system.matrix, system.rhs);
    if (tableau === null) return;
    const optimum = optimiseObjective(tableau, [...coefficients, ...new Array<number>(bounds.length).fill(0)], sense);
    if (optimum.status !== 'optimal') return;
    const ceiling = floorDiv(s * optimum.numerator, optimum.denominator);
    if (best !== null && ceiling <= best) return;
    const values = basicSolution(tableau);
    const d = tableau.denominator;
    let fractional = -1;
    for (let j = 0; j < n; j++) {
      if (values[j]! % d !== 0n) {
        fractional = j;
        break;
      }
    }
    if (fractional < 0) {
      best = (s * optimum.numerator) / d;
      return;
    }
    const floor = floorDiv(values[fractional]!, d);
    const first: Bound =
      sense === 'max'
        ? { variable: fractional, kind: 'lower', value: floor + 1n }
        : { variable: fractional, kind: 'upper', value: floor };
    const second: Bound =
      first.kind === 'lower'
        ? { variable: fractional, kind: 'upper', value: floor }
        : { variable: fractional, kind: 'lower', value: floor + 1n };
    explore([...bounds, first]);
    explore([...bounds, second]);
  };

  explore([]);
  if (exhausted || best === null) return { value: fallback, exact: false };
  return { value: Number(s * (best as bigint)), exact: true };
}
