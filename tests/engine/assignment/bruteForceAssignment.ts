/**
 * Reference solver for tests: enumerates every matching of a small problem. Returns the
 * maximum number of pairs and, among matchings with that many pairs, the best total.
 * `forced` restricts the search to matchings containing that pair.
 */
import type { AssignmentProblem } from '../../../src/engine/assignment/assignmentProblem';

export interface BruteForceResult {
  pairs: number;
  /** Best total among maximum-cardinality matchings (restricted by `forced`), or null if none. */
  total: number | null;
}

export function bruteForceAssignment(
  problem: AssignmentProblem,
  forced?: { row: number; col: number },
  pairsRequired?: number,
): BruteForceResult {
  const { rows, cols, values, allowed, maximise } = problem;
  const usedCols = new Uint8Array(cols);
  let bestPairs = -1;
  let bestTotal: number | null = null;
  const better = (a: number, b: number): boolean => (maximise ? a > b : a < b);
  const visit = (i: number, pairs: number, total: number): void => {
    if (i === rows) {
      if (pairsRequired !== undefined && pairs !== pairsRequired) return;
      if (pairs > bestPairs) {
        bestPairs = pairs;
        bestTotal = total;
      } else if (pairs === bestPairs && bestTotal !== null && better(total, bestTotal)) {
        bestTotal = total;
      }
      return;
    }
    const forcedHere = forced !== undefined && forced.row === i;
    if (!forcedHere) visit(i + 1, pairs, total);
    for (let j = 0; j < cols; j++) {
      if (usedCols[j] === 1) continue;
      if (forcedHere && j !== forced.col) continue;
      if (!forcedHere && forced !== undefined && j === forced.col) continue;
      if (allowed !== undefined && allowed[i * cols + j] === 0) continue;
      usedCols[j] = 1;
      visit(i + 1, pairs + 1, total + values[i * cols + j]!);
      usedCols[j] = 0;
    }
  };
  visit(0, 0, 0);
  return { pairs: Math.max(bestPairs, 0), total: bestPairs < 0 ? null : bestTotal };
}
