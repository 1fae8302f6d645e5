/**
 * Warm start: re-optimise a solved assignment after some rows' values moved by a constant
 * (the order of selection's protection bonus, see `respectSelectionOrder`), instead of solving
 * from scratch.
 *
 * Formulation (as in `forcedPairLosses`): the solution is a minimum-cost flow of value k* in
 * s → rows → columns → t, internal cost c = ±value. Node prices π (rows −u, columns v, s and
 * t between the assigned and unassigned vertices' potentials) make every residual arc's
 * reduced cost non-negative, which certifies optimality among maximum-cardinality matchings.
 * If row i's values move by a constant, its internal costs move by d_i on every allowed pair;
 * setting u_i ← u_i + d_i keeps every row → column reduced cost as it was. Only the arcs at s
 * can break: an unassigned row whose potential fell below s's price has a negative arc s → r
 * (benching r is now too dear). Each such arc is repaired like a step of successive shortest
 * paths: push one unit s → r, then send it back to s along the shortest residual path from r
 * (Dijkstra over reduced costs, stopped at s; arcs leaving s are never relaxed, so the other
 * negative arcs do not matter), shift the prices by min(distance, distance of s) and augment.
 * The path places r (and may bench the assigned row it ends at), or is the arc r → s itself
 * (r stays benched, the prices now certify it). The flow keeps its value k*, no repair makes
 * a non-negative arc negative, and each fixes its own arc, so at most one Dijkstra per
 * unassigned shifted row. The result is an optimum of the shifted problem with a valid
 * certificate; when the optimum is unique (the role mapping's tie-break makes it so) it is the
 * one a cold solve finds.
 *
 * The previous solution must be an optimum of the problem before the shift with its
 * certificate (`AssignmentSolution.rowPotential`); `hasOptimalityCertificate` checks it.
 */
import type { AssignmentProblem, AssignmentSolution } from './assignmentProblem';
import { withTotal } from './solveAssignment';

/**
 * The optimum of `problem` (already shifted: row i's allowed values are the previous values
 * plus `rowShift[i]`) from `previous`, the optimum before the shift.
 */
export function resolveWithRowShifts(
  problem: AssignmentProblem,
  previous: AssignmentSolution,
  rowShift: Float64Array,
): AssignmentSolution {
  const { rows, cols, values, allowed, maximise } = problem;
  const sign = maximise ? -1 : 1;
  const rowToCol = Int32Array.from(previous.rowToCol);
  const colToRow = Int32Array.from(previous.colToRow);
  const u = Float64Array.from(previous.rowPotential);
  const v = Float64Array.from(previous.colPotential);
  for (let i = 0; i < rows; i++) u[i] = u[i]! + sign * rowShift[i]!;

  // Prices of s and t (as potentials: assigned ≤ price ≤ unassigned).
  let rowPrice = -Infinity;
  for (let i = 0; i < rows; i++) if (rowToCol[i]! >= 0 && u[i]! > rowPrice) rowPrice = u[i]!;
  if (rowPrice === -Infinity) rowPrice = 0;
  let colPrice = -Infinity;
  for (let j = 0; j < cols; j++) if (colToRow[j]! >= 0 && v[j]! > colPrice) colPrice = v[j]!;
  if (colPrice === -Infinity) colPrice = 0;

  const source = rows + cols;
  const sink = source + 1;
  const nodes = sink + 1;
  const dist = new Float64Array(nodes);
  const done = new Uint8Array(nodes);
  const pred = new Int32Array(nodes);
  const heap = new NodeHeap(nodes, dist);
  const reduced = (x: number): number => (x > 0 ? x : 0); // float noise only
  const relax = (node: number, d: number, from: number): void => {
    if (d < dist[node]!) {
      dist[node] = d;
      pred[node] = from;
      heap.update(node);
    }
  };

  for (let r = 0; r < rows; r++) {
    // Rows below s's price by float noise only are left alone (a Dijkstra each would find nothing).
    if (rowToCol[r]! >= 0 || u[r]! >= rowPrice - 1e-12 * (1 + Math.abs(rowPrice))) continue;
    // Dijkstra from r to s; r's arc back to s is the reverse of the unit pushed s → r.
    dist.fill(Infinity);
    done.fill(0);
    pred.fill(-1);
    heap.clear();
    relax(r, 0, -1);
    for (;;) {
      const node = heap.pop();
      if (node < 0) break; // cannot happen: r → s always exists
      const best = dist[node]!;
      done[node] = 1;
      if (node === source) break;
      if (node < rows) {
        const i = node;
        const base = i * cols;
        const own = rowToCol[i]!;
        const ui = u[i]!;
        for (let j = 0; j < cols; j++) {
          if (j === own || done[rows + j] === 1 || (allowed !== undefined && allowed[base + j] === 0)) continue;
          const d = best + reduced(sign * values[base + j]! - ui - v[j]!);
          if (d < dist[rows + j]!) relax(rows + j, d, i);
        }
        if (own >= 0 || i === r) relax(source, best + reduced(rowPrice - ui), i);
      } else if (node < source) {
        const j = node - rows;
        const owner = colToRow[j]!;
        if (owner >= 0) relax(owner, best, node);
        else relax(sink, best + reduced(v[j]! - colPrice), node);
      } else {
        // t: back to every assigned column.
        for (let j = 0; j < cols; j++) {
          if (colToRow[j]! >= 0 && done[rows + j] === 0) relax(rows + j, best + reduced(colPrice - v[j]!), sink);
        }
      }
    }
    const reach = dist[source]!;
    // Shift the prices: π += min(dist, dist(s)); rows' π is −u.
    for (let i = 0; i < rows; i++) u[i] = u[i]! - Math.min(dist[i]!, reach);
    for (let j = 0; j < cols; j++) v[j] = v[j]! + Math.min(dist[rows + j]!, reach);
    rowPrice -= reach;
    colPrice += Math.min(dist[sink]!, reach);
    // Augment along r → … → s.
    const path: number[] = [];
    for (let node = source; node !== r; node = pred[node]!) path.push(node);
    path.push(r);
    path.reverse();
    for (let k = 0; k + 1 < path.length; k++) {
      const a = path[k]!;
      const b = path[k + 1]!;
      if (a < rows && b >= rows && b < source) {
        rowToCol[a] = b - rows;
        colToRow[b - rows] = a;
      } else if (a < rows && b === source) {
        if (a !== r) rowToCol[a] = -1;
      } else if (a === sink) {
        colToRow[b - rows] = -1;
      }
    }
  }
  // Make every assigned pair exactly tight again (u from the column side), as the solver does.
  for (let i = 0; i < rows; i++) {
    const j = rowToCol[i]!;
    if (j >= 0) u[i] = sign * values[i * cols + j]! - v[j]!;
  }
  return withTotal(problem, rowToCol, colToRow, u, v);
}

/**
 * Whether `solution` carries a valid optimality certificate for `problem` (non-negative
 * reduced costs on allowed pairs up to `tolerance`, tight assigned pairs, unassigned rows and
 * columns priced at least as high as assigned ones): the precondition of a warm start.
 */
export function hasOptimalityCertificate(
  problem: AssignmentProblem,
  solution: AssignmentSolution,
  tolerance = 1e-9,
): boolean {
  const { rows, cols, values, allowed, maximise } = problem;
  const sign = maximise ? -1 : 1;
  const { rowToCol, colToRow, rowPotential: u, colPotential: v } = solution;
  if (rowToCol.length !== rows || colToRow.length !== cols) return false;
  let assignedRowMax = -Infinity;
  let unassignedRowMin = Infinity;
  for (let i = 0; i < rows; i++) {
    if (rowToCol[i]! >= 0) assignedRowMax = Math.max(assignedRowMax, u[i]!);
    else unassignedRowMin = Math.min(unassignedRowMin, u[i]!);
  }
  let assignedColMax = -Infinity;
  let unassignedColMin = Infinity;
  for (let j = 0; j < cols; j++) {
    if (colToRow[j]! >= 0) assignedColMax = Math.max(assignedColMax, v[j]!);
    else unassignedColMin = Math.min(unassignedColMin, v[j]!);
  }
  if (unassignedRowMin < assignedRowMax - tolerance || unassignedColMin < assignedColMax - tolerance) return false;
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    const own = rowToCol[i]!;
    for (let j = 0; j < cols; j++) {
      if (allowed !== undefined && allowed[base + j] === 0) {
        if (j === own) return false;
        continue;
      }
      const slack = sign * values[base + j]! - u[i]! - v[j]!;
      if (slack < -tolerance || (j === own && Math.abs(slack) > tolerance)) return false;
    }
  }
  return true;
}

/** A binary min-heap of node ids keyed by `key[node]`, with decrease-key (position per node). */
class NodeHeap {
  private readonly items: Int32Array;
  private readonly at: Int32Array;
  private size = 0;

  constructor(
    capacity: number,
    private readonly key: Float64Array,
  ) {
    this.items = new Int32Array(capacity);
    this.at = new Int32Array(capacity).fill(-1);
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) this.at[this.items[k]!] = -1;
    this.size = 0;
  }

  /** Inserts the node, or moves it up after its key decreased. */
  update(node: number): void {
    let k = this.at[node]!;
    if (k < 0) {
      k = this.size++;
      this.items[k] = node;
      this.at[node] = k;
    }
    this.up(k);
  }

  /** The node with the smallest key, removed; -1 when empty. */
  pop(): number {
    if (this.size === 0) return -1;
    const top = this.items[0]!;
    this.at[top] = -1;
    const last = this.items[--this.size]!;
    if (this.size > 0) {
      this.items[0] = last;
      this.at[last] = 0;
      this.down(0);
    }
    return top;
  }

  private up(k: number): void {
    const { items, at, key } = this;
    const node = items[k]!;
    const value = key[node]!;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      const other = items[parent]!;
      if (key[other]! <= value) break;
      items[k] = other;
      at[other] = k;
      k = parent;
    }
    items[k] = node;
    at[node] = k;
  }

  private down(k: number): void {
    const { items, at, key, size } = this;
    const node = items[k]!;
    const value = key[node]!;
    for (;;) {
      let child = 2 * k + 1;
      if (child >= size) break;
      if (child + 1 < size && key[items[child + 1]!]! < key[items[child]!]!) child++;
      const other = items[child]!;
      if (key[other]! >= value) break;
      items[k] = other;
      at[other] = k;
      k = child;
    }
    items[k] = node;
    at[node] = k;
  }
}
