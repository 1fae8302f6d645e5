/**
 * Test oracle: the feasible interval of every suppressed cell by enumerating all integer
 * completions of the published report (values 0..cap), checked against the table equations
 * and linked margins directly — no code shared with the reader's system (readerSystem.ts).
 */
import type { PublishedReport } from '../../../src/engine/anonymisation/countTable';

type Grid = (number | null)[][];

function extended(report: PublishedReport): Grid[] {
  return report.tables.map((t) => [
    ...t.cells.map((row, r) => [...row, t.rowTotals[r] ?? null]),
    [...t.columnTotals, t.grandTotal],
  ]);
}

export function bruteForceIntervals(report: PublishedReport, cap: number): Map<string, { min: number; max: number }> {
  const grids = extended(report);
  const unknowns: { t: number; r: number; c: number }[] = [];
  grids.forEach((g, t) =>
    g.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) unknowns.push({ t, r, c });
      }),
    ),
  );
  const values = grids.map((g) => g.map((row) => row.map((v) => v ?? 0)));
  const consistent = (): boolean => {
    for (const [t, g] of values.entries()) {
      const R = g.length - 1;
      const C = g[0]!.length - 1;
      for (let r = 0; r <= R; r++) {
        let s = 0;
        for (let c = 0; c < C; c++) s += g[r]![c]!;
        if (s !== g[r]![C]) return false;
      }
      for (let c = 0; c <= C; c++) {
        let s = 0;
        for (let r = 0; r < R; r++) s += g[r]![c]!;
        if (s !== g[R]![c]) return false;
      }
      void t;
    }
    for (const link of report.links) {
      const ts = link.tableIds.map((id) => report.tables.findIndex((x) => x.id === id));
      const first = ts[0]!;
      for (const t of ts.slice(1)) {
        const a = values[first]!;
        const b = values[t]!;
        if (a[a.length - 1]![a[0]!.length - 1] !== b[b.length - 1]![b[0]!.length - 1]) return false;
        if (link.kind === 'rowTotals') {
          const ra = report.tables[first]!.rowIds;
          const rb = report.tables[t]!.rowIds;
          for (const [i, id] of ra.entries()) {
            if (a[i]![a[0]!.length - 1] !== b[rb.indexOf(id)]![b[0]!.length - 1]) return false;
          }
        }
        if (link.kind === 'columnTotals') {
          const ca = report.tables[first]!.columnIds;
          const cb = report.tables[t]!.columnIds;
          for (const [j, id] of ca.entries()) {
            if (a[a.length - 1]![j] !== b[b.length - 1]![cb.indexOf(id)]) return false;
          }
        }
      }
    }
    return true;
  };
  const result = new Map<string, { min: number; max: number }>();
  const key = (u: { t: number; r: number; c: number }): string => `${u.t}:${u.r}:${u.c}`;
  const visit = (i: number): void => {
    if (i === unknowns.length) {
      if (!consistent()) return;
      for (const u of unknowns) {
        const v = values[u.t]![u.r]![u.c]!;
        const k = key(u);
        const prev = result.get(k);
        result.set(k, prev ? { min: Math.min(prev.min, v), max: Math.max(prev.max, v) } : { min: v, max: v });
      }
      return;
    }
    const u = unknowns[i]!;
    for (let v = 0; v <= cap; v++) {
      values[u.t]![u.r]![u.c] = v;
      visit(i + 1);
    }
  };
  visit(0);
  return result;
}

/** Key of an audited cell in the brute-force map. */
export function auditKey(
  report: PublishedReport,
  cell: { tableId: string; row: string | null; column: string | null },
): string {
  const t = report.tables.findIndex((x) => x.id === cell.tableId);
  const table = report.tables[t]!;
  const r = cell.row === null ? table.rowIds.length : table.rowIds.indexOf(cell.row);
  const c = cell.column === null ? table.columnIds.length : table.columnIds.indexOf(cell.column);
  return `${t}:${r}:${c}`;
}
