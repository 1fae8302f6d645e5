import { AnonymisationError } from './anonymisationError';
import { tableTotals, type CountTable, type PublishedReport, type PublishedTable, type TableLink } from './countTable';
import { buildLinkedLayout, cellIndex, type LinkedLayout } from './linkedLayout';

/**
 * The publisher's side of a report: true counts of every cell class and which are suppressed.
 * Linked copies of a margin share one class, so they are published or suppressed together.
 */
export interface SuppressionState {
  readonly layout: LinkedLayout;
  readonly links: readonly TableLink[];
  /** True count of each class. */
  readonly values: Int32Array;
  /** 1 = suppressed. */
  readonly suppressed: Uint8Array;
}

export function buildSuppressionState(tables: readonly CountTable[], links: readonly TableLink[]): SuppressionState {
  const layout = buildLinkedLayout(tables, links);
  const values = new Int32Array(layout.classCount).fill(-1);
  tables.forEach((table, t) => {
    const totals = tableTotals(table);
    const R = table.rowIds.length;
    const C = table.columnIds.length;
    const set = (r: number, c: number, value: number): void => {
      const cls = layout.classOf[cellIndex(layout, t, r, c)]!;
      const previous = values[cls]!;
      if (previous >= 0 && previous !== value) {
        throw new AnonymisationError('linked-margins-differ', {
          tableId: table.id,
          row: r < R ? table.rowIds[r]! : '',
          column: c < C ? table.columnIds[c]! : '',
        });
      }
      values[cls] = value;
    };
    table.counts.forEach((row, r) => row.forEach((count, c) => set(r, c, count)));
    totals.rowTotals.forEach((total, r) => set(r, C, total));
    totals.columnTotals.forEach((total, c) => set(R, c, total));
    set(R, C, totals.grandTotal);
  });
  return { layout, links, values, suppressed: new Uint8Array(layout.classCount) };
}

/** Table t of a layout as the reader sees it: each class's value, or null where it is hidden. */
export function publishedTable(
  layout: SuppressionState['layout'],
  t: number,
  values: ArrayLike<number>,
  hidden: ArrayLike<number>,
): PublishedTable {
  const shape = layout.tables[t]!;
  const R = shape.rowIds.length;
  const C = shape.columnIds.length;
  const show = (r: number, c: number): number | null => {
    const cls = layout.classOf[cellIndex(layout, t, r, c)]!;
    return hidden[cls] === 1 ? null : values[cls]!;
  };
  return {
    id: shape.id,
    rowIds: shape.rowIds,
    columnIds: shape.columnIds,
    cells: Array.from({ length: R }, (_, r) => Array.from({ length: C }, (_, c) => show(r, c))),
    rowTotals: Array.from({ length: R }, (_, r) => show(r, C)),
    columnTotals: Array.from({ length: C }, (_, c) => show(R, c)),
    grandTotal: show(R, C),
  };
}

/** What the reader would see given the current suppression. */
export function publishedReport(state: SuppressionState): PublishedReport {
  const { layout, values, suppressed } = state;
  const tables: PublishedTable[] = layout.tables.map((_, t) => publishedTable(layout, t, values, suppressed));
  return { tables, links: state.links };
}
