/**
 * What it costs to force another row onto a column: for a solved assignment and a column j,
 * for every row i', the exact worsening of the optimal total if (i', j) had to be a pair,
 * everyone else re-optimised and the number of pairs kept at its maximum.
 *
 * Formulation: the solution is a minimum-cost flow of value k* in the network
 * s → rows → columns → t (unit capacities, internal cost c = ±value). Forcing (i', j)
 * changes the flow by a circulation through that arc; the cheapest one is a single cycle,
 * so the loss is c_i'j + (shortest path from j back to i' in the residual network). With
 * the solution's potentials as node prices, every residual arc has a non-negative reduced
 * cost, so one Dijkstra from j over reduced costs gives the loss for all rows:
 *   loss(i') = (c_i'j − u_i' − v_j) + dist(j → i').
 * Residual arcs: row → unassigned allowed column (reduced cost ≥ 0), column → its row (0),
 * unassigned column → t, t → assigned column, assigned row → s, s → unassigned row (prices
 * of s and t sit between the potentials of assigned and unassigned vertices). A row with no
 * path back, or whose pair with j is forbidden, gets Infinity: forcing it would lose a pair.
 */
import { type AssignmentProblem, type AssignmentSolution, AssignmentError } from './assignmentProblem';

/** Loss in the total objective (≥ 0, problem's own units) if each row were forced onto `col`. */
export function forcedPairLosses(problem: AssignmentProblem, solution: AssignmentSolution, col: number): Float64Array {
  const search = residualSearch(problem, solution, col, () => false);
  const losses = new Float64Array(problem.rows);
  for (let i = 0; i < problem.rows; i++) losses[i] = search.lossOf(i);
  return losses;
}

/**
 * The row other than `col`'s holder whose forcing onto `col` loses the least, and that loss;
 * null when no other row can take it without losing a pair. Same figures as
 * `forcedPairLosses`, but the search stops as soon as no unexplored row can do better
 * (reduced costs are non-negative), which on real problems is after a few rows.
 */
export function cheapestForcedPair(
  problem: AssignmentProblem,
  solution: AssignmentSolution,
  col: number,
): { row: number; loss: number } | null {
  let bestRow = -1;
  let bestLoss = Infinity;
  const holder = solution.colToRow[col];
  residualSearch(
    problem,
    solution,
    col,
    (distance) => distance >= bestLoss,
    (row, lossOf) => {
      if (row === holder) return;
      const loss = lossOf(row);
      if (loss < bestLoss) {
        bestLoss = loss;
        bestRow = row;
      }
    },
  );
  return bestRow < 0 ? null : { row: bestRow, loss: bestLoss };
}

/**
 * Dijkstra over reduced costs from column `col` in the residual network (see the module
 * comment). `stop(distance)` is asked before each node is settled; `onRow` hears each settled row.
 */
function residualSearch(
  problem: AssignmentProblem,
  solution: AssignmentSolution,
  col: number,
  stop: (distance: number) => boolean,
  onRow?: (row: number, lossOf: (row: number) => number) => void,
): { lossOf: (row: number) => number } {
  const { rows, cols, values, allowed, maximise } = problem;
  if (!Number.isInteger(col) || col < 0 || col >= cols) throw new AssignmentError('column-out-of-range', { col, cols });
  const { rowToCol, colToRow, rowPotential, colPotential } = solution;
  const sign = maximise ? -1 : 1;

  let rowPrice = -Infinity;
  for (let i = 0; i < rows; i++) if (rowToCol[i]! >= 0) rowPrice = Math.max(rowPrice, rowPotential[i]!);
  if (rowPrice === -Infinity) rowPrice = 0;
  let colPrice = -Infinity;
  for (let j = 0; j < cols; j++) if (colToRow[j]! >= 0) colPrice = Math.max(colPrice, colPotential[j]!);
  if (colPrice === -Infinity) colPrice = 0;

  // Nodes: rows [0, rows), columns [rows, rows + cols), s, t.
  const source = rows + cols;
  const sink = source + 1;
  const nodes = sink + 1;
  const dist = new Float64Array(nodes).fill(Infinity);
  const done = new Uint8Array(nodes);
  dist[rows + col] = 0;
  const relax = (node: number, value: number): void => {
    if (value < dist[node]!) dist[node] = value;
  };
  const reduced = (value: number): number => (value > 0 ? value : 0); // float noise only
  const lossOf = (i: number): number => {
    const k = i * cols + col;
    if (colToRow[col] === i) return 0;
    if (allowed !== undefined && allowed[k] === 0) return Infinity;
    return reduced(sign * values[k]! - rowPotential[i]! - colPotential[col]!) + dist[i]!;
  };

  for (;;) {
    let node = -1;
    let best = Infinity;
    for (let k = 0; k < nodes; k++) {
      if (done[k] === 0 && dist[k]! < best) {
        best = dist[k]!;
        node = k;
      }
    }
    if (node < 0 || stop(best)) break;
    done[node] = 1;
    if (node < rows) {
      const i = node;
      onRow?.(i, lossOf);
      const base = i * cols;
      const own = rowToCol[i]!;
      for (let j = 0; j < cols; j++) {
        if (j === own || (allowed !== undefined && allowed[base + j] === 0)) continue;
        relax(rows + j, best + reduced(sign * values[base + j]! - rowPotential[i]! - colPotential[j]!));
      }
      if (own >= 0) relax(source, best + reduced(rowPrice - rowPotential[i]!));
    } else if (node < source) {
      const j = node - rows;
      const owner = colToRow[j]!;
      if (owner >= 0) relax(owner, best);
      else relax(sink, best + reduced(colPotential[j]! - colPrice));
    } else if (node === source) {
      for (let i = 0; i < rows; i++) if (rowToCol[i]! < 0) relax(i, best + reduced(rowPotential[i]! - rowPrice));
    } else {
      for (let j = 0; j < cols; j++)
        if (colToRow[j]! >= 0) relax(rows + j, best + reduced(colPrice - colPotential[j]!));
    }
  }
  return { lossOf };
}
