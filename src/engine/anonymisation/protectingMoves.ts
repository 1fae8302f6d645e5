import { cellIndex } from './linkedLayout';
import type { SuppressionState } from './suppressionState';

/**
 * Search for "protecting moves": changes of the suppressed cells by ±1 that keep every equation
 * the reader knows satisfied and every count ≥ 0. A suppressed cell that some such move changes
 * has at least two feasible values, so it is not recoverable.
 *
 * One table as a graph: with y = x on inner cells and the grand total and y = −x on the row and
 * column totals, every extended row and column of y sums to zero, so moves are alternating
 * cycles in the complete bipartite graph of extended rows {0..R} and columns {0..C}: crossing
 * cell (r, c) from row to column adds 1 to y_rc, from column to row subtracts 1. A crossing
 * that lowers x needs x ≥ 1. Cheapest cycle = Dijkstra, cost 0 for suppressed cells and
 * count + 1 for cells still published (small cells first, few of them).
 *
 * Linked margins are one unknown shared by several tables, so a cycle through one must be
 * matched in every linked table. `localMove` uses no shared cell at all; `coordinatedMove`
 * passes through one shared "hub" total node (the row-totals column or the column-totals row)
 * via shared classes A and B, the same way in every table of A, and joins A and B by a path
 * avoiding the hub inside each table.
 */
export interface Move {
  readonly cost: number;
  /** Global cells crossed (every one changes by ±1). */
  readonly cells: readonly number[];
}

interface Arc {
  readonly cell: number;
  readonly fromRow: boolean;
}

const INF = Number.POSITIVE_INFINITY;

function isShared(state: SuppressionState, cell: number): boolean {
  return state.layout.classMembers[state.layout.classOf[cell]!]!.length > 1;
}

function cellSign(R: number, C: number, r: number, c: number): number {
  return (r === R) !== (c === C) ? -1 : 1;
}

/** Whether crossing this cell in this direction keeps its count non-negative. */
function arcFeasible(state: SuppressionState, t: number, r: number, c: number, fromRow: boolean): boolean {
  const shape = state.layout.tables[t]!;
  const sign = cellSign(shape.rowIds.length, shape.columnIds.length, r, c);
  const deltaX = sign * (fromRow ? 1 : -1);
  return deltaX > 0 || state.values[state.layout.classOf[cellIndex(state.layout, t, r, c)]!]! >= 1;
}

function classCost(state: SuppressionState, cls: number): number {
  return state.suppressed[cls] === 1 ? 0 : state.values[cls]! + 1;
}

function cellCost(state: SuppressionState, cell: number): number {
  return classCost(state, state.layout.classOf[cell]!);
}

/**
 * Cheapest alternating path in table t between two nodes (rows 0..R, then columns as R+1+c),
 * avoiding banned nodes and any cell for which `allowed` is false. Deterministic: ties keep
 * the first-found predecessor and the smallest node index.
 */
function cheapestPath(
  state: SuppressionState,
  t: number,
  source: number,
  target: number,
  bannedNodes: readonly number[],
  allowed: (cell: number) => boolean,
): { cost: number; arcs: Arc[] } | null {
  const shape = state.layout.tables[t]!;
  const R = shape.rowIds.length;
  const C = shape.columnIds.length;
  const nodeCount = R + C + 2;
  const dist = new Float64Array(nodeCount).fill(INF);
  const previous = new Int32Array(nodeCount).fill(-1);
  const done = new Uint8Array(nodeCount);
  for (const node of bannedNodes) done[node] = 1;
  if (done[source] === 1 || done[target] === 1) return null;
  dist[source] = 0;
  for (;;) {
    let u = -1;
    for (let v = 0; v < nodeCount; v++) if (done[v] === 0 && dist[v]! < INF && (u < 0 || dist[v]! < dist[u]!)) u = v;
    if (u < 0) return null;
    if (u === target) break;
    done[u] = 1;
    const uIsRow = u <= R;
    const from = uIsRow ? R + 1 : 0;
    const to = uIsRow ? nodeCount : R + 1;
    for (let v = from; v < to; v++) {
      if (done[v] === 1) continue;
      const r = uIsRow ? u : v;
      const c = uIsRow ? v - R - 1 : u - R - 1;
      const cell = cellIndex(state.layout, t, r, c);
      if (!allowed(cell) || !arcFeasible(state, t, r, c, uIsRow)) continue;
      const candidate = dist[u]! + cellCost(state, cell);
      if (candidate < dist[v]!) {
        dist[v] = candidate;
        previous[v] = u;
      }
    }
  }
  const arcs: Arc[] = [];
  for (let v = target; v !== source; v = previous[v]!) {
    const u = previous[v]!;
    const uIsRow = u <= R;
    const r = uIsRow ? u : v;
    const c = uIsRow ? v - R - 1 : u - R - 1;
    arcs.push({ cell: cellIndex(state.layout, t, r, c), fromRow: uIsRow });
  }
  arcs.reverse();
  return { cost: dist[target]!, arcs };
}

function position(state: SuppressionState, t: number, cell: number): { r: number; c: number } {
  const width = state.layout.tables[t]!.columnIds.length + 1;
  const local = cell - state.layout.offsets[t]!;
  return { r: Math.floor(local / width), c: local % width };
}

/** Cheapest cycle through `cell` (table t) that touches no shared cell. */
export function localMove(state: SuppressionState, t: number, cell: number): Move | null {
  const shape = state.layout.tables[t]!;
  const R = shape.rowIds.length;
  const { r, c } = position(state, t, cell);
  const allowed = (other: number): boolean => other !== cell && !isShared(state, other);
  let best: Move | null = null;
  for (const fromRow of [true, false]) {
    if (!arcFeasible(state, t, r, c, fromRow)) continue;
    const rowNode = r;
    const colNode = R + 1 + c;
    const path = fromRow
      ? cheapestPath(state, t, colNode, rowNode, [], allowed)
      : cheapestPath(state, t, rowNode, colNode, [], allowed);
    if (path === null) continue;
    const cost = path.cost + cellCost(state, cell);
    if (best === null || cost < best.cost) best = { cost, cells: [cell, ...path.arcs.map((a) => a.cell)] };
  }
  return best;
}

/**
 * Cheapest coordinated move through hub class `hubClass` (a shared total). With `forced`, the
 * path inside that table must start at the given cell (a cell whose local search failed).
 */
export function coordinatedMove(
  state: SuppressionState,
  hubClass: number,
  forced: { table: number; cell: number } | null,
): Move | null {
  const { layout } = state;
  const aMembers = layout.classMembers[hubClass]!;
  const memberTable = (cell: number): number => {
    let t = layout.tables.length - 1;
    while (t > 0 && layout.offsets[t]! > cell) t--;
    return t;
  };
  const tables = aMembers.map(memberTable);
  if (new Set(tables).size !== tables.length) return null;
  let best: Move | null = null;

  for (const hubSide of ['column', 'row'] as const) {
    const t0 = tables[0]!;
    const shape0 = layout.tables[t0]!;
    const touchesHub = (t: number, cell: number): boolean => {
      const shape = layout.tables[t]!;
      const p = position(state, t, cell);
      return hubSide === 'column' ? p.c === shape.columnIds.length : p.r === shape.rowIds.length;
    };
    if (!aMembers.every((cell, i) => touchesHub(tables[i]!, cell))) continue;
    // Partner classes: other cells at the same hub in the first table.
    const partners: number[] = [];
    const hubLength = hubSide === 'column' ? shape0.rowIds.length : shape0.columnIds.length;
    for (let i = 0; i <= hubLength; i++) {
      const cell =
        hubSide === 'column'
          ? cellIndex(layout, t0, i, shape0.columnIds.length)
          : cellIndex(layout, t0, shape0.rowIds.length, i);
      const cls = layout.classOf[cell]!;
      if (cls !== hubClass && !partners.includes(cls)) partners.push(cls);
    }
    for (const partner of partners) {
      const bMembers = layout.classMembers[partner]!;
      const bTables = bMembers.map(memberTable);
      if (bTables.length !== tables.length || !tables.every((t) => bTables.includes(t))) continue;
      if (!bMembers.every((cell, i) => touchesHub(bTables[i]!, cell))) continue;
      for (const deltaA of [1, -1]) {
        let cost = classCost(state, hubClass) + classCost(state, partner);
        const cells: number[] = [];
        let deltaB = 0;
        let ok = true;
        for (const [i, t] of tables.entries()) {
          const shape = layout.tables[t]!;
          const R = shape.rowIds.length;
          const C = shape.columnIds.length;
          const aCell = aMembers[i]!;
          const bCell = bMembers[bTables.indexOf(t)]!;
          const a = position(state, t, aCell);
          const b = position(state, t, bCell);
          const hubNode = hubSide === 'column' ? R + 1 + C : R;
          const endpoint = (p: { r: number; c: number }): number => (hubSide === 'column' ? p.r : R + 1 + p.c);
          const u = endpoint(a);
          const w = endpoint(b);
          const deltaYA = deltaA * cellSign(R, C, a.r, a.c);
          // Crossing A from its row end to its column end adds 1 to y_A.
          const aFromRow = deltaYA > 0;
          // Which way A is crossed relative to the hub decides the direction around the cycle.
          const aIntoHub = hubSide === 'column' ? aFromRow : !aFromRow;
          const bFromRow = hubSide === 'column' ? !aIntoHub : aIntoHub;
          const deltaYB = bFromRow ? 1 : -1;
          const thisDeltaB = deltaYB * cellSign(R, C, b.r, b.c);
          if (i === 0) deltaB = thisDeltaB;
          if (
            thisDeltaB !== deltaB ||
            !arcFeasible(state, t, a.r, a.c, aFromRow) ||
            !arcFeasible(state, t, b.r, b.c, bFromRow)
          ) {
            ok = false;
            break;
          }
          // The path runs from A's far end to B's far end when A is crossed out of the hub, else back.
          const source = aIntoHub ? w : u;
          const target = aIntoHub ? u : w;
          const allowed = (cell: number): boolean => !isShared(state, cell);
          let path: { cost: number; arcs: Arc[] } | null;
          if (forced !== null && forced.table === t) {
            const f = position(state, t, forced.cell);
            const fRow = f.r;
            const fCol = R + 1 + f.c;
            // The forced cell must touch u; the path continues from its other end.
            const other = fRow === u ? fCol : fCol === u ? fRow : -1;
            if (other < 0) {
              ok = false;
              break;
            }
            const forcedFromRow = aIntoHub ? other === fRow : u === fRow;
            if (!arcFeasible(state, t, f.r, f.c, forcedFromRow)) {
              ok = false;
              break;
            }
            const notForced = (cell: number): boolean => cell !== forced.cell && allowed(cell);
            const rest = aIntoHub
              ? cheapestPath(state, t, source, other, [hubNode, u], notForced)
              : cheapestPath(state, t, other, target, [hubNode, u], notForced);
            path =
              rest === null
                ? null
                : {
                    cost: rest.cost + cellCost(state, forced.cell),
                    arcs: [...rest.arcs, { cell: forced.cell, fromRow: forcedFromRow }],
                  };
          } else {
            path = cheapestPath(state, t, source, target, [hubNode], allowed);
          }
          if (path === null) {
            ok = false;
            break;
          }
          cost += path.cost;
          cells.push(aCell, bCell, ...path.arcs.map((arc) => arc.cell));
        }
        if (!ok) continue;
        if (best === null || cost < best.cost) best = { cost, cells };
      }
    }
  }
  return best;
}
