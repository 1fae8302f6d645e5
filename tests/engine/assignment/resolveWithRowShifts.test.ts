import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssignmentProblem } from '../../../src/engine/assignment/assignmentProblem';
import { hasOptimalityCertificate, resolveWithRowShifts } from '../../../src/engine/assignment/resolveWithRowShifts';
import { solveAssignment } from '../../../src/engine/assignment/solveAssignment';
import { bruteForceAssignment } from './bruteForceAssignment';

/**
 * A small problem and a few rounds of row shifts (as the order of selection's bonuses: mostly
 * raises on a few rows, sometimes large, sometimes a fall). `integer` values tie often; real
 * ones make the optimum unique.
 */
const instance = (integer: boolean) =>
  fc
    .record({
      rows: fc.integer({ min: 1, max: 7 }),
      cols: fc.integer({ min: 1, max: 6 }),
      maximise: fc.boolean(),
      forbiddenShare: fc.constantFrom(0, 0.2, 0.5),
    })
    .chain(({ rows, cols, maximise, forbiddenShare }) =>
      fc.record({
        problem: fc
          .record({
            values: fc.array(integer ? fc.integer({ min: 0, max: 3 }) : fc.double({ min: 0, max: 10, noNaN: true }), {
              minLength: rows * cols,
              maxLength: rows * cols,
            }),
            forbidden: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
              minLength: rows * cols,
              maxLength: rows * cols,
            }),
          })
          .map(({ values, forbidden }): AssignmentProblem => ({
            rows,
            cols,
            maximise,
            values: Float64Array.from(values),
            allowed: Uint8Array.from(forbidden, (x) => (x < forbiddenShare ? 0 : 1)),
          })),
        rounds: fc.array(
          fc.array(
            fc.record({
              row: fc.nat(rows - 1),
              shift: integer
                ? fc.constantFrom(1, 2, 5, 40, -1, -3)
                : fc.oneof(fc.double({ min: -5, max: 5, noNaN: true }), fc.constantFrom(11, 22, 33)),
            }),
            { minLength: 1, maxLength: 3 },
          ),
          { minLength: 1, maxLength: 3 },
        ),
      }),
    );

/** Applies the rounds, each re-optimised from the previous optimum; checks each against a cold solve. */
function checkRounds(
  problem: AssignmentProblem,
  rounds: Array<Array<{ row: number; shift: number }>>,
  compare: (
    warm: ReturnType<typeof solveAssignment>,
    cold: ReturnType<typeof solveAssignment>,
    p: AssignmentProblem,
  ) => void,
) {
  let current = problem;
  let solution = solveAssignment(current);
  for (const round of rounds) {
    const rowShift = new Float64Array(problem.rows);
    for (const { row, shift } of round) rowShift[row] = rowShift[row]! + shift;
    const values = Float64Array.from(current.values);
    for (let i = 0; i < problem.rows; i++)
      for (let j = 0; j < problem.cols; j++)
        values[i * problem.cols + j] = values[i * problem.cols + j]! + rowShift[i]!;
    current = { ...current, values };
    const warm = resolveWithRowShifts(current, solution, rowShift);
    const cold = solveAssignment(current);
    expect(hasOptimalityCertificate(current, warm, 1e-7)).toBe(true);
    expect(warm.pairs).toBe(cold.pairs);
    expect(warm.total).toBeCloseTo(cold.total, 7);
    compare(warm, cold, current);
    solution = warm;
  }
}

describe('resolveWithRowShifts (warm start)', () => {
  it('gives a certified optimum with the cold solve’s pairs and total, through ties (brute force)', () => {
    fc.assert(
      fc.property(instance(true), ({ problem, rounds }) => {
        checkRounds(problem, rounds, (warm, _cold, p) => {
          const brute = bruteForceAssignment(p);
          expect(warm.pairs).toBe(brute.pairs);
          expect(warm.total).toBeCloseTo(brute.total ?? 0, 9);
          // A matching: no column twice, and both directions agree.
          warm.rowToCol.forEach((j, i) => {
            if (j >= 0) expect(warm.colToRow[j]).toBe(i);
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('equals a cold solve pair for pair when the optimum is unique', () => {
    fc.assert(
      fc.property(instance(false), ({ problem, rounds }) => {
        checkRounds(problem, rounds, (warm, cold, p) => {
          // Unique: every other matching of as many pairs uses a pair the optimum does not, and
          // each such pair, forced, loses something.
          const unique = Array.from({ length: p.rows * p.cols }, (_, k) => k).every((k) => {
            const [row, col] = [Math.floor(k / p.cols), k % p.cols];
            if (p.allowed?.[k] === 0 || cold.rowToCol[row] === col) return true;
            const forced = bruteForceAssignment(p, { row, col }, cold.pairs);
            return forced.total === null || Math.abs(forced.total - cold.total) > 1e-9;
          });
          if (unique) expect(Array.from(warm.rowToCol)).toEqual(Array.from(cold.rowToCol));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a warm start from a solution that is not optimal', () => {
    const problem: AssignmentProblem = { rows: 2, cols: 2, maximise: true, values: Float64Array.from([5, 1, 1, 5]) };
    const optimum = solveAssignment(problem);
    expect(hasOptimalityCertificate(problem, optimum)).toBe(true);
    const swapped = { ...optimum, rowToCol: Int32Array.from([1, 0]), colToRow: Int32Array.from([1, 0]) };
    expect(hasOptimalityCertificate(problem, swapped)).toBe(false);
  });
});
