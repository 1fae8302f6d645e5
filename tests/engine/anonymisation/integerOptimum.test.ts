import { describe, expect, it } from 'vitest';
import { feasibleTableau, optimiseVariable } from '../../../src/engine/anonymisation/exactSimplex';
import { integerOptimum } from '../../../src/engine/anonymisation/integerOptimum';

describe('exact LP and integer optimum', () => {
  // 2·y0 + 2·y1 + y2 = 3, y0 − y3 = 0 … (y ≥ 0): the LP maximum of y0 is 3/2, the integer one 1.
  const matrix = [
    [2, 2, 1, 0],
    [1, 0, 0, -1],
  ];
  const rhs = [3, 0];

  it('finds the fractional LP optimum exactly', () => {
    const tableau = feasibleTableau(matrix, rhs)!;
    const optimum = optimiseVariable(tableau, 0, 'max');
    expect(optimum.status).toBe('optimal');
    if (optimum.status !== 'optimal') return;
    expect(Number(optimum.numerator) / Number(optimum.denominator)).toBe(1.5);
    expect(optimum.solutionIntegral).toBe(false);
  });

  it('branches to the integer optimum', () => {
    expect(integerOptimum(matrix, rhs, 0, 'max', 1)).toEqual({ value: 1, exact: true });
    expect(integerOptimum(matrix, rhs, 0, 'min', 0)).toEqual({ value: 0, exact: true });
  });

  it('detects infeasible systems', () => {
    expect(feasibleTableau([[1, 1]], [-1])).toBeNull();
  });

  it('drops redundant equations', () => {
    const tableau = feasibleTableau(
      [
        [1, 1],
        [2, 2],
      ],
      [2, 4],
    )!;
    expect(tableau.rows.length).toBe(1);
    const max = optimiseVariable(tableau, 1, 'max');
    expect(max.status === 'optimal' && max.numerator / max.denominator).toBe(2n);
  });
});
