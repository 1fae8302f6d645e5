import { AnonymisationError } from './anonymisationError';
import type { PublishedReport, PublishedTable } from './countTable';
import { feasibleTableau, floorDiv, optimiseObjective, type Tableau } from './exactSimplex';
import { integerOptimum } from './integerOptimum';
import { buildLinkedLayout, cellIndex, cellPosition, type LinkedLayout } from './linkedLayout';
import type { CellRef, ReaderKnowledge } from './readerKnowledge';

/**
 * Everything a reader knows about a report, as one system of linear equations over the hidden
 * figures, and exact bounds of any integer linear expression of them (see docs/anonymisation.md).
 *
 * Unknowns are the classes of linked cells (cells the reader knows to be equal) that no table
 * publishes. Each unknown is shifted by its known lower bound L (y = x − L ≥ 0). Equations:
 * every table's rows and columns sum to their totals, plus the given relations
 * (Σ coefficient · cell = constant). Components of unknowns that share no equation are
 * independent; each gets one exact simplex tableau, warm-started between queries.
 */
export interface ReaderSystem {
  readonly layout: LinkedLayout;
  /** Published value of each class, or null. */
  readonly known: readonly (number | null)[];
  /** Unknown index of each class, −1 when published. */
  readonly unknownIndex: Int32Array;
  readonly unknownCount: number;
  /** Each equation of the reader, over global cell indexes (tables' own, then the relations). */
  readonly equations: readonly Equation[];
  /**
   * Exact integer bounds of Σ coefficient · x over unknowns (x the true, unshifted values);
   * `exact` false when branch and bound ran out of budget (the LP bound is returned then).
   */
  interval(terms: ReadonlyMap<number, number>): { min: number; max: number; exact: boolean };
  /** One side of `interval`. */
  bound(terms: ReadonlyMap<number, number>, sense: 'min' | 'max'): { value: number; exact: boolean };
}

export interface Equation {
  readonly cells: readonly number[];
  readonly coefficients: readonly number[];
  readonly constant: number;
  /** Where it comes from: a table's row or column, or relation i. */
  readonly source:
    { readonly kind: 'row' | 'column'; readonly table: number } | { readonly kind: 'relation'; readonly index: number };
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

/** The global cell index of a reference; throws on an unknown table, row or column. */
export function cellOf(layout: LinkedLayout, ref: CellRef): number {
  const t = layout.tables.findIndex((table) => table.id === ref.tableId);
  const shape = layout.tables[t];
  const r = shape === undefined ? -1 : ref.row === null ? shape.rowIds.length : shape.rowIds.indexOf(ref.row);
  const c =
    shape === undefined ? -1 : ref.column === null ? shape.columnIds.length : shape.columnIds.indexOf(ref.column);
  if (t < 0 || r < 0 || c < 0) throw new AnonymisationError('unknown-linked-table', { tableId: ref.tableId });
  return cellIndex(layout, t, r, c);
}

/** The reference of a global cell index. */
export function refOf(layout: LinkedLayout, cell: number): CellRef {
  const { table, row, column } = cellPosition(layout, cell);
  const shape = layout.tables[table]!;
  return {
    tableId: shape.id,
    row: row < shape.rowIds.length ? shape.rowIds[row]! : null,
    column: column < shape.columnIds.length ? shape.columnIds[column]! : null,
  };
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
      equations.push({
        cells,
        coefficients: cells.map((_, i) => (i === C ? -1 : 1)),
        constant: 0,
        source: { kind: 'row', table: t },
      });
    }
    for (let c = 0; c <= C; c++) {
      const cells: number[] = [];
      for (let r = 0; r < R; r++) cells.push(cellIndex(layout, t, r, c));
      cells.push(cellIndex(layout, t, R, c));
      equations.push({
        cells,
        coefficients: cells.map((_, i) => (i === R ? -1 : 1)),
        constant: 0,
        source: { kind: 'column', table: t },
      });
    }
  });
  return equations;
}

interface Reduced {
  readonly vars: number[];
  readonly coefs: number[];
  readonly rhs: number;
  readonly table: number;
}

export function buildReaderSystem(report: PublishedReport, knowledge: ReaderKnowledge = {}): ReaderSystem {
  report.tables.forEach(checkShape);
  const layout = buildLinkedLayout(report.tables, report.links);
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
  let unknownCount = 0;
  known.forEach((value, cls) => {
    if (value === null) unknownIndex[cls] = unknownCount++;
  });
  const lower = new Float64Array(unknownCount);
  for (const bound of knowledge.lowerBounds ?? []) {
    const cell = cellOf(layout, bound.cell);
    const v = unknownIndex[layout.classOf[cell]!]!;
    if (v >= 0) lower[v] = Math.max(lower[v]!, bound.atLeast);
    else if (known[layout.classOf[cell]!]! < bound.atLeast) {
      throw new AnonymisationError('inconsistent-published-table', { tableId: bound.cell.tableId });
    }
  }
  const equations: Equation[] = [
    ...tableEquations(layout),
    ...(knowledge.relations ?? []).map((relation, index) => ({
      cells: relation.terms.map((term) => cellOf(layout, term.cell)),
      coefficients: relation.terms.map((term) => term.coefficient),
      constant: relation.constant ?? 0,
      source: { kind: 'relation' as const, index },
    })),
  ];

  // Reduce each equation to its unknowns (shifted by their bounds): Σ a_v y_v = b.
  const reduced: Reduced[] = [];
  for (const equation of equations) {
    const coefByVar = new Map<number, number>();
    let rhs = equation.constant;
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
      if (rhs !== 0)
        throw new AnonymisationError('inconsistent-published-table', { tableId: report.tables[table]!.id });
      continue;
    }
    reduced.push({ vars, coefs: vars.map((v) => coefByVar.get(v)!), rhs, table });
  }

  // Connected components of the unknowns through shared equations.
  const parent = Int32Array.from({ length: unknownCount }, (_, i) => i);
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
  interface Component {
    readonly vars: number[];
    readonly local: Map<number, number>;
    readonly matrix: number[][];
    readonly rhs: number[];
    tableau: Tableau | null | undefined;
  }
  const componentOf = new Map<number, Component>();
  for (let v = 0; v < unknownCount; v++) {
    const root = find(v);
    let component = componentOf.get(root);
    if (!component) {
      component = { vars: [], local: new Map(), matrix: [], rhs: [], tableau: undefined };
      componentOf.set(root, component);
    }
    component.local.set(v, component.vars.length);
    component.vars.push(v);
  }
  const equationsOf = new Map<Component, Reduced[]>();
  for (const eq of reduced) {
    const component = componentOf.get(find(eq.vars[0]!))!;
    equationsOf.set(component, [...(equationsOf.get(component) ?? []), eq]);
  }
  for (const [component, list] of equationsOf) {
    for (const eq of list) {
      const dense = new Array<number>(component.vars.length).fill(0);
      eq.vars.forEach((v, j) => {
        dense[component.local.get(v)!] = eq.coefs[j]!;
      });
      component.matrix.push(dense);
      component.rhs.push(eq.rhs);
    }
  }
  const tableauOf = (component: Component): Tableau | null => {
    if (component.tableau === undefined) {
      component.tableau = component.matrix.length === 0 ? null : feasibleTableau(component.matrix, component.rhs);
      if (component.matrix.length > 0 && component.tableau === null) {
        throw new AnonymisationError('inconsistent-published-table', { tableId: report.tables[0]?.id ?? '' });
      }
    }
    return component.tableau;
  };

  const bound = (terms: ReadonlyMap<number, number>, sense: 'min' | 'max'): { value: number; exact: boolean } => {
    let value = 0;
    let exact = true;
    const byComponent = new Map<Component, Map<number, number>>();
    for (const [v, coefficient] of terms) {
      if (coefficient === 0) continue;
      value += coefficient * lower[v]!;
      const component = componentOf.get(find(v))!;
      const local = byComponent.get(component) ?? new Map<number, number>();
      local.set(component.local.get(v)!, coefficient);
      byComponent.set(component, local);
    }
    for (const [component, local] of byComponent) {
      const tableau = tableauOf(component);
      const objective = new Array<number>(component.vars.length).fill(0);
      for (const [i, c] of local) objective[i] = c;
      if (tableau === null) {
        // Unknowns in no equation: each only ≥ its bound.
        if (sense === 'max' && objective.some((c) => c > 0)) value = Infinity;
        if (sense === 'min' && objective.some((c) => c < 0)) value = -Infinity;
        continue;
      }
      const optimum = optimiseObjective(tableau, objective, sense);
      if (optimum.status === 'unbounded') {
        value = sense === 'max' ? Infinity : -Infinity;
        continue;
      }
      const { numerator, denominator } = optimum;
      let part = Number(sense === 'max' ? floorDiv(numerator, denominator) : -floorDiv(-numerator, denominator));
      if (!optimum.solutionIntegral) {
        const integer = integerOptimum(component.matrix, component.rhs, objective, sense, part);
        part = integer.value;
        if (!integer.exact) exact = false;
      }
      value += part;
    }
    return { value, exact };
  };
  const interval = (terms: ReadonlyMap<number, number>): { min: number; max: number; exact: boolean } => {
    const min = bound(terms, 'min');
    const max = bound(terms, 'max');
    return { min: min.value, max: max.value, exact: min.exact && max.exact };
  };

  return { layout, known, unknownIndex, unknownCount, equations, interval, bound };
}

/** The unknown index of a cell, or −1 when the reader sees its value. */
export function unknownOf(system: ReaderSystem, cell: number): number {
  return system.unknownIndex[system.layout.classOf[cell]!]!;
}
