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
 * then dense on K + 2 nodes (S and T among them), O(K²), with at most min(rows, columns)
 * augmentations.
 *
 * The certificate of the full problem follows from the prices (relative to S's): every
 * column of g gets v = −p_g, a row in g gets u = c_ig + p_g (tight), a free row u = p_T.
 * Non-negative reduced costs of the group arcs give c − u − v ≥ 0 on every allowed pair; the
 * arcs at S and T give the order of assigned and unassigned potentials that
 * `AssignmentSolution` promises. Within a group the rows are given to its columns in order
 * (the lowest row to the first column).
 */
import { type AssignmentSolution, AssignmentError } from './assignmentProblem';
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

/**
 * Solves a grouped problem; the solution is on the full columns. `rowShift`, if given, is
 * added to every value of row i (the order of selection's bonuses): it keeps the groups, so the
 * rounds share one grouped problem.
 */
export function solveGroupedAssignment(problem: GroupedAssignmentProblem, rowShift?: Float64Array): AssignmentSolution {
  return GroupedFlow.solved(problem, rowShift ?? new Float64Array(problem.rows)).solution();
}

/**
 * An optimum of a grouped problem without row shifts, kept so that a problem with the same rows
 * and groups but other values starts from it (`groupedRounds`' `previous`): the hub optimiser's
 * candidates differ only in the scores their sites give.
 */
export interface GroupedOptimum {
  readonly problem: GroupedAssignmentProblem;
  readonly groupOfRow: Int32Array;
  /** The groups', S's and T's prices. */
  readonly price: Float64Array;
  readonly fromSource: Int32Array;
}

/** The grouped rounds' solve, and the optimum of its first solve when that had no shifts. */
export interface GroupedRounds {
  solve(rowShift: Float64Array): AssignmentSolution;
  unshifted(): GroupedOptimum | null;
}

/**
 * The order of selection's rounds on one grouped problem: each call solves it with that round's
 * row shifts, the first from scratch (or from `previous`, see `GroupedFlow.startFrom`) and each
 * next one by re-optimising the previous optimum (`GroupedFlow.reshift`): a round changes the
 * shifts of the rows it protects, and only the pairs those rows make unprofitable are repaired.
 */
export function groupedRounds(problem: GroupedAssignmentProblem, previous?: GroupedOptimum | null): GroupedRounds {
  let flow: GroupedFlow | null = null;
  let unshifted: GroupedOptimum | null = null;
  return {
    solve(rowShift) {
      if (flow) flow.reshift(rowShift);
      else {
        const noShift = rowShift.every((s) => s === 0);
        flow =
          noShift && previous && sameShape(problem, previous.problem)
            ? GroupedFlow.startedFrom(problem, previous)
            : GroupedFlow.solved(problem, rowShift);
        if (noShift) unshifted = flow.optimum(problem);
      }
      return flow.solution();
    },
    unshifted: () => unshifted,
  };
}

/**
 * Same rows, the same groups of the same columns and the same allowed pairs: then the most
 * pairs are as many, and every unit a repair moves has a way back (see `startFrom`).
 */
function sameShape(a: GroupedAssignmentProblem, b: GroupedAssignmentProblem): boolean {
  const equal = (x: ArrayLike<number> | undefined, y: ArrayLike<number> | undefined) =>
    x === y ||
    (x !== undefined &&
      y !== undefined &&
      x.length === y.length &&
      Array.prototype.every.call(x, (v, i) => v === y[i]));
  return (
    a.rows === b.rows &&
    a.maximise === b.maximise &&
    (a.groups === b.groups || (equal(a.groups.start, b.groups.start) && equal(a.groups.columns, b.groups.columns))) &&
    equal(a.allowed, b.allowed)
  );
}

/** Largest violation of a reduced cost that float rounding may leave (a repair ignores it). */
const SLACK = 1e-9;

/**
 * The flow of a grouped problem with its node prices. Nodes: the K groups, S (index K) and T
 * (index K + 1). Arcs, each with its best row kept as a heap top (see the module comment):
 * S → g while g has copies left, g → S while S sends it any, g → h (g takes h's row with the
 * least c_ig − c_ih), g → T (g takes its cheapest free row), T → h (h lets go of its costliest
 * row). `excess` is what a node holds beyond its balance: a repair pushes it along shortest
 * paths in reduced costs to the nodes that lack it.
 */
class GroupedFlow {
  private readonly n: number;
  private readonly k: number;
  private readonly groups: ColumnGroups;
  private readonly values: Float64Array;
  private readonly sign: number;
  private readonly shift: Float64Array;
  private readonly cost: Float64Array;
  private readonly may: Uint8Array;
  private readonly capacity: Int32Array;
  /** Units S sends each group. */
  private readonly fromSource: Int32Array;
  private readonly groupOfRow: Int32Array;
  /** Bumped when a row joins or leaves a group: its entries in the move and free heaps go stale. */
  private readonly stamp: Int32Array;
  /** Bumped also when only its key as a member changes (a new shift): its member entry goes stale. */
  private readonly memberStamp: Int32Array;
  /** Prices of the groups, then S, then T. */
  private readonly price: Float64Array;
  private readonly excess: Int32Array;
  private freeRows: RowHeap[];
  private moves: RowHeap[];
  private members: RowHeap[];
  private readonly freeKey: Float64Array;
  private readonly freeRow: Int32Array;
  private readonly moveKey: Float64Array;
  private readonly moveRow: Int32Array;
  private readonly memberKey: Float64Array;
  private readonly memberRow: Int32Array;
  private readonly dist: Float64Array;
  private readonly pred: Int32Array;
  private readonly predRow: Int32Array;
  private readonly open: Int32Array;

  /** Costs and prices only: `solved` and `startedFrom` build the heaps and the flow. */
  private constructor(problem: GroupedAssignmentProblem, rowShift: Float64Array) {
    const { rows: n, groups, values, allowed, maximise } = problem;
    const k = groups.count;
    this.n = n;
    this.k = k;
    this.groups = groups;
    this.values = values;
    this.sign = maximise ? -1 : 1;
    this.shift = Float64Array.from(rowShift);
    this.cost = new Float64Array(n * k);
    this.may = new Uint8Array(n * k);
    this.capacity = Int32Array.from({ length: k }, (_, g) => groups.start[g + 1]! - groups.start[g]!);
    this.fromSource = new Int32Array(k);
    this.groupOfRow = new Int32Array(n).fill(-1);
    this.stamp = new Int32Array(n);
    this.memberStamp = new Int32Array(n);
    this.price = new Float64Array(k + 2);
    this.excess = new Int32Array(k + 2);
    let cheapest = Infinity;
    for (let i = 0; i < n; i++) {
      for (let g = 0; g < k; g++) {
        const at = i * k + g;
        if (allowed !== undefined && allowed[at] === 0) continue;
        const c = this.sign * (values[at]! + this.shift[i]!);
        if (!Number.isFinite(c))
          throw new AssignmentError('non-finite-value', { row: i, col: groups.columns[groups.start[g]!]! });
        this.cost[at] = c;
        this.may[at] = 1;
        if (c < cheapest) cheapest = c;
      }
    }
    // Every group arc to T has a non-negative reduced cost with T at the cheapest cost.
    this.price[k + 1] = Number.isFinite(cheapest) ? cheapest : 0;
    this.freeRows = [];
    this.moves = [];
    this.members = [];
    this.freeKey = new Float64Array(k);
    this.freeRow = new Int32Array(k);
    this.moveKey = new Float64Array(k * k);
    this.moveRow = new Int32Array(k * k);
    this.memberKey = new Float64Array(k);
    this.memberRow = new Int32Array(k);
    this.dist = new Float64Array(k + 2);
    this.pred = new Int32Array(k + 2);
    this.predRow = new Int32Array(k + 2);
    this.open = new Int32Array(k + 2);
  }

  /** The problem solved from nothing. */
  static solved(problem: GroupedAssignmentProblem, rowShift: Float64Array): GroupedFlow {
    const flow = new GroupedFlow(problem, rowShift);
    flow.buildHeaps();
    flow.fillFromSource();
    return flow;
  }

  /** The problem solved from `previous` (see `startFrom`). */
  static startedFrom(problem: GroupedAssignmentProblem, previous: GroupedOptimum): GroupedFlow {
    const flow = new GroupedFlow(problem, new Float64Array(problem.rows));
    flow.startFrom(previous);
    return flow;
  }

  /** Successive shortest paths from S to T until none is left: the most pairs at the least cost. */
  private fillFromSource(): void {
    const S = this.k;
    const T = this.k + 1;
    for (;;) {
      this.excess[S] = 1;
      this.excess[T] = -1;
      if (!this.augmentShortestPath()) break;
    }
    this.excess[S] = 0;
    this.excess[T] = 0;
  }

  /**
   * Starts from `previous`, an optimum of a problem with the same rows, groups and allowed
   * pairs but other values, instead of from nothing: its units from S and its prices, and each
   * row where those prices still put it. A row stays in its group if that group is still its
   * best in reduced terms and worth more than staying free; then every arc of the row keeps a
   * non-negative reduced cost (the move arcs by the first, the arc to T by the second). A row
   * that does not is let go (its old group holds a unit too many, T lacks one) and, if some
   * group now prices it below T, put on its best group (that group lacks one, T holds one too
   * many), which leaves its arcs within the certificate too. The units then go by shortest paths
   * as in `reshift`: each has a way, as the row it lost may go back. Only the rows that moved
   * cost paths; the heaps are built once, in linear time.
   */
  private startFrom(previous: GroupedOptimum): void {
    const { n, k, cost, price, groupOfRow, excess } = this;
    const T = k + 1;
    price.set(previous.price);
    this.fromSource.set(previous.fromSource);
    for (let i = 0; i < n; i++) {
      const was = previous.groupOfRow[i]!;
      const best = this.bestGroup(i);
      const reduced = (g: number) => cost[i * k + g]! + price[g]! - price[T]!;
      if (was >= 0 && reduced(was) <= reduced(best) && reduced(was) <= SLACK) {
        groupOfRow[i] = was;
        continue;
      }
      if (was >= 0) {
        excess[was]!++;
        excess[T]!--;
      }
      if (best >= 0 && reduced(best) < -SLACK) {
        groupOfRow[i] = best;
        excess[best]!--;
        excess[T]!++;
      }
    }
    this.buildHeaps();
    while (this.augmentShortestPath()) {
      // one unit moved per path
    }
  }

  /** The optimum as it stands, to start another problem from (`startFrom`). */
  optimum(problem: GroupedAssignmentProblem): GroupedOptimum {
    return {
      problem,
      groupOfRow: this.groupOfRow.slice(),
      price: this.price.slice(),
      fromSource: this.fromSource.slice(),
    };
  }

  /**
   * Every heap anew from the rows' groups, each ordered bottom-up in linear time (all stamps
   * still 0): the free rows each group may take, each group's members, and per ordered pair of
   * groups (h, g) the members of g that h may take, by c_ih − c_ig.
   */
  private buildHeaps(): void {
    const { n, k, cost, may, groupOfRow } = this;
    const keys = new Float64Array(n);
    const ids = new Int32Array(n);
    const heapOf = (size: number) => RowHeap.of(keys.subarray(0, size), ids.subarray(0, size));
    // The rows by group (a counting sort), the free ones last.
    const start = new Int32Array(k + 2);
    for (let i = 0; i < n; i++) start[groupOfRow[i]! + 2]!++;
    for (let g = 0; g <= k; g++) start[g + 1]! += start[g]!;
    const byGroup = new Int32Array(n);
    const next = start.slice();
    for (let i = 0; i < n; i++) byGroup[next[groupOfRow[i]! + 1]!++] = i;
    const free = byGroup.subarray(0, start[1]!);
    this.freeRows = Array.from({ length: k }, (_, g) => {
      let size = 0;
      for (const i of free) {
        if (!may[i * k + g]) continue;
        keys[size] = cost[i * k + g]!;
        ids[size++] = i;
      }
      return heapOf(size);
    });
    this.members = Array.from({ length: k }, (_, g) => {
      let size = 0;
      for (let t = start[g + 1]!; t < start[g + 2]!; t++) {
        const i = byGroup[t]!;
        keys[size] = -cost[i * k + g]!;
        ids[size++] = i;
      }
      return heapOf(size);
    });
    this.moves = Array.from({ length: k * k }, (_, at) => {
      const h = Math.floor(at / k);
      const g = at % k;
      let size = 0;
      if (h !== g) {
        for (let t = start[g + 1]!; t < start[g + 2]!; t++) {
          const i = byGroup[t]!;
          if (!may[i * k + h]) continue;
          keys[size] = cost[i * k + h]! - cost[i * k + g]!;
          ids[size++] = i;
        }
      }
      return heapOf(size);
    });
    for (let g = 0; g < k; g++) {
      this.refreshFree(g);
      this.refreshMember(g);
    }
    for (let at = 0; at < k * k; at++) this.refreshMove(at);
  }

  /** The group where row i costs least in reduced terms, or −1 when it may join none. */
  private bestGroup(i: number): number {
    const { k, cost, may, price } = this;
    let best = -1;
    for (let h = 0; h < k; h++) {
      if (may[i * k + h] && (best < 0 || cost[i * k + h]! + price[h]! < cost[i * k + best]! + price[best]!)) best = h;
    }
    return best;
  }

  /**
   * Re-optimises after the rows' shifts became `rowShift`. A changed row keeps its reduced
   * costs to other groups (the shift cancels); only its arc to T can break: a free row that
   * became cheaper than T's price is placed on its best group at once (that group now lacks a
   * unit and T holds one too many), an assigned row that became dearer is let go (its group
   * holds one too many, T lacks one). Each unit then goes the shortest way to a node that
   * lacks one; the prices stay a certificate throughout (successive shortest paths with
   * excesses).
   */
  reshift(rowShift: Float64Array): void {
    const { n, k, cost, may, groupOfRow, price } = this;
    const T = k + 1;
    for (let i = 0; i < n; i++) {
      if (rowShift[i] === this.shift[i]) continue;
      this.shift[i] = rowShift[i]!;
      for (let g = 0; g < k; g++)
        if (may[i * k + g]) cost[i * k + g] = this.sign * (this.values[i * k + g]! + rowShift[i]!);
      const g = groupOfRow[i]!;
      if (g >= 0) {
        this.rekeyMember(i, g);
        if (cost[i * k + g]! + price[g]! - price[T]! > SLACK) {
          this.leave(i);
          this.excess[g]!++;
          this.excess[T]!--;
        }
        continue;
      }
      this.release(i);
      const best = this.bestGroup(i);
      if (best >= 0 && cost[i * k + best]! + price[best]! - price[T]! < -SLACK) {
        this.join(i, best);
        this.excess[best]!--;
        this.excess[T]!++;
      }
    }
    while (this.augmentShortestPath()) {
      // one unit moved per path
    }
  }

  /**
   * Moves one unit from a node holding too much to the nearest node lacking one, along a
   * shortest path in reduced costs (dense Dijkstra on K + 2 nodes), and moves the prices by
   * the distances. False when no node holds too much, or none that does can reach one that lacks.
   */
  private augmentShortestPath(): boolean {
    const { k, dist, pred, predRow, open, price, excess } = this;
    const S = k;
    const T = k + 1;
    const nodes = k + 2;
    let sources = 0;
    for (let v = 0; v < nodes; v++) {
      dist[v] = excess[v]! > 0 ? 0 : Infinity;
      if (excess[v]! > 0) sources++;
      pred[v] = -1;
      open[v] = v;
    }
    if (sources === 0) return false;
    let openCount = nodes;
    let target = -1;
    // The nearest open node is found in the same pass as the relaxation from the last one.
    let at = nearestOpen(open, openCount, dist);
    while (at >= 0) {
      const v = open[at]!;
      const best = dist[v]!;
      open[at] = open[--openCount]!;
      if (excess[v]! < 0) {
        target = v;
        break;
      }
      const pv = price[v]!;
      let next = -1;
      let nextDist = Infinity;
      if (v === S) {
        for (let t = 0; t < openCount; t++) {
          const h = open[t]!;
          if (h < k && this.fromSource[h]! < this.capacity[h]!)
            this.relax(h, best + Math.max(0, pv - price[h]!), S, -1);
          if (dist[h]! < nextDist) {
            nextDist = dist[h]!;
            next = t;
          }
        }
      } else if (v === T) {
        for (let t = 0; t < openCount; t++) {
          const h = open[t]!;
          if (h < k && this.memberRow[h]! >= 0)
            this.relax(h, best + Math.max(0, this.memberKey[h]! + pv - price[h]!), T, this.memberRow[h]!);
          if (dist[h]! < nextDist) {
            nextDist = dist[h]!;
            next = t;
          }
        }
      } else {
        const base = v * k;
        for (let t = 0; t < openCount; t++) {
          const h = open[t]!;
          if (h === S) {
            if (this.fromSource[v]! > 0) this.relax(S, best + Math.max(0, pv - price[S]!), v, -1);
          } else if (h === T) {
            if (this.freeRow[v]! >= 0)
              this.relax(T, best + Math.max(0, this.freeKey[v]! + pv - price[T]!), v, this.freeRow[v]!);
          } else {
            const key = this.moveKey[base + h]!;
            if (key !== Infinity) this.relax(h, best + Math.max(0, key + pv - price[h]!), v, this.moveRow[base + h]!);
          }
          if (dist[h]! < nextDist) {
            nextDist = dist[h]!;
            next = t;
          }
        }
      }
      at = next;
    }
    if (target < 0) return false;
    const reach = dist[target]!;
    for (let v = 0; v < nodes; v++) price[v] = price[v]! + Math.min(dist[v]!, reach);
    excess[target]!++;
    let v = target;
    while (pred[v]! >= 0) {
      const from = pred[v]!;
      const row = predRow[v]!;
      if (from === S) this.fromSource[v]!++;
      else if (v === S) this.fromSource[from]!--;
      else if (from === T) this.leave(row);
      else this.join(row, from);
      v = from;
    }
    excess[v]!--;
    return true;
  }

  private relax(node: number, d: number, from: number, row: number): void {
    if (d < this.dist[node]!) {
      this.dist[node] = d;
      this.pred[node] = from;
      this.predRow[node] = row;
    }
  }

  /** Row i joins group g (from another group or from the free rows). */
  private join(i: number, g: number): void {
    const { k, cost, may } = this;
    const left = this.groupOfRow[i]!;
    this.groupOfRow[i] = g;
    const s = ++this.stamp[i]!;
    const ms = ++this.memberStamp[i]!;
    if (left >= 0 && this.memberRow[left] === i) this.refreshMember(left);
    for (let h = 0; h < k; h++) {
      if (left >= 0 && this.moveRow[h * k + left] === i) this.refreshMove(h * k + left);
      else if (left < 0 && this.freeRow[h] === i) this.refreshFree(h);
      if (h === g || !may[i * k + h]) continue;
      const at = h * k + g;
      const key = cost[i * k + h]! - cost[i * k + g]!;
      this.moves[at]!.push(key, i, s);
      if (key < this.moveKey[at]!) {
        this.moveKey[at] = key;
        this.moveRow[at] = i;
      }
    }
    this.pushMember(i, g, ms);
  }

  /**
   * A member's new shift: its keys as a row to move are unchanged (the shift cancels in
   * c_ih − c_ig), its key as a member is not.
   */
  private rekeyMember(i: number, g: number): void {
    const ms = ++this.memberStamp[i]!;
    if (this.memberRow[g] === i) this.refreshMember(g);
    this.pushMember(i, g, ms);
  }

  private pushMember(i: number, g: number, memberStamp: number): void {
    const key = -this.cost[i * this.k + g]!;
    this.members[g]!.push(key, i, memberStamp);
    if (key < this.memberKey[g]!) {
      this.memberKey[g] = key;
      this.memberRow[g] = i;
    }
  }

  /** Row i leaves its group and is free again. */
  private leave(i: number): void {
    const { k } = this;
    const g = this.groupOfRow[i]!;
    this.groupOfRow[i] = -1;
    this.stamp[i]!++;
    this.memberStamp[i]!++;
    if (this.memberRow[g] === i) this.refreshMember(g);
    for (let h = 0; h < k; h++) if (this.moveRow[h * k + g] === i) this.refreshMove(h * k + g);
    this.release(i);
  }

  /** A free row's (new) costs into the free rows' heaps, its old entries made stale. */
  private release(i: number): void {
    const { k, cost, may } = this;
    const s = ++this.stamp[i]!;
    for (let h = 0; h < k; h++) {
      if (this.freeRow[h] === i) this.refreshFree(h);
      if (!may[i * k + h]) continue;
      const key = cost[i * k + h]!;
      this.freeRows[h]!.push(key, i, s);
      if (key < this.freeKey[h]!) {
        this.freeKey[h] = key;
        this.freeRow[h] = i;
      }
    }
  }

  private refreshFree(g: number): void {
    const heap = this.freeRows[g]!;
    const row = heap.peekValid(this.stamp, this.groupOfRow);
    this.freeRow[g] = row;
    this.freeKey[g] = row < 0 ? Infinity : heap.topKey();
  }

  private refreshMove(at: number): void {
    const heap = this.moves[at]!;
    const row = heap.peekValid(this.stamp, null);
    this.moveRow[at] = row;
    this.moveKey[at] = row < 0 ? Infinity : heap.topKey();
  }

  private refreshMember(g: number): void {
    const heap = this.members[g]!;
    const row = heap.peekValid(this.memberStamp, null);
    this.memberRow[g] = row;
    this.memberKey[g] = row < 0 ? Infinity : heap.topKey();
  }

  /** The assignment on the full columns, its total and its certificate (see the module comment). */
  solution(): AssignmentSolution {
    const { n, k, groups, cost, price, sign } = this;
    const m = groups.groupOf.length;
    const rowToCol = new Int32Array(n).fill(-1);
    const colToRow = new Int32Array(m).fill(-1);
    const rowPotential = new Float64Array(n);
    const colPotential = new Float64Array(m);
    const next = groups.start.slice(0, k);
    let total = 0;
    let pairs = 0;
    for (let i = 0; i < n; i++) {
      const g = this.groupOfRow[i]!;
      if (g < 0) {
        rowPotential[i] = price[k + 1]!;
        continue;
      }
      const col = groups.columns[next[g]!++]!;
      rowToCol[i] = col;
      colToRow[col] = i;
      rowPotential[i] = cost[i * k + g]! + price[g]!;
      total += sign * cost[i * k + g]!;
      pairs++;
    }
    // The prices are relative to S's.
    for (let c = 0; c < m; c++) colPotential[c] = price[k]! - price[groups.groupOf[c]!]!;
    for (let i = 0; i < n; i++) rowPotential[i] = rowPotential[i]! - price[k]!;
    return { rowToCol, colToRow, total, pairs, rowPotential, colPotential };
  }
}

const NO_KEYS = new Float64Array(0);
const NO_ROWS = new Int32Array(0);

/** The index in `open` of the open node nearest by `dist` (the first of equals), or −1 when none is finite. */
function nearestOpen(open: Int32Array, openCount: number, dist: Float64Array): number {
  let at = -1;
  let best = Infinity;
  for (let t = 0; t < openCount; t++) {
    const d = dist[open[t]!]!;
    if (d < best) {
      best = d;
      at = t;
    }
  }
  return at;
}

/** A binary min-heap of rows by key, with the stamp a row had when pushed (lazy deletion). */
class RowHeap {
  // Empty until the first push: a grouped flow keeps K² heaps, most of them small.
  private keys = NO_KEYS;
  private rows = NO_ROWS;
  private stamps = NO_ROWS;
  private size = 0;

  /** A heap of these rows (stamp 0), ordered bottom-up in linear time. */
  static of(keys: Float64Array, rows: Int32Array): RowHeap {
    const heap = new RowHeap();
    if (keys.length === 0) return heap;
    heap.keys = keys.slice();
    heap.rows = rows.slice();
    heap.stamps = new Int32Array(keys.length);
    heap.size = keys.length;
    for (let at = (heap.size >> 1) - 1; at >= 0; at--) heap.siftDown(at);
    return heap;
  }

  push(key: number, row: number, stamp: number): void {
    if (this.size === this.keys.length) {
      const capacity = Math.max(16, this.size * 2);
      this.keys = grown(this.keys, new Float64Array(capacity));
      this.rows = grown(this.rows, new Int32Array(capacity));
      this.stamps = grown(this.stamps, new Int32Array(capacity));
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
   * The row on top after dropping stale entries, or −1: an entry is stale when its row's stamp
   * moved since it was pushed or, with `groupOfRow`, when its row is no longer free.
   */
  peekValid(stamps: Int32Array, groupOfRow: Int32Array | null): number {
    while (this.size > 0) {
      const row = this.rows[0]!;
      if (stamps[row] === this.stamps[0] && (groupOfRow === null || groupOfRow[row]! < 0)) return row;
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
