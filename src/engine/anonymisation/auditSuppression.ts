import type { PublishedReport } from './countTable';
import { cellPosition } from './linkedLayout';
import { buildReaderSystem, refOf } from './readerSystem';

/** A suppressed cell with the interval of values the reader cannot rule out. */
export interface AuditedCell {
  readonly tableId: string;
  /** Row id, or null for the column-totals row. */
  readonly row: string | null;
  /** Column id, or null for the row-totals column. */
  readonly column: string | null;
  readonly min: number;
  /** `Infinity` when nothing published bounds the cell from above. */
  readonly max: number;
}

/** A cell of a report's table; null row or column: the totals row or column. */
export interface CellRef {
  readonly tableId: string;
  readonly row: string | null;
  readonly column: string | null;
}

/**
 * A linear fact the reader knows across tables beyond equal margins: Σ coefficient · value = 0
 * (e.g. the bench row of one table equals the two bench columns of another).
 */
export interface CellRelation {
  readonly terms: readonly { readonly cell: CellRef; readonly coefficient: number }[];
  /** Right-hand side (default 0): Σ coefficient · value = constant, e.g. a public position plan. */
  readonly constant?: number;
}

/** A fact the reader knows about one cell's value whether it is published or not: ≥ atLeast. */
export interface CellLowerBound {
  readonly cell: CellRef;
  readonly atLeast: number;
}

/** What the reader knows beyond the tables, their totals and their links. */
export interface ReaderKnowledge {
  readonly relations?: readonly CellRelation[];
  readonly lowerBounds?: readonly CellLowerBound[];
}

export interface AuditResult {
  readonly ok: boolean;
  /** Every suppressed cell with its feasible interval (each linked copy listed). */
  readonly cells: readonly AuditedCell[];
  /** The offending cells: interval a single value (or not settled exactly). */
  readonly exposed: readonly AuditedCell[];
}

/**
 * Audit of a suppressed report: for every suppressed cell, the interval of values consistent
 * with everything the reader sees, computed exactly.
 *
 * The reader's knowledge, over all tables of the report together: the published counts; the
 * additive equations of each table (each row and column sums to its total, the totals to the
 * grand total); equal values of linked margins (the same people in every scenario), which
 * also covers differencing two scenarios' tables; non-negativity and integrality. The reader
 * is NOT assumed to know which suppressed cells were primary (< k), so that is not used.
 * What else the reader knows is passed in: linear relations between tables (the bench in
 * three tables, ...) and lower bounds on single cells (each home area holds at least k).
 *
 * For each unknown y_v:  min / max y_v  s.t.  A y = b, y ≥ L, y ∈ ℤ (L = 0 unless a bound is
 * known; solved as y − L ≥ 0),  solved per connected
 * component of the equations by the exact simplex (warm-started from one feasible basis) and,
 * when an LP optimum is fractional, exact branch and bound. A cell is exposed when its interval
 * is a single value, or when its integer bounds could not be settled (conservative).
 */
export function auditPublishedReport(report: PublishedReport, knowledge: ReaderKnowledge = {}): AuditResult {
  const system = buildReaderSystem(report, knowledge);
  const { layout } = system;
  const bounds = new Map<number, { min: number; max: number; exact: boolean }>();
  // Every cell suppressed in its own table is audited; a linked copy published elsewhere
  // reveals it outright.
  const cells: AuditedCell[] = [];
  const exposed: AuditedCell[] = [];
  for (let cell = 0; cell < layout.cellCount; cell++) {
    const { table, row, column } = cellPosition(layout, cell);
    const shape = report.tables[table]!;
    const R = shape.rowIds.length;
    const C = shape.columnIds.length;
    const own =
      row < R && column < C
        ? shape.cells[row]![column]
        : row < R
          ? shape.rowTotals[row]
          : column < C
            ? shape.columnTotals[column]
            : shape.grandTotal;
    if (own !== null && own !== undefined) continue;
    const cls = layout.classOf[cell]!;
    const v = system.unknownIndex[cls]!;
    let interval = { min: system.known[cls] ?? 0, max: system.known[cls] ?? 0, exact: true };
    if (v >= 0) {
      interval = bounds.get(v) ?? system.interval(new Map([[v, 1]]));
      bounds.set(v, interval);
    }
    const audited: AuditedCell = { ...refOf(layout, cell), min: interval.min, max: interval.max };
    cells.push(audited);
    if (audited.min === audited.max || !interval.exact) exposed.push(audited);
  }
  return { ok: exposed.length === 0, cells, exposed };
}

export { cellOf } from './readerSystem';
