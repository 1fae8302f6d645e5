import { auditPublishedReport, cellOf, type CellLowerBound, type CellRelation } from './auditSuppression';
import type { PublishedReport } from './countTable';
import { buildLinkedLayout, cellIndex, cellPosition } from './linkedLayout';

/**
 * Makes a suppressed report safe against the cross-table relations too. suppressReport
 * protects against every table's totals and the linked margins; a reader who also knows the
 * relations and the lower bounds (the report's reportRelations.ts) could pin more cells.
 * While the audit with that knowledge finds an exposed cell, the smallest published figure
 * sharing a row, column or relation with it is suppressed (with all its linked copies).
 * Suppressing only adds unknowns, so every earlier guarantee still holds, and the loop ends:
 * at worst everything is suppressed.
 */
export function protectRelations(
  report: PublishedReport,
  relations: readonly CellRelation[],
  lowerBounds: readonly CellLowerBound[] = [],
): { report: PublishedReport; added: number } {
  const tables = report.tables.map((t) => ({
    ...t,
    cells: t.cells.map((row) => [...row]),
    rowTotals: [...t.rowTotals],
    columnTotals: [...t.columnTotals],
  }));
  const layout = buildLinkedLayout(tables, report.links);
  const read = (cell: number): number | null => {
    const { table, row, column } = cellPosition(layout, cell);
    const t = tables[table]!;
    const R = t.rowIds.length;
    const C = t.columnIds.length;
    if (row < R && column < C) return t.cells[row]![column]!;
    if (row < R) return t.rowTotals[row]!;
    if (column < C) return t.columnTotals[column]!;
    return t.grandTotal;
  };
  const hide = (cell: number): void => {
    const { table, row, column } = cellPosition(layout, cell);
    const t = tables[table]!;
    const R = t.rowIds.length;
    const C = t.columnIds.length;
    if (row < R && column < C) t.cells[row]![column] = null;
    else if (row < R) t.rowTotals[row] = null;
    else if (column < C) t.columnTotals[column] = null;
    else t.grandTotal = null;
  };
  const relationCells = relations.map((r) => r.terms.map((term) => cellOf(layout, term.cell)));
  let added = 0;
  for (;;) {
    const current: PublishedReport = { tables, links: report.links };
    const audit = auditPublishedReport(current, { relations, lowerBounds });
    if (audit.ok) return { report: current, added };
    const exposedClasses = new Set(
      audit.exposed.map(
        (cell) => layout.classOf[cellOf(layout, { tableId: cell.tableId, row: cell.row, column: cell.column })]!,
      ),
    );
    let progress = false;
    for (const cls of [...exposedClasses].sort((a, b) => a - b)) {
      // Partners in a relation first (the exposure comes through them), then the cell's own
      // row and column.
      const partners = new Set<number>();
      for (const cells of relationCells) {
        if (cells.some((cell) => layout.classOf[cell] === cls)) for (const cell of cells) partners.add(cell);
      }
      const neighbours = new Set<number>();
      for (const member of layout.classMembers[cls]!) {
        const { table, row, column } = cellPosition(layout, member);
        const shape = layout.tables[table]!;
        for (let c = 0; c <= shape.columnIds.length; c++) neighbours.add(cellIndex(layout, table, row, c));
        for (let r = 0; r <= shape.rowIds.length; r++) neighbours.add(cellIndex(layout, table, r, column));
      }
      let best = -1;
      for (const candidates of [partners, neighbours]) {
        for (const cell of candidates) {
          const value = read(cell);
          if (value === null) continue;
          if (
            best < 0 ||
            value < read(best)! ||
            (value === read(best) && layout.classOf[cell]! < layout.classOf[best]!)
          )
            best = cell;
        }
        if (best >= 0) break;
      }
      if (best < 0) {
        for (let cell = 0; cell < layout.cellCount; cell++) {
          const value = read(cell);
          if (value !== null && (best < 0 || value < read(best)!)) best = cell;
        }
      }
      if (best < 0) continue;
      for (const member of layout.classMembers[layout.classOf[best]!]!) hide(member);
      added += 1;
      progress = true;
    }
    // Nothing published is left: nothing can be recovered either.
    if (!progress) return { report: current, added };
  }
}
