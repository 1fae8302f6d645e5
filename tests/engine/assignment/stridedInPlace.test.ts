import { describe, expect, it } from 'vitest';
import { solveRowCoveringAssignment } from '../../../src/engine/assignment/solveRowCoveringAssignment';
import { randomStream } from '../../../src/engine/random';

/**
 * A large view read as a transpose (strided rows): when the start leaves only a few rows free,
 * they are augmented in place, and the rest continue on a contiguous copy once the paths have
 * taken more row scans than the copy is worth (docs/performance.md). The values read are the
 * same either way, so every budget must give the very same solution.
 */
describe('solveRowCoveringAssignment on a large strided view', () => {
  it('gives the same solution whatever the in-place scan budget', () => {
    const random = randomStream(23, 'strided-in-place');
    const families: Record<string, () => number> = {
      uniform: () => random(),
      twoDecimals: () => Math.round(random() * 100) / 100,
      coarse: () => Math.floor(random() * 4),
    };
    const na = 150;
    const nb = 400;
    for (const [name, draw] of Object.entries(families)) {
      // Stored nb × na (row-major): the view's row i is the stored column i.
      const data = Float64Array.from({ length: na * nb }, draw);
      for (const sign of [1, -1] as const) {
        const view = { data, rows: na, cols: nb, rowStride: 1, colStride: na, sign, checkFinite: false };
        const reference = solveRowCoveringAssignment(view, { stridedScanBudget: 0 });
        for (const budget of [1, 5, 40, Infinity]) {
          const solution = solveRowCoveringAssignment(view, { stridedScanBudget: budget });
          expect(Array.from(solution.rowSol), `${name} sign ${sign} budget ${budget}`).toEqual(
            Array.from(reference.rowSol),
          );
          expect(Array.from(solution.v)).toEqual(Array.from(reference.v));
        }
        expect(Array.from(solveRowCoveringAssignment(view).rowSol)).toEqual(Array.from(reference.rowSol));
        // Every row covered, each column at most once.
        expect(new Set(reference.rowSol).size).toBe(na);
        expect(reference.rowSol.every((j) => j >= 0 && j < nb)).toBe(true);
      }
    }
  });
});
