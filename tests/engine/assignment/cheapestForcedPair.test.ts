import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cheapestForcedPair, forcedPairLosses } from '../../../src/engine/assignment/forcedPairLosses';
import { assignmentProblemFromRows } from '../../../src/engine/assignment/assignmentProblem';
import { solveAssignment } from '../../../src/engine/assignment/solveAssignment';

const matrix = fc
  .record({ rows: fc.integer({ min: 1, max: 7 }), cols: fc.integer({ min: 1, max: 6 }) })
  .chain(({ rows, cols }) =>
    fc.array(
      fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { freq: 5, nil: null }), { minLength: cols, maxLength: cols }),
      {
        minLength: rows,
        maxLength: rows,
      },
    ),
  );

describe('cheapestForcedPair', () => {
  it('finds the same runner-up loss as the full forcedPairLosses, with ties and forbidden pairs', () => {
    fc.assert(
      fc.property(matrix, fc.boolean(), (values, maximise) => {
        const problem = assignmentProblemFromRows(values, { maximise });
        const solution = solveAssignment(problem);
        for (let col = 0; col < problem.cols; col++) {
          const losses = forcedPairLosses(problem, solution, col);
          const holder = solution.colToRow[col];
          let expected = Infinity;
          for (let r = 0; r < problem.rows; r++) if (r !== holder) expected = Math.min(expected, losses[r]!);
          const found = cheapestForcedPair(problem, solution, col);
          if (expected === Infinity) {
            expect(found === null || found.loss === Infinity).toBe(true);
          } else {
            expect(found).not.toBeNull();
            expect(found!.loss).toBeCloseTo(expected, 9);
            expect(losses[found!.row]).toBeCloseTo(expected, 9);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
