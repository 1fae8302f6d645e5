import { AnonymisationError } from './anonymisationError';
import type { PublishedReport, PublishedTable } from './countTable';
import { feasibleTableau, floorDiv, optimiseVariable } from './exactSimplex';
import { integerOptimum } from './integerOptimum';
import { buildLinkedLayout, cellIndex, cellPosition, type LinkedLayout } from './linkedLayout';

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

interface Equation {
  readonly cells: readonly number[];
  readonly coefficients: readonly number[];
}

/** The additive equations of every table, over global cell indexes. */
function tableEquations(layout: LinkedLayout): Equation[] {
  const equations: Equation[] = [];
  layout.tables.forEach((shape, t) => {
    const R = shape.rowIds.length;
    const C = shape.columnIds.length;
    for (let r = 0; r <= R; r++) {
      const cells: number[] = [];
      for (let c = 0; c < C; c++) cells.push(cellIndex(layout, t, r, c));
      cells.push(cellIndex(layout, t, r, C));
      equations.push({ cells, coefficients: cells.map((_, i) => (i === C ? -1 : 1)) });
    }
    for (let c = 0; c <= C; c++) {
      const cells: number[] = [];
      for (let r = 0; r < R; r++) cells.push(cellIndex(layout, t, r, c));
      cells.push(cellIndex(layout, t, R, c));
      equations.push({ cells, coefficients: cells.map((_, i) => (i === R ? -1 : 1)) });
    }
  });
  return equations;
}

function publishedValue(table: PublishedTable, row: number, column: number): number | null {
  const R = table.rowIds.length;
  const C = table.columnIds.length;
  if (row < R && column < C) return table.cells[row]?.[column] ?? null;
  if (row < R) return table.rowTotals[row] ?? null;
  if (column < C) return table.columnTotals[column] ?? null;
  return table.grandTotal;
}

function checkShape(table: PublishedTable): void {
  const R = table.rowIds.length;
  const C = table.columnIds.length;
  const ok =
    table.cells.length === R &&
    table.cells.every((row) => row.length === C) &&
    table.rowTotals.length === R &&
    table.columnTotals.length === C;
  if (!ok) throw new AnonymisationError('invalid-table', { tableId: table.id, path: 'cells', reason: 'shape' });
}

export function auditPublishedReport(report: PublishedReport, knowledge: ReaderKnowledge = {}): AuditResult {
  report.tables.forEach(checkShape);
  const layout = buildLinkedLayout(report.tables, report.links);
  // Known value of each class (any published member reveals it), or null for an unknown.
  const known: (number | null)[] = new Array<number | null>(layout.classCount).fill(null);
  for (let cell = 0; cell < layout.cellCount; cell++) {
    const { table, row, column } = cellPosition(layout, cell);
    const value = publishedValue(report.tables[table]!, row, column);
    if (value === null) continue;
    const cls = layout.classOf[cell]!;
    const previous = known[cls];
    if (previous !== null && previous !== undefined && previous !== value) {
      throw new AnonymisationError('inconsistent-published-table', { tableId: report.tables[table]!.id });
    }
    known[cls] = value;
  }
  const unknownIndex = new Int32Array(layout.classCount).fill(-1);
  const unknownClasses: number[] = [];
  known.forEach((value, cls) => {
    if (value === null) {
      unknownIndex[cls] = unknownClasses.length;
      unknownClasses.push(cls);
    }
  });
  const lower = new Float64Array(unknownClasses.length);
  for (const bound of knowledge.lowerBounds ?? []) {
    const v = unknownIndex[layout.classOf[cellOf(layout, bound.cell)]!]!;
    if (v >= 0) lower[v] = Math.max(lower[v]!, bound.atLeast);
  }
  const relationEquations = (knowledge.relations ?? []).map((relation) => ({
    cells: relation.terms.map((term) => cellOf(layout, term.cell)),
    coefficients: relation.terms.map((term) => term.coefficient),
  }));

  // Reduce each equation to its unknowns: Σ a_v y_v = b.
  interface Reduced { vars: number[]; coefs: number[]; rhs: number; table: number }
  const reduced: Reduced[] = [];
  for (const equation of [...tableEquations(layout), ...relationEquations]) {
    const coefByVar = new Map<number, number>();
    let rhs = 0;
    equation.cells.forEach((cell, i) => {
      const cls = layout.classOf[cell]!;
      const a = equation.coefficients[i]!;
      const value = known[cls];
      if (value === null || value === undefined) {
        const v = unknownIndex[cls]!;
        coefByVar.set(v, (coefByVar.get(v) ?? 0) + a);
        rhs -= a * lower[v]!;
      } else {
        rhs -= a * value;
      }
    });
    const vars = [...coefByVar.keys()].filter((v) => coefByVar.get(v) !== 0).sort((a, b) => a - b);
    const table = cellPosition(layout, equation.cells[0]!).table;
    if (vars.length === 0) {
      if (rhs !== 0) throw new AnonymisationError('inconsistent-published-table', { tableId: report.tables[table]!.id });
      continue;
    }
    reduced.push({ vars, coefs: vars.map((v) => coefByVar.get(v)!), rhs, table });
  }

  // Connected components of the unknowns through shared equations.
  const parent = Int32Array.from({ length: unknownClasses.length }, (_, i) => i);
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]!]!;
      a = parent[a]!;
    }
    return a;
  };
  for (const eq of reduced) {
    for (const v of eq.vars.slice(1)) {
      const a = find(eq.vars[0]!);
      const b = find(v);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const minimum = new Float64Array(unknownClasses.length);
  const maximum = new Float64Array(unknownClasses.length);
  const settled = new Uint8Array(unknownClasses.length).fill(1);
  const components = new Map<number, number[]>();
  unknownClasses.forEach((_, v) => {
    const root = find(v);
    const list = components.get(root) ?? [];
    list.push(v);
    components.set(root, list);
  });

  for (const vars of components.values()) {
    const local = new Map<number, number>(vars.map((v, i) => [v, i]));
    const equations = reduced.filter((eq) => local.has(eq.vars[0]!));
    const matrix = equations.map((eq) => {
      const row = new Array<number>(vars.length).fill(0);
      eq.vars.forEach((v, i) => {
        row[local.get(v)!] = eq.coefs[i]!;
      });
      return row;
    });
    const rhs = equations.map((eq) => eq.rhs);
    if (equations.length === 0) {
      // An unknown in no equation cannot occur (every cell is in a row and a column sum).
      for (const v of vars) {
        minimum[v] = lower[v]!;
        maximum[v] = Infinity;
      }
      continue;
    }
    const tableau = feasibleTableau(matrix, rhs);
    if (tableau === null) {
      throw new AnonymisationError('inconsistent-published-table', { tableId: report.tables[equations[0]!.table]!.id });
    }
    vars.forEach((v, i) => {
      for (const sense of ['max', 'min'] as const) {
        const optimum = optimiseVariable(tableau, i, sense);
        if (optimum.status === 'unbounded') {
          // Only a maximisation can be unbounded (y ≥ 0); the truth is an integer point, so the
          // integer maximum is unbounded too.
          maximum[v] = Infinity;
          continue;
        }
        const { numerator, denominator } = optimum;
        const rounded = sense === 'max'
          ? floorDiv(numerator, denominator)
          : -floorDiv(-numerator, denominator);
        let value = Number(rounded);
        if (!optimum.solutionIntegral) {
          const exact = integerOptimum(matrix, rhs, i, sense, value);
          value = exact.value;
          if (!exact.exact) settled[v] = 0;
        }
        if (sense === 'max') maximum[v] = value + lower[v]!;
        else minimum[v] = value + lower[v]!;
      }
    });
  }

  // Every cell suppressed in its own table is audited; a linked copy published elsewhere
  // reveals it outright.
  const cells: AuditedCell[] = [];
  const exposed: AuditedCell[] = [];
  for (let cell = 0; cell < layout.cellCount; cell++) {
    const { table, row, column } = cellPosition(layout, cell);
    const shape = report.tables[table]!;
    if (publishedValue(shape, row, column) !== null) continue;
    const cls = layout.classOf[cell]!;
    const v = unknownIndex[cls]!;
    const value = known[cls] ?? 0;
    const audited: AuditedCell = {
      tableId: shape.id,
      row: row < shape.rowIds.length ? shape.rowIds[row]! : null,
      column: column < shape.columnIds.length ? shape.columnIds[column]! : null,
      min: v >= 0 ? minimum[v]! : value,
      max: v >= 0 ? maximum[v]! : value,
    };
    cells.push(audited);
    if (audited.min === audited.max || (v >= 0 && settled[v] === 0)) exposed.push(audited);
  }
  return { ok: exposed.length === 0, cells, exposed };
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
