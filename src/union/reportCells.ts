import type { AnonymisedReport } from '../schema/anonymisedReport';

export interface CellRef {
  readonly tableId: string;
  readonly row: string | null;
  readonly column: string | null;
}

/** The published value of a cell of the report's tables (null: hidden or no such cell). */
export function cellValue(report: AnonymisedReport, ref: CellRef): number | null {
  const table = report.tables.find((t) => t.id === ref.tableId);
  if (!table) return null;
  const r = ref.row === null ? -1 : table.rowIds.indexOf(ref.row);
  const c = ref.column === null ? -1 : table.columnIds.indexOf(ref.column);
  if (ref.row !== null && r < 0) return null;
  if (ref.column !== null && c < 0) return null;
  if (r >= 0 && c >= 0) return table.cells[r]![c] ?? null;
  if (r >= 0) return table.rowTotals[r] ?? null;
  if (c >= 0) return table.columnTotals[c] ?? null;
  return table.grandTotal;
}
