/**
 * Exact assignment when many columns are copies of each other (`ColumnGroups`): maximum
 * number of pairs first, then the optimal total, as `solveAssignment`, on K groups instead of
 * m columns. At 2 000 people and 1 600 positions that are copies of some 30 roles, the
 * problem is 50 times smaller (docs/performance.md).
 *
 * Formulation: a transportation problem, as a minimum-cost flow S → group g (capacity: its
 * number of columns) → row i (cost c_ig = ±value of any of g's columns, allowed pairs only)
 * → T (capacity 1). Successive shortest paths give a minimum-cost flow for every flow value,
 * so running them until no path is left gives the most pairs at the least cost, with no
 * big-M. The flow is kept on the groups only: a path S → g₁ → g₂ → … → g_k → T means g₁
 * takes one more row, each g_t takes a row of g_{t+1} (which takes the next), and g_k takes
 * a free row. With node prices p (Johnson), the arc "g takes row i from g′" has the reduced
 * cost c_ig − c_ig′ + p_g − p_g′: the row's own price cancels, so the best row to move from
 * g′ to g is always the one with the least c_ig − c_ig′, kept in a heap per ordered pair of
 * groups (lazy deletion); likewise the best free row for g, the least c_ig. Each Dijkstra is
 * then dense on K + 1 nodes, O(K²), with at most min(rows, columns) augmentations.
 *
 * The certificate of the full problem follows from the prices: every column of g gets
 * v = −p_g, a row in g gets u = c_ig + p_g (tight), a free row u = p_T. Non-negative reduced
 * costs of the group arcs give c − u − v ≥ 0 on every allowed pair; the arcs at S and T give
 * the order of assigned and unassigned potentials that `AssignmentSolution` promises. Within
 * a group the rows are given to its columns in order (the lowest row to the first column).
 */
import { type AssignmentProblem, type AssignmentSolution, AssignmentError } from './assignmentProblem';
import type { ColumnGroups } from './identicalColumns';

/**
 * An assignment problem whose columns come in groups of copies, kept once per group:
 * `values[row * groups.count + g]` is the value of row on every column of group g, and
 * `allowed` (absent: all) likewise.
 */
export interface GroupedAssignmentProblem {
  rows: number;
  groups: ColumnGroups;
  values: Float64Array;
  allowed?: Uint8Array;
  maximise: boolean;
}

/** The grouped form of `problem`, read from each group's first column (`groups` must be right for it). */
export function groupedProblemOf(problem: AssignmentProblem, groups: ColumnGroups): GroupedAssignmentProblem {
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
 * Solves a grouped problem; the solution is on the full columns. `rowShift`, if given, is
 * added to every value of row i (the order of selection's bonuses): it keeps the groups, so the
 * rounds share one grouped problem.
 */
export function solveGroupedAssignment(problem: GroupedAssignmentProblem, rowShift?: Float64Array): AssignmentSolution {
  const { rows: n, groups, values, allowed, maximise } = problem;
  const m = groups.groupOf.length;
  const sign = maximise ? -1 : 1;
  const k = groups.count;
  const capacity = new Int32Array(k);
  const cost = new Float64Array(n * k);
  const may = new Uint8Array(n * k);
  for (let g = 0; g < k; g++) capacity[g] = groups.start[g + 1]! - groups.start[g]!;
  let cheapest = Infinity;
  for (let i = 0; i < n; i++) {
    for (let g = 0; g < k; g++) {
      const at = i * k + g;
      if (allowed !== undefined && allowed[at] === 0) continue;
      const c = sign * (values[at]! + (rowShift ? rowShift[i]! : 0));
      if (!Number.isFinite(c))
        throw new AssignmentError('non-finite-value', { row: i, col: groups.columns[groups.start[g]!]! });
      cost[at] = c;
      may[at] = 1;
      if (c < cheapest) cheapest = c;
    }
  }

  const groupOfRow = new Int32Array(n).fill(-1);
  const stamp = new Int32Array(n);
  const flow = new Int32Array(k);
  const price = new Float64Array(k);
  let sinkPrice = Number.isFinite(cheapest) ? cheapest : 0;
  const freeRows: RowHeap[] = [];
  const freeKeys = new Float64Array(n);
  const freeIds = new Int32Array(n);
  for (let g = 0; g < k; g++) {
    let size = 0;
    for (let i = 0; i < n; i++) {
      if (!may[i * k + g]) continue;
      freeKeys[size] = cost[i * k + g]!;
      freeIds[size++] = i;
    }
    freeRows.push(RowHeap.of(freeKeys.subarray(0, size), freeIds.subarray(0, size)));
  }
  // moves[g * k + h]: rows of h that g may take, by c_ig − c_ih. The heaps' valid tops are
  // kept in flat arrays so that each Dijkstra is arithmetic on K² numbers: a push that beats
  // a top replaces it, and a heap is searched again only when its top row left.
  const moves = Array.from({ length: k * k }, () => new RowHeap());
  const moveKey = new Float64Array(k * k).fill(Infinity);
  const moveRow = new Int32Array(k * k).fill(-1);
  const freeKey = new Float64Array(k);
  const freeRow = new Int32Array(k);
  const refreshFree = (g: number) => {
    const heap = freeRows[g]!;
    const row = heap.peekValid(null, groupOfRow);
    freeRow[g] = row;
    freeKey[g] = row < 0 ? Infinity : heap.topKey();
  };
  const refreshMove = (at: number) => {
    const heap = moves[at]!;
    const row = heap.peekValid(stamp);
    moveRow[at] = row;
    moveKey[at] = row < 0 ? Infinity : heap.topKey();
  };
  const join = (i: number, g: number) => {
    const left = groupOfRow[i]!;
    groupOfRow[i] = g;
    const s = ++stamp[i]!;
    for (let h = 0; h < k; h++) {
      if (left >= 0 && moveRow[h * k + left] === i) refreshMove(h * k + left);
      else if (left < 0 && freeRow[h] === i) refreshFree(h);
      if (h === g || !may[i * k + h]) continue;
      const at = h * k + g;
      const key = cost[i * k + h]! - cost[i * k + g]!;
      moves[at]!.push(key, i, s);
      if (key < moveKey[at]!) {
        moveKey[at] = key;
        moveRow[at] = i;
      }
    }
  };
  for (let g = 0; g < k; g++) refreshFree(g);

  const dist = new Float64Array(k);
  const pred = new Int32Array(k);
  const predRow = new Int32Array(k);
  // The groups not yet settled, unordered: a settled group is swapped out, so each step of the
  // Dijkstra scans and relaxes only the open ones (about half of K on average).
  const open = new Int32Array(k);
  for (;;) {
    let sinkDist = Infinity;
    let sinkGroup = -1;
    let sinkRow = -1;
    for (let g = 0; g < k; g++) {
      dist[g] = flow[g]! < capacity[g]! ? Math.max(0, -price[g]!) : Infinity;
      pred[g] = -1;
      open[g] = g;
    }
    let openCount = k;
    while (openCount > 0) {
      let at = -1;
      let best = sinkDist;
      for (let t = 0; t < openCount; t++) {
        const d = dist[open[t]!]!;
        if (d < best) {
          best = d;
          at = t;
        }
      }
      if (at < 0) break;
      const g = open[at]!;
      open[at] = open[--openCount]!;
      const pg = price[g]!;
      if (freeRow[g]! >= 0) {
        const d = best + Math.max(0, freeKey[g]! + pg - sinkPrice);
        if (d < sinkDist) {
          sinkDist = d;
          sinkGroup = g;
          sinkRow = freeRow[g]!;
        }
      }
      const base = g * k;
      for (let t = 0; t < openCount; t++) {
        const h = open[t]!;
        const key = moveKey[base + h]!;
        if (key === Infinity) continue;
        const d = best + Math.max(0, key + pg - price[h]!);
        if (d < dist[h]!) {
          dist[h] = d;
          pred[h] = g;
          predRow[h] = moveRow[base + h]!;
        }
      }
    }
    if (sinkGroup < 0) break;
    for (let g = 0; g < k; g++) price[g] = price[g]! + Math.min(dist[g]!, sinkDist);
    sinkPrice += sinkDist;
    // S's price stays 0: its distance is 0.
    join(sinkRow, sinkGroup);
    let g = sinkGroup;
    while (pred[g]! >= 0) {
      const from = pred[g]!;
      join(predRow[g]!, from);
      g = from;
    }
    flow[g]!++;
  }

  const rowToCol = new Int32Array(n).fill(-1);
  const colToRow = new Int32Array(m).fill(-1);
  const rowPotential = new Float64Array(n);
  const colPotential = new Float64Array(m);
  const next = groups.start.slice(0, k);
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    const g = groupOfRow[i]!;
    if (g < 0) {
      rowPotential[i] = sinkPrice;
      continue;
    }
    const col = groups.columns[next[g]!++]!;
    rowToCol[i] = col;
    colToRow[col] = i;
    rowPotential[i] = cost[i * k + g]! + price[g]!;
    total += sign * cost[i * k + g]!;
    pairs++;
  }
  for (let c = 0; c < m; c++) colPotential[c] = -price[groups.groupOf[c]!]!;
  return { rowToCol, colToRow, total, pairs, rowPotential, colPotential };
}

/** A binary min-heap of rows by key, with the stamp a row had when pushed (lazy deletion). */
class RowHeap {
  private keys = new Float64Array(16);
  private rows = new Int32Array(16);
  private stamps = new Int32Array(16);
  private size = 0;

  /** A heap of these rows (stamp 0), ordered bottom-up in linear time. */
  static of(keys: Float64Array, rows: Int32Array): RowHeap {
    const heap = new RowHeap();
    const capacity = Math.max(16, keys.length);
    heap.keys = grown(keys, new Float64Array(capacity));
    heap.rows = grown(rows, new Int32Array(capacity));
    heap.stamps = new Int32Array(capacity);
    heap.size = keys.length;
    for (let at = (heap.size >> 1) - 1; at >= 0; at--) heap.siftDown(at);
    return heap;
  }

  push(key: number, row: number, stamp: number): void {
    if (this.size === this.keys.length) {
      this.keys = grown(this.keys, new Float64Array(this.size * 2));
      this.rows = grown(this.rows, new Int32Array(this.size * 2));
      this.stamps = grown(this.stamps, new Int32Array(this.size * 2));
    }
    let at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.move(parent, at);
      at = parent;
    }
    this.keys[at] = key;
    this.rows[at] = row;
    this.stamps[at] = stamp;
  }

  /**
   * The row on top after dropping stale entries, or −1: with `stamps`, an entry is stale when
   * its row moved since; with `groupOfRow`, when its row is no longer free.
   */
  peekValid(stamps: Int32Array | null, groupOfRow?: Int32Array): number {
    while (this.size > 0) {
      const row = this.rows[0]!;
      const stale = stamps ? stamps[row] !== this.stamps[0] : groupOfRow![row]! >= 0;
      if (!stale) return row;
      this.pop();
    }
    return -1;
  }

  topKey(): number {
    return this.keys[0]!;
  }

  private pop(): void {
    const last = --this.size;
    if (last === 0) return;
    this.move(last, 0);
    this.siftDown(0);
  }

  private siftDown(start: number): void {
    const key = this.keys[start]!;
    const row = this.rows[start]!;
    const stamp = this.stamps[start]!;
    const size = this.size;
    let at = start;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && this.keys[child + 1]! < this.keys[child]!) child++;
      if (this.keys[child]! >= key) break;
      this.move(child, at);
      at = child;
    }
    this.keys[at] = key;
    this.rows[at] = row;
    this.stamps[at] = stamp;
  }

  private move(from: number, to: number): void {
    this.keys[to] = this.keys[from]!;
    this.rows[to] = this.rows[from]!;
    this.stamps[to] = this.stamps[from]!;
  }
}

/** `b` holding `a`'s entries at its start. */
function grown<T extends Float64Array | Int32Array>(a: ArrayLike<number>, b: T): T {
  b.set(a);
  return b;
}
