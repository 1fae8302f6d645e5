import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveAssignment } from '../../../src/engine/assignment/solveAssignment';
import { cheapestForcedPair, forcedPairLosses } from '../../../src/engine/assignment/forcedPairLosses';
import {
  AssignmentError,
  type AssignmentProblem,
  assignmentProblemFromRows,
} from '../../../src/engine/assignment/assignmentProblem';
import { randomStream } from '../../../src/engine/random';
import { bruteForceAssignment } from './bruteForceAssignment';

/** Loss by re-solving with the pair forced, keeping the maximum number of pairs. */
function bruteForceLoss(problem: AssignmentProblem, row: number, col: number): number {
  const best = bruteForceAssignment(problem);
  const forced = bruteForceAssignment(problem, { row, col }, best.pairs);
  if (forced.total === null) return Infinity;
  return Math.abs(forced.total - (best.total ?? 0));
}

function checkAgainstBruteForce(problem: AssignmentProblem): void {
  const solution = solveAssignment(problem);
  for (let col = 0; col < problem.cols; col++) {
    const losses = forcedPairLosses(problem, solution, col);
    expect(losses.length).toBe(problem.rows);
    for (let row = 0; row < problem.rows; row++) {
      const expected = bruteForceLoss(problem, row, col);
      if (expected === Infinity) expect(losses[row]).toBe(Infinity);
      else expect(losses[row]).toBeCloseTo(expected, 9);
    }
  }
}

describe('forcedPairLosses', () => {
  it('matches re-solving with the pair forced (integer values with ties, forbidden pairs)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        fc.constantFrom(0, 0.3, 0.6),
        fc.integer(),
        (rows, cols, maximise, forbiddenShare, seed) => {
          const random = randomStream(seed, 'forced-int');
          const values = Float64Array.from({ length: rows * cols }, () => Math.floor(random() * 4));
          const allowed = Uint8Array.from({ length: rows * cols }, () => (random() < forbiddenShare ? 0 : 1));
          checkAgainstBruteForce({ rows, cols, values, allowed, maximise });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('matches re-solving when whole rows or columns are forbidden and every row can be left out', () => {
    // The masks that split the problem (some rows left out by every optimum, columns no one
    // may take): the two parts' potentials must still form one certificate.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        fc.constantFrom(0.3, 0.5, 0.7),
        fc.integer(),
        (rows, cols, maximise, forbiddenShare, seed) => {
          const random = randomStream(seed, 'forced-split');
          const values = Float64Array.from({ length: rows * cols }, () => Math.round(random() * 40 - 10) / 4);
          const closedRow = Math.floor(random() * (rows + 2)); // ≥ rows: none closed
          const closedCol = Math.floor(random() * (cols + 2));
          const allowed = Uint8Array.from({ length: rows * cols }, (_, k) =>
            Math.floor(k / cols) === closedRow || k % cols === closedCol || random() < forbiddenShare ? 0 : 1,
          );
          checkAgainstBruteForce({ rows, cols, values, allowed, maximise });
        },
      ),
      { numRuns: 600 },
    );
  });

  it('prices a runner-up when a column no one may take sits beside costly pairs', () => {
    // Every row can be left out and column 1 is closed: before the potentials were joined in
    // this case, column 1 (unassigned, potential 0) sat below column 0's potential of 5.
    const problem = assignmentProblemFromRows(
      [
        [5, null],
        [7, null],
        [9, null],
      ],
      { maximise: false },
    );
    const solution = solveAssignment(problem);
    expect(solution.colPotential[1]).toBeGreaterThanOrEqual(solution.colPotential[0]!);
    expect(Array.from(forcedPairLosses(problem, solution, 0))).toEqual([0, 2, 4]);
    expect(Array.from(forcedPairLosses(problem, solution, 1))).toEqual([Infinity, Infinity, Infinity]);
  });

  it('matches re-solving on float values', () => {
    const random = randomStream(3, 'forced-float');
    for (let trial = 0; trial < 80; trial++) {
      const rows = 1 + Math.floor(random() * 6);
      const cols = 1 + Math.floor(random() * 6);
      const values = Float64Array.from({ length: rows * cols }, () => random() * 10);
      const allowed = Uint8Array.from({ length: rows * cols }, () => (random() < 0.2 ? 0 : 1));
      checkAgainstBruteForce({ rows, cols, values, allowed, maximise: trial % 2 === 0 });
    }
  });

  it('matches re-solving with the pair forced on larger problems (the rest solved without that row and column)', () => {
    const random = randomStream(11, 'forced-large');
    for (const [rows, cols, maximise] of [
      [30, 24, true],
      [20, 26, false],
      [25, 25, true],
    ] as const) {
      const values = Float64Array.from({ length: rows * cols }, () => Math.floor(random() * 21));
      const allowed = Uint8Array.from({ length: rows * cols }, () => (random() < 0.3 ? 0 : 1));
      const problem = { rows, cols, values, allowed, maximise };
      const solution = solveAssignment(problem);
      for (const col of [0, Math.floor(cols / 2), cols - 1]) {
        const losses = forcedPairLosses(problem, solution, col);
        for (let row = 0; row < rows; row++) {
          let expected = Infinity;
          if (allowed[row * cols + col] !== 0) {
            const rest = Uint8Array.from(allowed, (a, k) => (Math.floor(k / cols) === row || k % cols === col ? 0 : a));
            const other = solveAssignment({ ...problem, allowed: rest });
            if (other.pairs + 1 === solution.pairs)
              expected = Math.abs(solution.total - (other.total + values[row * cols + col]!));
          }
          expect(losses[row]).toBe(expected);
        }
      }
    }
  });

  it('gives the runner-up: zero for the holder, the score drop for others, Infinity when forbidden', () => {
    const problem = assignmentProblemFromRows(
      [
        [9, 1],
        [7, 8],
        [null, 2],
      ],
      { maximise: true },
    );
    const solution = solveAssignment(problem);
    expect(Array.from(solution.rowToCol)).toEqual([0, 1, -1]);
    const losses = forcedPairLosses(problem, solution, 0);
    // Row 1 on column 0 (7): column 1 then goes to row 2 (2) rather than row 0 (1), so the
    // total is 9 instead of 17.
    expect(Array.from(losses)).toEqual([0, 8, Infinity]);
  });

  it('cheapestForcedPair is the least loss among the other rows (early-stopped search)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        fc.integer(),
        (rows, cols, maximise, seed) => {
          const random = randomStream(seed, 'cheapest');
          const values = Float64Array.from({ length: rows * cols }, () => Math.floor(random() * 6));
          const allowed = Uint8Array.from({ length: rows * cols }, () => (random() < 0.3 ? 0 : 1));
          const problem = { rows, cols, values, allowed, maximise };
          const solution = solveAssignment(problem);
          for (let col = 0; col < cols; col++) {
            const losses = forcedPairLosses(problem, solution, col);
            let least = Infinity;
            for (let row = 0; row < rows; row++)
              if (row !== solution.colToRow[col]) least = Math.min(least, losses[row]!);
            const cheapest = cheapestForcedPair(problem, solution, col);
            if (least === Infinity) {
              expect(cheapest === null || cheapest.loss === Infinity).toBe(true);
            } else {
              expect(cheapest).not.toBeNull();
              expect(cheapest!.row).not.toBe(solution.colToRow[col]);
              expect(cheapest!.loss).toBeCloseTo(least, 9);
              expect(losses[cheapest!.row]).toBeCloseTo(least, 9);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects a column out of range', () => {
    const problem = assignmentProblemFromRows([[1, 2]], { maximise: false });
    expect(() => forcedPairLosses(problem, solveAssignment(problem), 2)).toThrow(AssignmentError);
  });
});
