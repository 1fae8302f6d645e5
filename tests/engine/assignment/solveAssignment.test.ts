import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import munkres from 'munkres';
import { solveAssignment } from '../../../src/engine/assignment/solveAssignment';
import {
  AssignmentError,
  type AssignmentProblem,
  type AssignmentSolution,
  assignmentProblemFromRows,
} from '../../../src/engine/assignment/assignmentProblem';
import { randomStream } from '../../../src/engine/random';
import { bruteForceAssignment } from './bruteForceAssignment';

/** The solution is a matching of allowed pairs whose arrays agree and whose total adds up. */
function expectConsistent(problem: AssignmentProblem, solution: AssignmentSolution): void {
  const { rows, cols, values, allowed } = problem;
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < rows; i++) {
    const j = solution.rowToCol[i]!;
    if (j < 0) continue;
    expect(solution.colToRow[j]).toBe(i);
    expect(allowed === undefined || allowed[i * cols + j] !== 0).toBe(true);
    total += values[i * cols + j]!;
    pairs++;
  }
  for (let j = 0; j < cols; j++) {
    const i = solution.colToRow[j]!;
    if (i >= 0) expect(solution.rowToCol[i]).toBe(j);
  }
  expect(solution.pairs).toBe(pairs);
  expect(solution.total).toBeCloseTo(total, 9);
}

/**
 * The potentials certify optimality (see `AssignmentSolution.rowPotential`): no allowed pair
 * has a negative reduced cost, assigned pairs have none, and unassigned rows (columns) carry
 * the largest row (column) potential.
 */
function expectDualCertificate(problem: AssignmentProblem, solution: AssignmentSolution): void {
  const { rows, cols, values, allowed, maximise } = problem;
  const { rowToCol, colToRow, rowPotential, colPotential } = solution;
  let scale = 1;
  for (const value of values) scale = Math.max(scale, Math.abs(value));
  const tolerance = 1e-9 * scale;
  let mostNegative = 0;
  let largestOnAssigned = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (allowed !== undefined && allowed[i * cols + j] === 0) continue;
      const reduced = (maximise ? -1 : 1) * values[i * cols + j]! - rowPotential[i]! - colPotential[j]!;
      mostNegative = Math.min(mostNegative, reduced);
      if (rowToCol[i] === j) largestOnAssigned = Math.max(largestOnAssigned, Math.abs(reduced));
    }
  }
  expect(mostNegative).toBeGreaterThanOrEqual(-tolerance);
  expect(largestOnAssigned).toBeLessThanOrEqual(tolerance);
  const largestAssigned = (potential: Float64Array, mate: Int32Array): number =>
    Math.max(-Infinity, ...Array.from(potential).filter((_, k) => mate[k]! >= 0));
  const largestRow = largestAssigned(rowPotential, rowToCol);
  const largestCol = largestAssigned(colPotential, colToRow);
  for (let i = 0; i < rows; i++)
    if (rowToCol[i]! < 0) expect(rowPotential[i]!).toBeGreaterThanOrEqual(largestRow - tolerance);
  for (let j = 0; j < cols; j++)
    if (colToRow[j]! < 0) expect(colPotential[j]!).toBeGreaterThanOrEqual(largestCol - tolerance);
}

const smallProblem = fc
  .record({
    rows: fc.integer({ min: 1, max: 6 }),
    cols: fc.integer({ min: 1, max: 6 }),
    maximise: fc.boolean(),
    forbiddenShare: fc.constantFrom(0, 0.2, 0.5, 0.8),
  })
  .chain(({ rows, cols, maximise, forbiddenShare }) =>
    fc
      .record({
        values: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: rows * cols, maxLength: rows * cols }),
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
  );

describe('solveAssignment', () => {
  it('finds the maximum number of pairs and then the optimal total (brute force, ties, forbidden pairs)', () => {
    fc.assert(
      fc.property(smallProblem, (problem) => {
        const solution = solveAssignment(problem);
        const reference = bruteForceAssignment(problem);
        expectConsistent(problem, solution);
        expectDualCertificate(problem, solution);
        expect(solution.pairs).toBe(reference.pairs);
        expect(solution.total).toBe(reference.total ?? 0);
      }),
      { numRuns: 1500 },
    );
  });

  it('is optimal on small float matrices too (brute force)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        fc.integer(),
        (rows, cols, maximise, seed) => {
          const random = randomStream(seed, 'float-case');
          const values = Float64Array.from({ length: rows * cols }, () => random() * 100 - 50);
          const allowed = Uint8Array.from({ length: rows * cols }, () => (random() < 0.25 ? 0 : 1));
          const problem = { rows, cols, values, allowed, maximise };
          const solution = solveAssignment(problem);
          const reference = bruteForceAssignment(problem);
          expectConsistent(problem, solution);
          expectDualCertificate(problem, solution);
          expect(solution.pairs).toBe(reference.pairs);
          expect(solution.total).toBeCloseTo(reference.total ?? 0, 9);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('agrees with the munkres package on random rectangular matrices', () => {
    const random = randomStream(42, 'munkres-agreement');
    for (let trial = 0; trial < 60; trial++) {
      const rows = 1 + Math.floor(random() * 40);
      const cols = 1 + Math.floor(random() * 40);
      const integer = trial % 2 === 0;
      const grid = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => (integer ? Math.floor(random() * 10) : random() * 1000)),
      );
      for (const maximise of [false, true]) {
        const problem = assignmentProblemFromRows(grid, { maximise });
        const solution = solveAssignment(problem);
        expectConsistent(problem, solution);
        expectDualCertificate(problem, solution);
        const pairsByMunkres = munkres(maximise ? grid.map((row) => row.map((x) => -x)) : grid);
        const munkresTotal = pairsByMunkres.reduce((sum, [i, j]) => sum + grid[i]![j]!, 0);
        expect(solution.pairs).toBe(Math.min(rows, cols));
        expect(solution.total).toBeCloseTo(munkresTotal, 6);
      }
    }
  });

  it('is exact with a valid dual certificate at the role-mapping size (62×51, both orientations, three families)', () => {
    const random = randomStream(11, 'role-mapping-size');
    const families = {
      uniform: (): number => random(),
      fit: (): number => Math.floor(random() * 21),
      distance: (): number => Math.round(random() * 1400),
      twoValues: (): number => (random() < 0.5 ? 0 : 1),
    };
    for (const [rows, cols] of [
      [62, 51],
      [51, 62],
      [51, 51],
    ] as const) {
      for (const [name, draw] of Object.entries(families)) {
        for (let trial = 0; trial < 3; trial++) {
          const grid = Array.from({ length: rows }, () => Array.from({ length: cols }, draw));
          for (const maximise of [false, true]) {
            const problem = assignmentProblemFromRows(grid, { maximise });
            const solution = solveAssignment(problem);
            expectConsistent(problem, solution);
            expectDualCertificate(problem, solution);
            const pairsByMunkres = munkres(maximise ? grid.map((row) => row.map((x) => -x)) : grid);
            const munkresTotal = pairsByMunkres.reduce((sum, [i, j]) => sum + grid[i]![j]!, 0);
            expect(solution.total, `${name} ${rows}×${cols} maximise=${maximise}`).toBeCloseTo(munkresTotal, 6);
          }
        }
      }
    }
  });

  it('agrees with munkres on larger tie-heavy and transposed matrices', () => {
    const random = randomStream(7, 'munkres-large');
    for (const [rows, cols] of [
      [120, 90],
      [90, 120],
      [100, 100],
    ] as const) {
      const grid = Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.floor(random() * 21)));
      const solution = solveAssignment(assignmentProblemFromRows(grid, { maximise: true }));
      const pairsByMunkres = munkres(grid.map((row) => row.map((x) => -x)));
      expect(solution.total).toBe(pairsByMunkres.reduce((sum, [i, j]) => sum + grid[i]![j]!, 0));
    }
  });

  it('agrees with munkres above the small-matrix threshold (strided start, ties, both directions)', () => {
    const random = randomStream(9, 'munkres-strided');
    for (const [rows, cols] of [
      [220, 160],
      [160, 220],
    ] as const) {
      const families = {
        uniform: () => random(),
        fit: () => Math.floor(random() * 21),
        coarse: () => Math.floor(random() * 3),
      };
      for (const [name, draw] of Object.entries(families)) {
        const grid = Array.from({ length: rows }, () => Array.from({ length: cols }, draw));
        for (const maximise of [false, true]) {
          const problem = assignmentProblemFromRows(grid, { maximise });
          const solution = solveAssignment(problem);
          expectConsistent(problem, solution);
          const pairsByMunkres = munkres(maximise ? grid.map((row) => row.map((x) => -x)) : grid);
          const munkresTotal = pairsByMunkres.reduce((sum, [i, j]) => sum + grid[i]![j]!, 0);
          expect(solution.pairs, name).toBe(Math.min(rows, cols));
          expect(solution.total, `${name} ${rows}×${cols} maximise=${maximise}`).toBeCloseTo(munkresTotal, 6);
        }
      }
    }
  });

  describe('degenerate inputs', () => {
    it('all values equal: any full matching, total = pairs × value', () => {
      const problem = assignmentProblemFromRows(
        Array.from({ length: 7 }, () => Array(4).fill(5)),
        { maximise: false },
      );
      const solution = solveAssignment(problem);
      expectConsistent(problem, solution);
      expect(solution.pairs).toBe(4);
      expect(solution.total).toBe(20);
    });

    it('one column: the best row takes it', () => {
      const solution = solveAssignment(assignmentProblemFromRows([[4], [1], [9], [1]], { maximise: true }));
      expect(Array.from(solution.rowToCol)).toEqual([-1, -1, 0, -1]);
      expect(solution.total).toBe(9);
    });

    it('one row: it takes its best column', () => {
      const solution = solveAssignment(assignmentProblemFromRows([[4, 1, 9, 1]], { maximise: false }));
      expect(solution.rowToCol[0]).toBe(1);
      expect(solution.total).toBe(1);
    });

    it('a row with every pair forbidden stays unassigned', () => {
      const problem = assignmentProblemFromRows(
        [
          [1, 2, 3],
          [null, null, null],
          [3, 1, 2],
        ],
        { maximise: false },
      );
      const solution = solveAssignment(problem);
      expect(solution.rowToCol[1]).toBe(-1);
      expect(solution.pairs).toBe(2);
      expect(solution.total).toBe(2);
    });

    it('prefers more pairs over a better total', () => {
      // Row 0 alone could take column 0 for 100, but then row 1 gets nothing.
      const solution = solveAssignment(
        assignmentProblemFromRows(
          [
            [100, 1],
            [1, null],
          ],
          { maximise: true },
        ),
      );
      expect(solution.pairs).toBe(2);
      expect(solution.total).toBe(2);
    });

    it('everything forbidden: no pairs', () => {
      const solution = solveAssignment(
        assignmentProblemFromRows(
          [
            [null, null],
            [null, null],
            [null, null],
          ],
          { maximise: true },
        ),
      );
      expect(solution.pairs).toBe(0);
      expect(Array.from(solution.rowToCol)).toEqual([-1, -1, -1]);
      expect(Array.from(solution.colToRow)).toEqual([-1, -1]);
      expect(solution.total).toBe(0);
    });

    it('0 × n and n × 0', () => {
      const empty = solveAssignment({ rows: 0, cols: 3, values: new Float64Array(0), maximise: false });
      expect(empty.pairs).toBe(0);
      expect(Array.from(empty.colToRow)).toEqual([-1, -1, -1]);
      const noColumns = solveAssignment({ rows: 2, cols: 0, values: new Float64Array(0), maximise: true });
      expect(Array.from(noColumns.rowToCol)).toEqual([-1, -1]);
      expect(noColumns.total).toBe(0);
    });
  });

  describe('validation', () => {
    const codeOf = (run: () => unknown): string | undefined => {
      try {
        run();
      } catch (error) {
        return error instanceof AssignmentError ? error.code : 'other';
      }
      return undefined;
    };

    it('rejects NaN and infinite values in allowed cells, naming the cell', () => {
      const values = Float64Array.from([1, 2, 3, Number.NaN]);
      expect(codeOf(() => solveAssignment({ rows: 2, cols: 2, values, maximise: false }))).toBe('non-finite-value');
      try {
        solveAssignment({ rows: 2, cols: 2, values, maximise: false });
      } catch (error) {
        expect((error as AssignmentError).params).toEqual({ row: 1, col: 1 });
      }
      const infinite = Float64Array.from([1, Infinity, 3, 4]);
      expect(codeOf(() => solveAssignment({ rows: 2, cols: 2, values: infinite, maximise: true }))).toBe(
        'non-finite-value',
      );
      expect(codeOf(() => assignmentProblemFromRows([[1, Number.NaN]], { maximise: false }))).toBe('non-finite-value');
    });

    it('rejects a non-finite value wherever it is, in every code path (shape, direction, mask)', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 12 }),
          fc.boolean(),
          fc.boolean(),
          fc.constantFrom(Number.NaN, Infinity, -Infinity),
          fc.nat(),
          (rows, cols, maximise, withMask, bad, at) => {
            const values = Float64Array.from({ length: rows * cols }, (_, k) => k % 5);
            const k = at % (rows * cols);
            values[k] = bad;
            const problem: AssignmentProblem = withMask
              ? {
                  rows,
                  cols,
                  values,
                  maximise,
                  allowed: Uint8Array.from({ length: rows * cols }, (_, q) =>
                    q === (k + 1) % (rows * cols) && q !== k ? 0 : 1,
                  ),
                }
              : { rows, cols, values, maximise };
            let caught: unknown;
            try {
              solveAssignment(problem);
            } catch (error) {
              caught = error;
            }
            expect(caught).toBeInstanceOf(AssignmentError);
            expect((caught as AssignmentError).code).toBe('non-finite-value');
            expect((caught as AssignmentError).params).toEqual({ row: Math.floor(k / cols), col: k % cols });
          },
        ),
        { numRuns: 300 },
      );
    });

    it('solves huge finite values whose sum overflows (no false alarm from the finiteness screen)', () => {
      for (const [rows, cols] of [
        [10, 10],
        [12, 8],
        [8, 12],
      ] as const) {
        const pattern = Array.from({ length: rows }, (_, i) =>
          Array.from({ length: cols }, (_, j) => 1 + ((i * 7 + j * 3) % 11) / 10),
        );
        const small = solveAssignment(assignmentProblemFromRows(pattern, { maximise: false }));
        const huge = solveAssignment(
          assignmentProblemFromRows(
            pattern.map((row) => row.map((x) => x * 1e307)),
            { maximise: false },
          ),
        );
        expect(huge.pairs).toBe(small.pairs);
        expect(huge.total / 1e307).toBeCloseTo(small.total, 9);
      }
    });

    it('ignores values in forbidden cells', () => {
      const values = Float64Array.from([1, Number.NaN, 3, 4]);
      const allowed = Uint8Array.from([1, 0, 1, 1]);
      expect(solveAssignment({ rows: 2, cols: 2, values, allowed, maximise: false }).total).toBe(5);
    });

    it('rejects size mismatches and ragged rows', () => {
      expect(codeOf(() => solveAssignment({ rows: 2, cols: 2, values: new Float64Array(3), maximise: false }))).toBe(
        'size-mismatch',
      );
      expect(
        codeOf(() =>
          solveAssignment({
            rows: 2,
            cols: 2,
            values: new Float64Array(4),
            allowed: new Uint8Array(5),
            maximise: false,
          }),
        ),
      ).toBe('mask-size-mismatch');
      expect(codeOf(() => solveAssignment({ rows: -1, cols: 2, values: new Float64Array(0), maximise: false }))).toBe(
        'invalid-dimensions',
      );
      expect(codeOf(() => assignmentProblemFromRows([[1, 2], [3]], { maximise: false }))).toBe('ragged-rows');
    });
  });
});
