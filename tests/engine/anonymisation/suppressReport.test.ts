import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditPublishedReport } from '../../../src/engine/anonymisation/auditSuppression';
import type { CountTable, PublishedReport, PublishedTable } from '../../../src/engine/anonymisation/countTable';
import { primarySuppression, suppressReport } from '../../../src/engine/anonymisation/suppressReport';
import { bruteForceIntervals } from './bruteForce';

function table(id: string, counts: number[][]): CountTable {
  return { id, rowIds: counts.map((_, r) => `r${r}`), columnIds: counts[0]!.map((_, c) => `c${c}`), counts };
}

/** Every published figure of a table, inner cells and totals. */
function publishedFigures(t: PublishedTable): (number | null)[] {
  return [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.grandTotal];
}

function hiddenCells(t: PublishedTable): string[] {
  const out: string[] = [];
  t.cells.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) out.push(`${r},${c}`);
    }),
  );
  t.rowTotals.forEach((v, r) => {
    if (v === null) out.push(`${r},T`);
  });
  t.columnTotals.forEach((v, c) => {
    if (v === null) out.push(`T,${c}`);
  });
  if (t.grandTotal === null) out.push('T,T');
  return out;
}

function expectSafe(report: PublishedReport, k: number): void {
  for (const t of report.tables) {
    for (const v of publishedFigures(t)) if (v !== null) expect(v).toBeGreaterThanOrEqual(k);
  }
  const audit = auditPublishedReport(report);
  expect(audit.exposed).toEqual([]);
  expect(audit.ok).toBe(true);
}

describe('suppressReport', () => {
  it('closes a rectangle around a single small cell', () => {
    const result = suppressReport(
      [
        table('t', [
          [2, 7, 9],
          [6, 8, 10],
          [5, 5, 6],
        ]),
      ],
      { k: 5 },
    );
    const t = result.report.tables[0]!;
    const hidden = hiddenCells(t);
    expect(hidden).toHaveLength(4);
    expect(hidden).toContain('0,0');
    // A second cell in its row, one in its column, and the fourth closing the rectangle.
    const rows = hidden.map((h) => h.split(',')[0]);
    const cols = hidden.map((h) => h.split(',')[1]);
    expect(rows.filter((r) => r === '0')).toHaveLength(2);
    expect(cols.filter((c) => c === '0')).toHaveLength(2);
    expect(new Set(rows).size).toBe(2);
    expect(new Set(cols).size).toBe(2);
    // Totals stay published.
    expect(
      t.rowTotals.every((v) => v !== null) && t.columnTotals.every((v) => v !== null) && t.grandTotal !== null,
    ).toBe(true);
    expectSafe(result.report, 5);
  });

  it('prefers the smallest cells to close the rectangle', () => {
    const result = suppressReport(
      [
        table('t', [
          [2, 40, 9],
          [30, 50, 60],
          [6, 45, 7],
        ]),
      ],
      { k: 5 },
    );
    expect(hiddenCells(result.report.tables[0]!).sort()).toEqual(['0,0', '0,2', '2,0', '2,2']);
  });

  it('suppresses nothing when no cell is below k', () => {
    const counts = [
      [5, 9, 12],
      [7, 5, 6],
    ];
    const result = suppressReport([table('t', counts)], { k: 5 });
    expect(hiddenCells(result.report.tables[0]!)).toEqual([]);
    expect(result.report.tables[0]!.cells).toEqual(counts);
    expect(result.report.tables[0]!.grandTotal).toBe(44);
  });

  it('suppresses totals below k and protects them', () => {
    // Row r2 has 3 people in all: its total and all its cells are below k.
    const result = suppressReport(
      [
        table('t', [
          [8, 9, 10],
          [7, 6, 12],
          [1, 2, 0],
        ]),
      ],
      { k: 5 },
    );
    const t = result.report.tables[0]!;
    expect(t.rowTotals[2]).toBeNull();
    expect(t.cells[2]).toEqual([null, null, null]);
    expectSafe(result.report, 5);
  });

  it('hides everything when the whole table is below k', () => {
    const result = suppressReport(
      [
        table('t', [
          [1, 0],
          [2, 1],
        ]),
      ],
      { k: 5 },
    );
    expect(publishedFigures(result.report.tables[0]!).every((v) => v === null)).toBe(true);
    expect(result.audit.ok).toBe(true);
  });

  it('treats 0 as a cell below k', () => {
    const result = suppressReport(
      [
        table('t', [
          [0, 9, 12],
          [7, 5, 6],
          [8, 8, 8],
        ]),
      ],
      { k: 5 },
    );
    expect(result.report.tables[0]!.cells[0]![0]).toBeNull();
    expectSafe(result.report, 5);
  });

  it('rejects k below 3 and malformed tables with typed errors', () => {
    const t = table('t', [
      [5, 6],
      [7, 8],
    ]);
    expect(() => suppressReport([t], { k: 2 })).toThrow(expect.objectContaining({ code: 'k-too-small' }));
    expect(() =>
      suppressReport([
        {
          ...t,
          counts: [
            [5, -1],
            [7, 8],
          ],
        },
      ]),
    ).toThrow(expect.objectContaining({ code: 'invalid-table' }));
    expect(() => suppressReport([{ ...t, counts: [[5], [7, 8]] }])).toThrow(
      expect.objectContaining({ code: 'invalid-table' }),
    );
    expect(() => suppressReport([t, t])).toThrow(expect.objectContaining({ code: 'duplicate-table-id' }));
    expect(() => suppressReport([t], { links: [{ kind: 'rowTotals', tableIds: ['t', 'u'] }] })).toThrow(
      expect.objectContaining({ code: 'unknown-linked-table' }),
    );
    const other = table('u', [
      [6, 6],
      [7, 8],
    ]);
    expect(() => suppressReport([t, other], { links: [{ kind: 'rowTotals', tableIds: ['t', 'u'] }] })).toThrow(
      expect.objectContaining({ code: 'linked-margins-differ' }),
    );
  });

  it('the audit catches primary suppression alone', () => {
    const report = primarySuppression(
      [
        table('t', [
          [2, 7, 9],
          [6, 8, 10],
          [5, 5, 6],
        ]),
      ],
      { k: 5 },
    );
    const audit = auditPublishedReport(report);
    expect(audit.ok).toBe(false);
    expect(audit.exposed).toEqual([{ tableId: 't', row: 'r0', column: 'c0', min: 2, max: 2 }]);
  });

  it('protects a cell hidden in one scenario against a scenario publishing its row', () => {
    // Same people by row in both scenarios; in b nothing is small.
    const a = table('a', [
      [2, 7, 9],
      [6, 8, 10],
      [5, 5, 6],
    ]);
    const b = table('b', [
      [6, 6, 6],
      [8, 8, 8],
      [5, 5, 6],
    ]);
    const links = [{ kind: 'rowTotals' as const, tableIds: ['a', 'b'] }];
    const result = suppressReport([a, b], { k: 5, links });
    expectSafe(result.report, 5);
    // Row totals are the same numbers: published in both or in neither.
    const [pa, pb] = result.report.tables;
    expect(pa!.rowTotals.map((v) => v === null)).toEqual(pb!.rowTotals.map((v) => v === null));
  });

  const randomTable = (id: string, rows: number, cols: number) =>
    fc
      .array(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      })
      .map((counts) => table(id, counts));

  it('publishes no cell below k and leaves no recoverable cell (one table)', () => {
    const arb = fc
      .record({
        rows: fc.integer({ min: 2, max: 6 }),
        cols: fc.integer({ min: 2, max: 6 }),
        k: fc.integer({ min: 3, max: 6 }),
      })
      .chain(({ rows, cols, k }) => fc.record({ t: randomTable('t', rows, cols), k: fc.constant(k) }));
    fc.assert(
      fc.property(arb, ({ t, k }) => {
        const result = suppressReport([t], { k });
        expectSafe(result.report, k);
      }),
      { numRuns: 120, seed: 1 },
    );
  });

  it('leaves every suppressed cell of small tables with two or more values, by brute force', () => {
    const arb = fc
      .record({ rows: fc.integer({ min: 2, max: 3 }), cols: fc.integer({ min: 2, max: 3 }) })
      .chain(({ rows, cols }) =>
        fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: cols, maxLength: cols }), {
          minLength: rows,
          maxLength: rows,
        }),
      );
    let checked = 0;
    fc.assert(
      fc.property(arb, (counts) => {
        const result = suppressReport([table('t', counts)], { k: 3 });
        const hidden = hiddenCells(result.report.tables[0]!).length;
        const grand = counts.flat().reduce((s, v) => s + v, 0);
        if (hidden === 0 || hidden > 5 || grand > 16) return;
        const intervals = bruteForceIntervals(result.report, grand + 1);
        expect(intervals.size).toBe(hidden);
        for (const interval of intervals.values()) expect(interval.max).toBeGreaterThan(interval.min);
        checked += 1;
      }),
      { numRuns: 150, seed: 5 },
    );
    expect(checked).toBeGreaterThan(20);
  });

  /** Scenario b: the same row totals as a, split over the columns by a random rule. */
  function reshuffle(a: CountTable, weights: number[][], id: string): CountTable {
    const counts = a.counts.map((row, r) => {
      const total = row.reduce((s, v) => s + v, 0);
      const w = weights[r]!;
      const sum = w.reduce((s, v) => s + v, 0) || 1;
      const out = w.map((x) => Math.floor((total * x) / sum));
      out[0]! += total - out.reduce((s, v) => s + v, 0);
      return out;
    });
    return { ...a, id, counts };
  }

  const linkedArb = (scenarios: number, maxSize: number) =>
    fc
      .record({
        rows: fc.integer({ min: 2, max: maxSize }),
        cols: fc.integer({ min: 2, max: maxSize }),
        k: fc.integer({ min: 3, max: 6 }),
      })
      .chain(({ rows, cols, k }) =>
        fc.record({
          a: randomTable('s0', rows, cols),
          weights: fc.array(
            fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: cols, maxLength: cols }), {
              minLength: rows,
              maxLength: rows,
            }),
            { minLength: scenarios - 1, maxLength: scenarios - 1 },
          ),
          k: fc.constant(k),
        }),
      );

  it('no recoverable cell across two linked scenarios with equal row totals (differencing)', () => {
    fc.assert(
      fc.property(linkedArb(2, 6), ({ a, weights, k }) => {
        const tables = [a, ...weights.map((w, i) => reshuffle(a, w, `s${i + 1}`))];
        const links = [{ kind: 'rowTotals' as const, tableIds: tables.map((t) => t.id) }];
        const result = suppressReport(tables, { k, links });
        expectSafe(result.report, k);
      }),
      { numRuns: 60, seed: 2 },
    );
  });

  it('no recoverable cell across three linked scenarios', () => {
    fc.assert(
      fc.property(linkedArb(3, 4), ({ a, weights, k }) => {
        const tables = [a, ...weights.map((w, i) => reshuffle(a, w, `s${i + 1}`))];
        const links = [{ kind: 'rowTotals' as const, tableIds: tables.map((t) => t.id) }];
        const result = suppressReport(tables, { k, links });
        expectSafe(result.report, k);
      }),
      { numRuns: 25, seed: 3 },
    );
  });

  it('stays safe on the audit-driven fallback alone (no move search)', () => {
    const arb = fc
      .record({
        rows: fc.integer({ min: 2, max: 4 }),
        cols: fc.integer({ min: 2, max: 4 }),
        k: fc.integer({ min: 3, max: 6 }),
      })
      .chain(({ rows, cols, k }) => fc.record({ t: randomTable('t', rows, cols), k: fc.constant(k) }));
    let fallbackRounds = 0;
    fc.assert(
      fc.property(arb, ({ t, k }) => {
        const result = suppressReport([t], { k, moveSearch: false });
        expectSafe(result.report, k);
        fallbackRounds += result.stats.auditRounds - 1;
      }),
      { numRuns: 40, seed: 6 },
    );
    expect(fallbackRounds).toBeGreaterThan(0);
  });

  it('protects a report of two table types over three scenarios with all their links', () => {
    // People have a fixed municipality and age band; the change band depends on the scenario.
    const arb = fc.record({
      people: fc.array(
        fc.record({
          municipality: fc.integer({ min: 0, max: 3 }),
          age: fc.integer({ min: 0, max: 2 }),
          bands: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
        }),
        { minLength: 5, maxLength: 60 },
      ),
      k: fc.integer({ min: 3, max: 5 }),
    });
    fc.assert(
      fc.property(arb, ({ people, k }) => {
        const tables: CountTable[] = [];
        const links: { kind: 'rowTotals' | 'columnTotals' | 'grandTotal'; tableIds: string[] }[] = [];
        for (let s = 0; s < 3; s++) {
          const make = (id: string, key: 'municipality' | 'age', rows: number): CountTable => ({
            id,
            rowIds: Array.from({ length: rows }, (_, r) => `g${r}`),
            columnIds: ['b0', 'b1', 'b2', 'b3'],
            counts: Array.from({ length: rows }, (_, r) =>
              [0, 1, 2, 3].map((b) => people.filter((p) => p[key] === r && p.bands[s] === b).length),
            ),
          });
          tables.push(make(`municipality-${s}`, 'municipality', 4), make(`age-${s}`, 'age', 3));
          links.push({ kind: 'columnTotals', tableIds: [`municipality-${s}`, `age-${s}`] });
        }
        links.push({ kind: 'rowTotals', tableIds: ['municipality-0', 'municipality-1', 'municipality-2'] });
        links.push({ kind: 'rowTotals', tableIds: ['age-0', 'age-1', 'age-2'] });
        links.push({ kind: 'grandTotal', tableIds: tables.map((t) => t.id) });
        const result = suppressReport(tables, { k, links });
        expectSafe(result.report, k);
      }),
      { numRuns: 30, seed: 8 },
    );
  });

  it('is deterministic', () => {
    const a = table('a', [
      [2, 7, 9, 0],
      [6, 8, 1, 10],
      [5, 5, 6, 3],
    ]);
    const b = reshuffle(
      a,
      [
        [1, 1, 1, 1],
        [0, 2, 1, 1],
        [3, 0, 0, 1],
      ],
      'b',
    );
    const links = [{ kind: 'rowTotals' as const, tableIds: ['a', 'b'] }];
    const first = suppressReport([a, b], { links });
    const second = suppressReport([a, b], { links });
    expect(second.report).toEqual(first.report);
    // Link order does not matter.
    const third = suppressReport([a, b], { links: [{ kind: 'rowTotals', tableIds: ['b', 'a'] }] });
    expect(third.report.tables).toEqual(first.report.tables);
  });
});
