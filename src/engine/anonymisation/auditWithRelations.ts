import { AnonymisationError } from './anonymisationError';
import type { AuditedCell } from './auditSuppression';
import type { PublishedReport, PublishedTable } from './countTable';
import { feasibleTableau, floorDiv, optimiseVariable } from './exactSimplex';
import { integerOptimum } from './integerOptimum';
import { buildLinkedLayout, cellIndex, cellPosition, type LinkedLayout } from './linkedLayout';

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
}

/** A fact the reader knows about one cell's value whether it is published or not: ≥ atLeast. */
export interface CellLowerBound {
  readonly cell: CellRef;
  readonly atLeast: number;
}

export interface RelationAudit {
  readonly ok: boolean;
  readonly exposed: readonly AuditedCell[];
}

/**
 * The exact audit of auditSuppression.ts, extended with cross-table relations: for every
 * suppressed cell, min and max of its value subject to every table's additive equations, the
 * linked margins, the relations, y ≥ 0 (or the cell's known lower bound) and y integer
 * (exact simplex, then branch and bound when an optimum is fractional), per connected
 * component of the unknowns. A cell is exposed when min = max or its bound could not be
 * settled exactly (conservative).
 */
export function auditWithRelations(
  report: PublishedReport,
  relations: readonly CellRelation[],
  lowerBounds: readonly CellLowerBound[] = [],
): RelationAudit {
  const layout = buildLinkedLayout(report.tables, report.links);
  const known: (number | null)[] = new Array<number | null>(layout.classCount).fill(null);
  for (let cell = 0; cell < layout.cellCount; cell++) {
    const { table, row, column } = cellPosition(layout, cell);
    const value = publishedValue(report.tables[table]!, row, column);
    if (value !== null) known[layout.classOf[cell]!] = value;
  }
  const unknownIndex = new Int32Array(layout.classCount).fill(-1);
  let unknownCount = 0;
  known.forEach((value, cls) => {
    if (value === null) unknownIndex[cls] = unknownCount++;
  });
  // An unknown y ≥ L is solved as y' = y − L ≥ 0: its terms move L into the right-hand side.
  const lower = new Float64Array(unknownCount);
  for (const bound of lowerBounds) {
    const v = unknownIndex[layout.classOf[cellOf(layout, bound.cell)]!]!;
    if (v >= 0) lower[v] = Math.max(lower[v]!, bound.atLeast);
  }

  // Every equation over classes: Σ a · class = 0, reduced to its unknowns.
  const equations: { vars: number[]; coefs: number[]; rhs: number }[] = [];
  const addEquation = (cells: readonly number[], coefficients: readonly number[], tableId: string): void => {
    const byVar = new Map<number, number>();
    let rhs = 0;
    cells.forEach((cell, i) => {
      const cls = layout.classOf[cell]!;
      const value = known[cls];
      if (value === null || value === undefined) {
        const v = unknownIndex[cls]!;
        byVar.set(v, (byVar.get(v) ?? 0) + coefficients[i]!);
        rhs -= coefficients[i]! * lower[v]!;
      } else rhs -= coefficients[i]! * value;
    });
    const vars = [...byVar.keys()].filter((v) => byVar.get(v) !== 0).sort((a, b) => a - b);
    if (vars.length === 0) {
      if (rhs !== 0) throw new AnonymisationError('inconsistent-published-table', { tableId });
      return;
    }
    equations.push({ vars, coefs: vars.map((v) => byVar.get(v)!), rhs });
  };
  layout.tables.forEach((shape, t) => {
    const R = shape.rowIds.length;
    const C = shape.columnIds.length;
    for (let r = 0; r <= R; r++) {
      const cells = Array.from({ length: C + 1 }, (_, c) => cellIndex(layout, t, r, c));
      addEquation(cells, cells.map((_, c) => (c === C ? -1 : 1)), shape.id);
    }
    for (let c = 0; c <= C; c++) {
      const cells = Array.from({ length: R + 1 }, (_, r) => cellIndex(layout, t, r, c));
      addEquation(cells, cells.map((_, r) => (r === R ? -1 : 1)), shape.id);
    }
  });
  for (const relation of relations) {
    const cells = relation.terms.map((term) => cellOf(layout, term.cell));
    addEquation(cells, relation.terms.map((term) => term.coefficient), relation.terms[0]?.cell.tableId ?? '');
  }

  // Components of the unknowns through shared equations.
  const parent = Int32Array.from({ length: unknownCount }, (_, i) => i);
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]!]!;
      a = parent[a]!;
    }
    return a;
  };
  for (const eq of equations) {
    for (const v of eq.vars.slice(1)) {
      const a = find(eq.vars[0]!);
      const b = find(v);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const components = new Map<number, number[]>();
  for (let v = 0; v < unknownCount; v++) {
    const list = components.get(find(v)) ?? [];
    list.push(v);
    components.set(find(v), list);
  }
  const pinned = new Uint8Array(unknownCount);
  const lowest = new Float64Array(unknownCount);
  const highest = new Float64Array(unknownCount).fill(Infinity);
  for (const vars of components.values()) {
    const local = new Map(vars.map((v, i) => [v, i]));
    const inComponent = equations.filter((eq) => local.has(eq.vars[0]!));
    if (inComponent.length === 0) continue;
    const matrix = inComponent.map((eq) => {
      const row = new Array<number>(vars.length).fill(0);
      eq.vars.forEach((v, i) => (row[local.get(v)!] = eq.coefs[i]!));
      return row;
    });
    const rhs = inComponent.map((eq) => eq.rhs);
    const tableau = feasibleTableau(matrix, rhs);
    if (tableau === null) throw new AnonymisationError('inconsistent-published-table', { tableId: '' });
    vars.forEach((v, i) => {
      const bounds: number[] = [];
      let settled = true;
      for (const sense of ['max', 'min'] as const) {
        const optimum = optimiseVariable(tableau, i, sense);
        if (optimum.status === 'unbounded') {
          bounds.push(Infinity);
          continue;
        }
        const rounded = sense === 'max' ? floorDiv(optimum.numerator, optimum.denominator) : -floorDiv(-optimum.numerator, optimum.denominator);
        let value = Number(rounded);
        if (!optimum.solutionIntegral) {
          const exact = integerOptimum(matrix, rhs, i, sense, value);
          value = exact.value;
          settled &&= exact.exact;
        }
        bounds.push(value);
      }
      highest[v] = bounds[0]! + lower[v]!;
      lowest[v] = bounds[1]! + lower[v]!;
      if (!settled || bounds[0] === bounds[1]) pinned[v] = 1;
    });
  }

  const exposed: AuditedCell[] = [];
  for (let cell = 0; cell < layout.cellCount; cell++) {
    const { table, row, column } = cellPosition(layout, cell);
    const shape = report.tables[table]!;
    if (publishedValue(shape, row, column) !== null) continue;
    const cls = layout.classOf[cell]!;
    const v = unknownIndex[cls]!;
    // A suppressed copy of a class published elsewhere is exposed outright.
    if (v < 0 || pinned[v] === 1) {
      exposed.push({
        tableId: shape.id,
        row: row < shape.rowIds.length ? shape.rowIds[row]! : null,
        column: column < shape.columnIds.length ? shape.columnIds[column]! : null,
        min: v < 0 ? known[cls]! : lowest[v]!,
        max: v < 0 ? known[cls]! : highest[v]!,
      });
    }
  }
  return { ok: exposed.length === 0, exposed };
}

function publishedValue(table: PublishedTable, row: number, column: number): number | null {
  const R = table.rowIds.length;
  const C = table.columnIds.length;
  if (row < R && column < C) return table.cells[row]?.[column] ?? null;
  if (row < R) return table.rowTotals[row] ?? null;
  if (column < C) return table.columnTotals[column] ?? null;
  return table.grandTotal;
}

/** The global cell index of a reference; throws on an unknown table, row or column. */
export function cellOf(layout: LinkedLayout, ref: CellRef): number {
  const t = layout.tables.findIndex((table) => table.id === ref.tableId);
  const shape = layout.tables[t];
  const r = shape === undefined ? -1 : ref.row === null ? shape.rowIds.length : shape.rowIds.indexOf(ref.row);
  const c = shape === undefined ? -1 : ref.column === null ? shape.columnIds.length : shape.columnIds.indexOf(ref.column);
  if (t < 0 || r < 0 || c < 0) throw new AnonymisationError('unknown-linked-table', { tableId: ref.tableId });
  return cellIndex(layout, t, r, c);
}
