import { AnonymisationError } from './anonymisationError';
import type { PublishedTable, TableLink } from './countTable';

/**
 * Cells of several tables in one index space, totals included. Table t is stored as its
 * extended (R+1)×(C+1) grid: row R holds the column totals, column C the row totals and
 * (R, C) the grand total. Cells the reader knows to be equal (linked margins) share a class:
 * a class is one unknown of the reader's equations.
 */
export interface TableShape {
  readonly id: string;
  readonly rowIds: readonly string[];
  readonly columnIds: readonly string[];
}

export interface LinkedLayout {
  readonly tables: readonly TableShape[];
  /** Global index of cell (r, c) of table t is `offsets[t] + r * (C + 1) + c`. */
  readonly offsets: Int32Array;
  readonly cellCount: number;
  readonly classOf: Int32Array;
  readonly classCount: number;
  /** Global cell indexes of each class, ascending. */
  readonly classMembers: readonly (readonly number[])[];
}

export function cellIndex(layout: LinkedLayout, table: number, row: number, column: number): number {
  const shape = layout.tables[table]!;
  return layout.offsets[table]! + row * (shape.columnIds.length + 1) + column;
}

function find(parent: Int32Array, a: number): number {
  let root = a;
  while (parent[root] !== root) root = parent[root]!;
  let node = a;
  while (parent[node] !== root) {
    const next = parent[node]!;
    parent[node] = root;
    node = next;
  }
  return root;
}

function union(parent: Int32Array, a: number, b: number): void {
  const ra = find(parent, a);
  const rb = find(parent, b);
  // The smaller index wins, so classes do not depend on the order of links.
  if (ra < rb) parent[rb] = ra;
  else if (rb < ra) parent[ra] = rb;
}

export function buildLinkedLayout(tables: readonly TableShape[], links: readonly TableLink[]): LinkedLayout {
  const offsets = new Int32Array(tables.length);
  const byId = new Map<string, number>();
  let cellCount = 0;
  tables.forEach((table, t) => {
    if (byId.has(table.id)) throw new AnonymisationError('duplicate-table-id', { tableId: table.id });
    byId.set(table.id, t);
    offsets[t] = cellCount;
    cellCount += (table.rowIds.length + 1) * (table.columnIds.length + 1);
  });
  const parent = new Int32Array(cellCount);
  for (let i = 0; i < cellCount; i++) parent[i] = i;
  const layout = { tables, offsets, cellCount, classOf: parent, classCount: 0, classMembers: [] };

  for (const link of links) {
    const members = link.tableIds.map((id) => {
      const t = byId.get(id);
      if (t === undefined) throw new AnonymisationError('unknown-linked-table', { tableId: id });
      return t;
    });
    const first = members[0];
    if (first === undefined) continue;
    const firstShape = tables[first]!;
    const grandOf = (t: number): number => cellIndex(layout, t, tables[t]!.rowIds.length, tables[t]!.columnIds.length);
    for (const t of members.slice(1)) {
      const shape = tables[t]!;
      union(parent, grandOf(first), grandOf(t));
      if (link.kind === 'grandTotal') continue;
      const axis = link.kind === 'rowTotals' ? 'rowIds' : 'columnIds';
      const labels = firstShape[axis];
      const other = shape[axis];
      if (labels.length !== other.length || labels.some((id) => !other.includes(id))) {
        throw new AnonymisationError('linked-labels-differ', { tableId: shape.id, otherTableId: firstShape.id });
      }
      labels.forEach((label, i) => {
        const j = other.indexOf(label);
        if (link.kind === 'rowTotals') {
          union(
            parent,
            cellIndex(layout, first, i, firstShape.columnIds.length),
            cellIndex(layout, t, j, shape.columnIds.length),
          );
        } else {
          union(
            parent,
            cellIndex(layout, first, firstShape.rowIds.length, i),
            cellIndex(layout, t, shape.rowIds.length, j),
          );
        }
      });
    }
  }

  const classOf = new Int32Array(cellCount);
  const classOfRoot = new Map<number, number>();
  const classMembers: number[][] = [];
  for (let i = 0; i < cellCount; i++) {
    const root = find(parent, i);
    let cls = classOfRoot.get(root);
    if (cls === undefined) {
      cls = classMembers.length;
      classOfRoot.set(root, cls);
      classMembers.push([]);
    }
    classOf[i] = cls;
    classMembers[cls]!.push(i);
  }
  return { tables, offsets, cellCount, classOf, classCount: classMembers.length, classMembers };
}

/** Where a global cell index lies: table, extended row and column. */
export function cellPosition(layout: LinkedLayout, cell: number): { table: number; row: number; column: number } {
  let table = layout.tables.length - 1;
  while (table > 0 && layout.offsets[table]! > cell) table--;
  const width = layout.tables[table]!.columnIds.length + 1;
  const local = cell - layout.offsets[table]!;
  return { table, row: Math.floor(local / width), column: local % width };
}

/** Table t of a layout as the reader sees it: each class's value, or null where it is hidden. */
export function publishedTable(
  layout: LinkedLayout,
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
