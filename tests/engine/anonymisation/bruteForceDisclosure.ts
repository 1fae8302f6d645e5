/**
 * Test oracle for the audit against what a reader knows: enumerates every integer completion
 * (0..cap) of the published tables consistent with the tables' sums, the links, the relations
 * (with their constants) and the lower bounds, and reports each hidden cell and each sum of
 * hidden cells along a row, a column or a relation side whose size the reader can bound within
 * 1 … k − 1. Shares no code with the engine's audit.
 */
import type { PublishedReport } from '../../../src/engine/anonymisation/countTable';

export interface OracleRelation {
  readonly terms: readonly {
    readonly tableId: string;
    readonly row: string | null;
    readonly column: string | null;
    readonly coefficient: number;
  }[];
  readonly constant?: number;
}
export interface OracleBound {
  readonly tableId: string;
  readonly row: string | null;
  readonly column: string | null;
  readonly atLeast: number;
}

interface Constraint {
  readonly vars: number[];
  readonly coefs: number[];
  readonly constant: number;
}

export function bruteForceExposures(
  report: PublishedReport,
  relations: readonly OracleRelation[],
  bounds: readonly OracleBound[],
  k: number,
  cap: number,
): { exposed: { cells: string[]; min: number; max: number }[]; completions: number } {
  // One variable per extended cell of every table.
  const index = new Map<string, number>();
  const names: string[] = [];
  const fixedValue: (number | null)[] = [];
  const keyOf = (tableId: string, row: string | null, column: string | null) =>
    `${tableId}|${row ?? '*'}|${column ?? '*'}`;
  for (const t of report.tables) {
    const rows: (string | null)[] = [...t.rowIds, null];
    const cols: (string | null)[] = [...t.columnIds, null];
    rows.forEach((row, r) =>
      cols.forEach((column, c) => {
        const value =
          row !== null && column !== null
            ? t.cells[r]![c]!
            : row !== null
              ? t.rowTotals[r]!
              : column !== null
                ? t.columnTotals[c]!
                : t.grandTotal;
        index.set(keyOf(t.id, row, column), names.length);
        names.push(keyOf(t.id, row, column));
        fixedValue.push(value);
      }),
    );
  }
  const constraints: Constraint[] = [];
  const groups: number[][] = [];
  const hiddenOf = (vars: number[]) => vars.filter((v) => fixedValue[v] === null);
  for (const t of report.tables) {
    for (const row of [...t.rowIds, null]) {
      const parts = t.columnIds.map((column) => index.get(keyOf(t.id, row, column))!);
      const total = index.get(keyOf(t.id, row, null))!;
      constraints.push({ vars: [...parts, total], coefs: [...parts.map(() => 1), -1], constant: 0 });
      groups.push(hiddenOf(parts));
    }
    for (const column of [...t.columnIds, null]) {
      const parts = t.rowIds.map((row) => index.get(keyOf(t.id, row, column))!);
      const total = index.get(keyOf(t.id, null, column))!;
      constraints.push({ vars: [...parts, total], coefs: [...parts.map(() => 1), -1], constant: 0 });
      groups.push(hiddenOf(parts));
    }
  }
  for (const link of report.links) {
    const tables = link.tableIds.map((id) => report.tables.find((t) => t.id === id)!);
    const first = tables[0]!;
    for (const other of tables.slice(1)) {
      const pairs: [string, string][] = [[keyOf(first.id, null, null), keyOf(other.id, null, null)]];
      if (link.kind === 'rowTotals')
        for (const row of first.rowIds) pairs.push([keyOf(first.id, row, null), keyOf(other.id, row, null)]);
      if (link.kind === 'columnTotals')
        for (const column of first.columnIds)
          pairs.push([keyOf(first.id, null, column), keyOf(other.id, null, column)]);
      for (const [a, b] of pairs)
        constraints.push({ vars: [index.get(a)!, index.get(b)!], coefs: [1, -1], constant: 0 });
    }
  }
  for (const relation of relations) {
    const vars = relation.terms.map((term) => index.get(keyOf(term.tableId, term.row, term.column))!);
    constraints.push({ vars, coefs: relation.terms.map((term) => term.coefficient), constant: relation.constant ?? 0 });
    for (const sign of [1, -1]) groups.push(hiddenOf(vars.filter((_, i) => relation.terms[i]!.coefficient === sign)));
  }
  const lower = fixedValue.map(() => 0);
  for (const bound of bounds) {
    const v = index.get(keyOf(bound.tableId, bound.row, bound.column))!;
    lower[v] = Math.max(lower[v]!, bound.atLeast);
  }
  for (let v = 0; v < names.length; v++) if (fixedValue[v] === null) groups.push([v]);

  const value = fixedValue.map((v) => v ?? -1);
  const unknowns = names.map((_, v) => v).filter((v) => fixedValue[v] === null);
  const feasible = (): boolean => {
    for (const c of constraints) {
      let sum = 0;
      let lo = 0;
      let hi = 0;
      c.vars.forEach((v, i) => {
        const a = c.coefs[i]!;
        if (value[v]! >= 0) sum += a * value[v]!;
        else if (a > 0) {
          lo += a * lower[v]!;
          hi += a * cap;
        } else {
          lo += a * cap;
          hi += a * lower[v]!;
        }
      });
      if (sum + lo > c.constant || sum + hi < c.constant) return false;
    }
    return true;
  };
  const seen = new Map<string, { min: number; max: number }>();
  const groupKeys = groups.filter((g) => g.length > 0).map((g) => [...new Set(g)].sort((a, b) => a - b));
  let completions = 0;
  const visit = (i: number): void => {
    if (!feasible()) return;
    if (i === unknowns.length) {
      completions += 1;
      for (const g of groupKeys) {
        const key = g.join(',');
        const s = g.reduce((acc, v) => acc + value[v]!, 0);
        const prev = seen.get(key);
        seen.set(key, prev ? { min: Math.min(prev.min, s), max: Math.max(prev.max, s) } : { min: s, max: s });
      }
      return;
    }
    const v = unknowns[i]!;
    for (let x = lower[v]!; x <= cap; x++) {
      value[v] = x;
      visit(i + 1);
    }
    value[v] = -1;
  };
  visit(0);
  const exposed: { cells: string[]; min: number; max: number }[] = [];
  for (const [key, { min, max }] of seen) {
    if (min >= 1 && max <= k - 1) exposed.push({ cells: key.split(',').map((v) => names[Number(v)]!), min, max });
  }
  return { exposed, completions };
}
