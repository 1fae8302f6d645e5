import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssignmentProblem } from '../../../src/engine/assignment/assignmentProblem';
import { columnGroupsOf, withColumnAlone, type ColumnGroups } from '../../../src/engine/assignment/identicalColumns';
import { hasOptimalityCertificate } from '../../../src/engine/assignment/resolveWithRowShifts';
import { solveAssignment } from '../../../src/engine/assignment/solveAssignment';
import {
  groupedRounds,
  solveGroupedAssignment,
  type GroupedAssignmentProblem,
} from '../../../src/engine/assignment/solveGroupedAssignment';
import { bruteForceAssignment } from './bruteForceAssignment';

/** The grouped form of `problem`, read from each group's first column (`groups` must be right for it). */
function groupedProblemOf(problem: AssignmentProblem, groups: ColumnGroups): GroupedAssignmentProblem {
  const { rows, cols, values, allowed, maximise } = problem;
  const k = groups.count;
  const grouped = new Float64Array(rows * k);
  const groupedAllowed = allowed && new Uint8Array(rows * k);
  for (let r = 0; r < rows; r++) {
    for (let g = 0; g < k; g++) {
      const at = r * cols + groups.columns[groups.start[g]!]!;
      grouped[r * k + g] = values[at]!;
      if (groupedAllowed) groupedAllowed[r * k + g] = allowed![at]!;
    }
  }
  return groupedAllowed
    ? { rows, groups, values: grouped, allowed: groupedAllowed, maximise }
    : { rows, groups, values: grouped, maximise };
}

/**
 * A problem whose columns are copies of a few distinct ones (as copies of a role at one site),
 * with forbidden pairs, and the first column of each one's source (`copyOf`, the hint the role
 * mapping gives). `integer` values tie often.
 */
const copiedProblem = (integer: boolean, maxRows: number, maxCols: number) =>
  fc
    .record({
      rows: fc.integer({ min: 1, max: maxRows }),
      distinct: fc.integer({ min: 1, max: 4 }),
      cols: fc.integer({ min: 1, max: maxCols }),
      maximise: fc.boolean(),
      forbiddenShare: fc.constantFrom(0, 0.2, 0.5),
    })
    .chain(({ rows, distinct, cols, maximise, forbiddenShare }) =>
      fc
        .record({
          source: fc.array(fc.nat(distinct - 1), { minLength: cols, maxLength: cols }),
          values: fc.array(integer ? fc.integer({ min: 0, max: 3 }) : fc.double({ min: -10, max: 10, noNaN: true }), {
            minLength: rows * distinct,
            maxLength: rows * distinct,
          }),
          forbidden: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
            minLength: rows * distinct,
            maxLength: rows * distinct,
          }),
        })
        .map(({ source, values, forbidden }) => {
          const full = new Float64Array(rows * cols);
          const allowed = new Uint8Array(rows * cols);
          for (let r = 0; r < rows; r++)
            for (let c = 0; c < cols; c++) {
              full[r * cols + c] = values[r * distinct + source[c]!]!;
              allowed[r * cols + c] = forbidden[r * distinct + source[c]!]! < forbiddenShare ? 0 : 1;
            }
          const problem: AssignmentProblem = { rows, cols, values: full, allowed, maximise };
          return { problem, copyOf: Int32Array.from(source, (q) => source.indexOf(q)) };
        }),
    );

describe('solveGroupedAssignment', () => {
  it('finds the most pairs and the optimal total, with a certificate of the full problem (brute force)', () => {
    fc.assert(
      fc.property(
        fc.boolean().chain((integer) => copiedProblem(integer, 6, 6)),
        ({ problem, copyOf }) => {
          const solution = solveGroupedAssignment(groupedProblemOf(problem, columnGroupsOf(problem, copyOf)));
          const brute = bruteForceAssignment(problem);
          expect(solution.pairs).toBe(brute.pairs);
          expect(solution.total).toBeCloseTo(brute.total ?? 0, 9);
          expect(hasOptimalityCertificate(problem, solution)).toBe(true);
          for (let r = 0; r < problem.rows; r++) {
            const c = solution.rowToCol[r]!;
            if (c >= 0) {
              expect(solution.colToRow[c]).toBe(r);
              expect(problem.allowed![r * problem.cols + c]).toBe(1);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('equals the solver on every column for larger problems, with row shifts', () => {
    fc.assert(
      fc.property(
        copiedProblem(false, 40, 40),
        fc.array(fc.double({ min: 0, max: 50, noNaN: true })),
        ({ problem, copyOf }, shifts) => {
          const rowShift = Float64Array.from({ length: problem.rows }, (_, r) => shifts[r] ?? 0);
          const shifted = Float64Array.from(problem.values, (v, k) => v + rowShift[Math.floor(k / problem.cols)]!);
          const plain = solveAssignment({ ...problem, values: shifted });
          const grouped = solveGroupedAssignment(groupedProblemOf(problem, columnGroupsOf(problem, copyOf)), rowShift);
          expect(grouped.pairs).toBe(plain.pairs);
          expect(grouped.total).toBeCloseTo(plain.total, 8);
          expect(hasOptimalityCertificate({ ...problem, values: shifted }, grouped)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('re-optimises round after round as rows gain (or lose) a shift, as a cold solve of each round would', () => {
    const rounds = fc.array(
      fc.array(fc.record({ row: fc.nat(), shift: fc.constantFrom(20, 40, 60, -5, 0.5) }), {
        minLength: 1,
        maxLength: 6,
      }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(
        fc.boolean().chain((integer) => copiedProblem(integer, 12, 12)),
        rounds,
        ({ problem, copyOf }, changes) => {
          const grouped = groupedProblemOf(problem, columnGroupsOf(problem, copyOf));
          const rounds = groupedRounds(grouped);
          let shift = new Float64Array(problem.rows);
          for (const change of [[], ...changes]) {
            shift = shift.slice();
            for (const { row, shift: by } of change) shift[row % problem.rows]! += by;
            const warm = rounds.solve(shift);
            const cold = solveGroupedAssignment(grouped, shift);
            const shifted = Float64Array.from(problem.values, (v, k) => v + shift[Math.floor(k / problem.cols)]!);
            expect(warm.pairs).toBe(cold.pairs);
            expect(warm.total).toBeCloseTo(cold.total, 8);
            expect(hasOptimalityCertificate({ ...problem, values: shifted }, warm)).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("starts from another problem's optimum (same rows and groups, other values) as a cold solve would, and from scratch when the allowed pairs differ", () => {
    fc.assert(
      fc.property(
        fc.boolean().chain((integer) => copiedProblem(integer, 14, 14)),
        fc.array(fc.record({ at: fc.nat(), value: fc.double({ min: -10, max: 10, noNaN: true }) }), { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        ({ problem, copyOf }, changes, flips) => {
          const before = groupedProblemOf(problem, columnGroupsOf(problem, copyOf));
          const first = groupedRounds(before);
          first.solve(new Float64Array(problem.rows));
          const optimum = first.unshifted()!;
          // Other values (and some pairs opened or closed) on the same groups.
          const values = before.values.slice();
          for (const { at, value } of changes) values[at % values.length] = value;
          const allowed = before.allowed!.slice();
          for (const at of flips) allowed[at % allowed.length] = 1 - allowed[at % allowed.length]!;
          const after: GroupedAssignmentProblem = { ...before, values, allowed };
          const warm = groupedRounds(after, optimum).solve(new Float64Array(problem.rows));
          const cold = solveGroupedAssignment(after);
          expect(warm.pairs).toBe(cold.pairs);
          expect(warm.total).toBeCloseTo(cold.total, 8);
          const k = before.groups.count;
          const full: AssignmentProblem = {
            ...problem,
            values: Float64Array.from(
              problem.values,
              (_, at) => values[Math.floor(at / problem.cols) * k + before.groups.groupOf[at % problem.cols]!]!,
            ),
            allowed: Uint8Array.from(
              problem.allowed!,
              (_, at) => allowed[Math.floor(at / problem.cols) * k + before.groups.groupOf[at % problem.cols]!]!,
            ),
          };
          expect(hasOptimalityCertificate(full, warm)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives every row of a group to its columns in order', () => {
    // Columns 0, 1 and 3 are copies; column 2 is the last row's best.
    const problem: AssignmentProblem = {
      rows: 4,
      cols: 4,
      maximise: true,
      values: Float64Array.from([5, 5, 1, 5, 5, 5, 2, 5, 5, 5, 3, 5, 0, 0, 9, 0]),
    };
    const groups = columnGroupsOf(problem, Int32Array.from([0, 0, 2, 0]));
    expect(groups.count).toBe(2);
    const solution = solveGroupedAssignment(groupedProblemOf(problem, groups));
    expect(solution.total).toBe(24);
    expect(Array.from(solution.rowToCol)).toEqual([0, 1, 3, 2]);
  });
});

describe('columnGroupsOf', () => {
  it('never joins different columns, whatever the hint, and keeps a right hint whole', () => {
    fc.assert(
      fc.property(copiedProblem(true, 8, 10), fc.array(fc.nat(9)), ({ problem, copyOf }, noise) => {
        const same = (a: number, b: number) => {
          for (let r = 0; r < problem.rows; r++) {
            const x = r * problem.cols;
            const okA = problem.allowed![x + a] === 1;
            if (okA !== (problem.allowed![x + b] === 1)) return false;
            if (okA && problem.values[x + a] !== problem.values[x + b]) return false;
          }
          return true;
        };
        const groups = columnGroupsOf(problem, copyOf);
        for (let c = 0; c < problem.cols; c++) expect(groups.groupOf[c]).toBe(groups.groupOf[copyOf[c]!]);
        const wrong = Int32Array.from({ length: problem.cols }, (_, c) => noise[c] ?? c);
        for (const hint of [copyOf, wrong]) {
          const checked = columnGroupsOf(problem, hint);
          for (let a = 0; a < problem.cols; a++)
            for (let b = 0; b < problem.cols; b++)
              if (checked.groupOf[a] === checked.groupOf[b]) expect(same(a, b)).toBe(true);
          for (let g = 0; g < checked.count; g++) {
            const members = Array.from(checked.columns.subarray(checked.start[g]!, checked.start[g + 1]!));
            expect(members.every((c) => checked.groupOf[c] === g)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('sets apart a copy that an exclusion made different', () => {
    const values = Float64Array.from([1, 1, 1, 2, 2, 2]);
    const allowed = Uint8Array.from([1, 1, 1, 1, 0, 1]);
    const groups = columnGroupsOf({ rows: 2, cols: 3, values, allowed }, Int32Array.from([0, 0, 0]));
    expect(Array.from(groups.groupOf)).toEqual([0, 1, 0]);
    expect(groups.count).toBe(2);
  });

  it('sets a column apart in a group of its own, the first or another', () => {
    const values = new Float64Array(4);
    const groups = columnGroupsOf({ rows: 1, cols: 4, values }, Int32Array.from([0, 0, 0, 3]));
    expect(Array.from(groups.groupOf)).toEqual([0, 0, 0, 1]);
    expect(Array.from(withColumnAlone(groups, 1).groupOf)).toEqual([0, 1, 0, 2]);
    const firstAlone = withColumnAlone(groups, 0);
    expect(Array.from(firstAlone.groupOf)).toEqual([0, 1, 1, 2]);
    expect(Array.from(firstAlone.columns)).toEqual([0, 1, 2, 3]);
  });
});
