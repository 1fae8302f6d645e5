import { checkK, DEFAULT_K } from './anonymisationError';
import { auditPublishedReport, type AuditResult } from './auditSuppression';
import { parseCountTable, type CountTable, type PublishedReport, type TableLink } from './countTable';
import { cellIndex, cellPosition } from './linkedLayout';
import { coordinatedMove, localMove, type Move } from './protectingMoves';
import { buildSuppressionState, publishedReport, type SuppressionState } from './suppressionState';

/** Options of `suppressReport`. */
export interface SuppressionOptions {
  /** Minimum count of a published cell; default 5, at least 3. */
  readonly k?: number;
  /** Margins the reader knows to be equal across tables (e.g. scenarios of one table). */
  readonly links?: readonly TableLink[];
  /**
   * false: skip the protecting-move search and rely on the audit-driven fallback alone (slower,
   * suppresses more); for tests and comparisons. Default true.
   */
  readonly moveSearch?: boolean;
}

export interface SuppressionStats {
  readonly cells: number;
  readonly primary: number;
  readonly secondary: number;
  readonly auditRounds: number;
}

export interface SuppressionResult {
  readonly k: number;
  /** What may be published: suppressed cells are null. */
  readonly report: PublishedReport;
  /** The passing audit of `report` (intervals are internal: do not publish them). */
  readonly audit: AuditResult;
  /** Internal figures for tests and benchmarks; not for publication. */
  readonly stats: SuppressionStats;
}

function validate(tables: readonly CountTable[], options: SuppressionOptions): { k: number; tables: CountTable[] } {
  const k = options.k ?? DEFAULT_K;
  checkK(k);
  return { k, tables: tables.map(parseCountTable) };
}

function applyPrimary(state: SuppressionState, k: number): number {
  let count = 0;
  state.values.forEach((value, cls) => {
    if (value < k) {
      state.suppressed[cls] = 1;
      count += 1;
    }
  });
  return count;
}

/** Primary suppression alone (cells below k); not safe to publish, kept as a baseline. */
export function primarySuppression(tables: readonly CountTable[], options: SuppressionOptions = {}): PublishedReport {
  const { k, tables: parsed } = validate(tables, options);
  const state = buildSuppressionState(parsed, options.links ?? []);
  applyPrimary(state, k);
  return publishedReport(state);
}

function bestMoveFor(state: SuppressionState, cls: number): Move | null {
  const { layout } = state;
  const members = layout.classMembers[cls]!;
  if (members.length > 1) return coordinatedMove(state, cls, null);
  const cell = members[0]!;
  const { table, row, column } = cellPosition(layout, cell);
  const local = localMove(state, table, cell);
  if (local !== null) return local;
  // No move inside the table alone: go through a shared total of the cell's row or column.
  const shape = layout.tables[table]!;
  let best: Move | null = null;
  const hubs = [
    cellIndex(layout, table, row, shape.columnIds.length),
    cellIndex(layout, table, shape.rowIds.length, column),
  ];
  for (const hub of hubs) {
    const hubClass = layout.classOf[hub]!;
    if (hub === cell || layout.classMembers[hubClass]!.length < 2) continue;
    const move = coordinatedMove(state, hubClass, { table, cell });
    if (move !== null && (best === null || move.cost < best.cost)) best = move;
  }
  return best;
}

/** Suppresses the cheapest published class in the same extended row or column as `cls`. */
function suppressNeighbour(state: SuppressionState, cls: number): boolean {
  const { layout, values, suppressed } = state;
  let best = -1;
  const consider = (candidate: number): void => {
    if (suppressed[candidate] === 1) return;
    if (best < 0 || values[candidate]! < values[best]! || (values[candidate] === values[best] && candidate < best))
      best = candidate;
  };
  for (const cell of layout.classMembers[cls]!) {
    const { table, row, column } = cellPosition(layout, cell);
    const shape = layout.tables[table]!;
    for (let c = 0; c <= shape.columnIds.length; c++) consider(layout.classOf[cellIndex(layout, table, row, c)]!);
    for (let r = 0; r <= shape.rowIds.length; r++) consider(layout.classOf[cellIndex(layout, table, r, column)]!);
  }
  if (best < 0) for (let candidate = 0; candidate < layout.classCount; candidate++) consider(candidate);
  if (best < 0) return false;
  suppressed[best] = 1;
  return true;
}

/**
 * Cell suppression for a report of count tables (docs/anonymisation.md).
 *
 * Primary: every cell — inner cells, row and column totals, grand total — counting fewer than k
 * people is suppressed, 0 included (a published 0 tells that nobody in the group has the
 * attribute, which is a disclosure about each of them).
 *
 * Secondary: every suppressed cell gets a "protecting move" (see protectingMoves.ts): a ±1
 * change of suppressed cells that all the reader's equations allow, so the cell has at least
 * two feasible values. Cells are taken in a fixed order; the cheapest move (suppressing small
 * cells, few of them) is applied and every cell it crosses becomes suppressed and protected at
 * once. Then the exact audit (auditSuppression.ts) checks the whole report — all tables, linked
 * margins, differencing. Should any cell still be exposed (a case the move search does not
 * cover), its cheapest published neighbour is suppressed and the search runs again; this only
 * ever adds suppressions and a report with everything suppressed passes, so it terminates.
 * The result is returned only with a passing audit.
 */
export function suppressReport(tables: readonly CountTable[], options: SuppressionOptions = {}): SuppressionResult {
  const { k, tables: parsed } = validate(tables, options);
  const state = buildSuppressionState(parsed, options.links ?? []);
  const primary = applyPrimary(state, k);
  const { layout, suppressed } = state;
  const protectedClass = new Uint8Array(layout.classCount);

  let auditRounds = 0;
  for (;;) {
    // Protect every suppressed class that has no move yet; repeat while moves are found, since
    // a later move can open a path for a class that failed earlier.
    let progress = options.moveSearch !== false;
    while (progress) {
      progress = false;
      for (let cls = 0; cls < layout.classCount; cls++) {
        if (suppressed[cls] === 0 || protectedClass[cls] === 1) continue;
        const move = bestMoveFor(state, cls);
        if (move === null) continue;
        protectedClass[cls] = 1;
        for (const cell of move.cells) {
          const moved = layout.classOf[cell]!;
          suppressed[moved] = 1;
          protectedClass[moved] = 1;
        }
        progress = true;
      }
    }
    const report = publishedReport(state);
    const audit = auditPublishedReport(report);
    auditRounds += 1;
    let secondary = 0;
    suppressed.forEach((s) => (secondary += s));
    secondary -= primary;
    if (audit.ok) return { k, report, audit, stats: { cells: layout.classCount, primary, secondary, auditRounds } };
    let added = false;
    const exposedClasses = new Set<number>();
    for (const cell of audit.exposed) {
      const t = report.tables.findIndex((table) => table.id === cell.tableId);
      const shape = report.tables[t]!;
      const r = cell.row === null ? shape.rowIds.length : shape.rowIds.indexOf(cell.row);
      const c = cell.column === null ? shape.columnIds.length : shape.columnIds.indexOf(cell.column);
      exposedClasses.add(layout.classOf[cellIndex(layout, t, r, c)]!);
    }
    for (const cls of [...exposedClasses].sort((a, b) => a - b)) {
      protectedClass[cls] = 0;
      added = suppressNeighbour(state, cls) || added;
    }
    if (!added) {
      // Everything is suppressed: nothing is left to publish, and nothing to recover.
      return { k, report, audit, stats: { cells: layout.classCount, primary, secondary, auditRounds } };
    }
  }
}
