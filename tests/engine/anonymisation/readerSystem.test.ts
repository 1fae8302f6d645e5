import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CountTable, PublishedReport, PublishedTable } from '../../../src/engine/anonymisation/countTable';
import { tableTotals } from '../../../src/engine/anonymisation/countTable';
import type { CellRef } from '../../../src/engine/anonymisation/readerKnowledge';
import { buildReaderSystem, cellOf, unknownOf } from '../../../src/engine/anonymisation/readerSystem';
import { auditKey, bruteForceIntervals } from './bruteForce';

/** Publishes a table with the given extended cells (r, c; R/C = totals) suppressed. */
function publish(table: CountTable, hidden: ReadonlySet<string>): PublishedTable {
  const totals = tableTotals(table);
  const R = table.rowIds.length;
  const C = table.columnIds.length;
  const show = (r: number, c: number, v: number): number | null => (hidden.has(`${r},${c}`) ? null : v);
  return {
    id: table.id,
    rowIds: table.rowIds,
    columnIds: table.columnIds,
    cells: table.counts.map((row, r) => row.map((v, c) => show(r, c, v))),
    rowTotals: [...totals.rowTotals].map((v, r) => show(r, C, v)),
    columnTotals: [...totals.columnTotals].map((v, c) => show(R, c, v)),
    grandTotal: show(R, C, totals.grandTotal),
  };
}

function table(id: string, counts: number[][]): CountTable {
  return {
    id,
    rowIds: counts.map((_, r) => `r${r}`),
    columnIds: counts[0]!.map((_, c) => `c${c}`),
    counts,
  };
}

interface HiddenInterval extends CellRef {
  readonly min: number;
  /** `Infinity` when nothing the reader knows bounds the figure from above. */
  readonly max: number;
  readonly exact: boolean;
}

/**
 * Every figure hidden in its own table with the interval of values the reader cannot rule out
 * (`interval` of the reader's system; a linked copy published elsewhere gives it away).
 */
function hiddenIntervals(report: PublishedReport): HiddenInterval[] {
  const system = buildReaderSystem(report);
  const intervals: HiddenInterval[] = [];
  for (const t of report.tables) {
    const R = t.rowIds.length;
    const C = t.columnIds.length;
    for (let r = 0; r <= R; r++) {
      for (let c = 0; c <= C; c++) {
        const own = r < R && c < C ? t.cells[r]![c] : r < R ? t.rowTotals[r] : c < C ? t.columnTotals[c] : t.grandTotal;
        if (own !== null) continue;
        const ref: CellRef = {
          tableId: t.id,
          row: r < R ? t.rowIds[r]! : null,
          column: c < C ? t.columnIds[c]! : null,
        };
        const cell = cellOf(system.layout, ref);
        const v = unknownOf(system, cell);
        const known = system.known[system.layout.classOf[cell]!] ?? null;
        const interval = v >= 0 ? system.interval(new Map([[v, 1]])) : { min: known!, max: known!, exact: true };
        intervals.push({ ...ref, ...interval });
      }
    }
  }
  return intervals;
}

/** The hidden figures the reader can work out exactly. */
const pinned = (intervals: readonly HiddenInterval[]) =>
  intervals
    .filter((c) => c.min === c.max)
    .map(({ tableId, row, column, min, max }) => ({ tableId, row, column, min, max }));

function expectMatchesBruteForce(report: PublishedReport, cap: number): void {
  const intervals = hiddenIntervals(report);
  const brute = bruteForceIntervals(report, cap);
  // A larger cap shows which maxima only the cap limits (unbounded for the reader).
  const wider = bruteForceIntervals(report, cap + 2);
  expect(intervals.length).toBe(brute.size);
  for (const cell of intervals) {
    const key = auditKey(report, cell);
    const expected = brute.get(key);
    expect(expected, JSON.stringify(cell)).toBeDefined();
    expect(cell.min).toBe(expected!.min);
    if (wider.get(key)!.max === expected!.max) expect(cell.max).toBe(expected!.max);
    else expect(cell.max).toBe(Infinity);
    expect(cell.exact).toBe(true);
  }
}

describe('buildReaderSystem: the interval of each hidden figure', () => {
  it('finds a lone suppressed cell exactly from its row total', () => {
    const t = table('t', [
      [2, 7, 9],
      [6, 8, 10],
      [5, 5, 6],
    ]);
    const intervals = hiddenIntervals({ tables: [publish(t, new Set(['0,0']))], links: [] });
    expect(pinned(intervals)).toEqual([{ tableId: 't', row: 'r0', column: 'c0', min: 2, max: 2 }]);
  });

  it('gives a rectangle of suppressed cells a real interval', () => {
    const t = table('t', [
      [2, 7, 9],
      [6, 8, 10],
      [5, 5, 6],
    ]);
    const intervals = hiddenIntervals({ tables: [publish(t, new Set(['0,0', '0,1', '1,0', '1,1']))], links: [] });
    expect(pinned(intervals)).toEqual([]);
    const cell = intervals.find((c) => c.row === 'r0' && c.column === 'c0')!;
    // x00 + x01 = 9, x00 + x10 = 8, x10 + x11 = 14, all ≥ 0: x00 ∈ [0, 8].
    expect([cell.min, cell.max]).toEqual([0, 8]);
  });

  it('sees through differencing of two scenarios with equal row totals', () => {
    // Scenario a hides column 0 and its row totals: alone, x00 ranges over [0, 8].
    const a = table('a', [
      [2, 7],
      [6, 8],
    ]);
    const hideA = new Set(['0,0', '1,0', '0,2', '1,2']);
    const alone = hiddenIntervals({ tables: [publish(a, hideA)], links: [] });
    expect(pinned(alone)).toEqual([]);
    expect(alone.find((c) => c.row === 'r0' && c.column === 'c0')).toMatchObject({ min: 0, max: 8 });
    // Scenario b has the same people per row and publishes everything: its row totals give a's away.
    const b = table('b', [
      [4, 5],
      [3, 11],
    ]);
    const linked = pinned(
      hiddenIntervals({
        tables: [publish(a, hideA), publish(b, new Set())],
        links: [{ kind: 'rowTotals', tableIds: ['a', 'b'] }],
      }),
    );
    expect(linked).toContainEqual({ tableId: 'a', row: 'r0', column: 'c0', min: 2, max: 2 });
    expect(linked).toContainEqual({ tableId: 'a', row: 'r0', column: null, min: 9, max: 9 });
  });

  it('reports an unbounded maximum as Infinity when the grand total is hidden everywhere', () => {
    const t = table('t', [
      [3, 4],
      [5, 6],
    ]);
    const all = new Set(['0,0', '0,1', '0,2', '1,0', '1,1', '1,2', '2,0', '2,1', '2,2']);
    const intervals = hiddenIntervals({ tables: [publish(t, all)], links: [] });
    expect(intervals).toHaveLength(9);
    expect(intervals.every((c) => c.min === 0 && c.max === Infinity)).toBe(true);
  });

  it('rejects published figures that do not add up', () => {
    const t = publish(
      table('t', [
        [3, 4],
        [5, 6],
      ]),
      new Set(),
    );
    const broken: PublishedTable = { ...t, grandTotal: 19 };
    expect(() => buildReaderSystem({ tables: [broken], links: [] })).toThrow(/inconsistent-published-table/);
  });

  const smallTable = fc
    .record({ rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 1, max: 3 }) })
    .chain(({ rows, cols }) =>
      fc.record({
        counts: fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }), {
          minLength: rows,
          maxLength: rows,
        }),
        hidden: fc.uniqueArray(
          fc.record({ r: fc.integer({ min: 0, max: rows }), c: fc.integer({ min: 0, max: cols }) }),
          { minLength: 1, maxLength: 4, selector: (p) => `${p.r},${p.c}` },
        ),
      }),
    );

  it('matches brute-force enumeration on one small table', () => {
    fc.assert(
      fc.property(smallTable, ({ counts, hidden }) => {
        const t = table('t', counts);
        const hiddenSet = new Set(hidden.map((p) => `${p.r},${p.c}`));
        const grand = tableTotals(t).grandTotal;
        expectMatchesBruteForce({ tables: [publish(t, hiddenSet)], links: [] }, Math.max(grand, 3) + 2);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('matches brute-force enumeration on two linked scenarios', () => {
    const pair = fc.record({
      a: fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 2 }), {
        minLength: 2,
        maxLength: 2,
      }),
      split: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 2 }),
      hiddenA: fc.uniqueArray(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 3 }),
      hiddenB: fc.uniqueArray(fc.integer({ min: 0, max: 8 }), { minLength: 0, maxLength: 2 }),
      kind: fc.constantFrom<'rowTotals' | 'grandTotal' | 'both'>('rowTotals', 'grandTotal', 'both'),
    });
    fc.assert(
      fc.property(pair, ({ a, split, hiddenA, hiddenB, kind }) => {
        // Scenario b: the same row totals, split differently over the columns; for 'both', the
        // same row and column totals (a rectangle move of a).
        const d = Math.min(split[0]!, a[0]![1]!, a[1]![0]!);
        const b =
          kind === 'both'
            ? [
                [a[0]![0]! + d, a[0]![1]! - d],
                [a[1]![0]! - d, a[1]![1]! + d],
              ]
            : a.map((row, r) => {
                const total = row[0]! + row[1]!;
                const first = Math.min(split[r]!, total);
                return [first, total - first];
              });
        const ta = table('a', a);
        const tb = table('b', b);
        const toSet = (cells: number[]): Set<string> => new Set(cells.map((i) => `${Math.floor(i / 3)},${i % 3}`));
        const report: PublishedReport = {
          tables: [publish(ta, toSet(hiddenA)), publish(tb, toSet(hiddenB))],
          links:
            kind === 'both'
              ? [
                  { kind: 'rowTotals', tableIds: ['a', 'b'] },
                  { kind: 'columnTotals', tableIds: ['a', 'b'] },
                ]
              : [{ kind, tableIds: ['a', 'b'] }],
        };
        expectMatchesBruteForce(report, tableTotals(ta).grandTotal + 2);
      }),
      { numRuns: 180, seed: 11 },
    );
  });

  it('matches brute force on three linked scenarios (where fractional LP vertices can occur)', () => {
    const triple = fc.record({
      a: fc.array(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 2, maxLength: 2 }), {
        minLength: 2,
        maxLength: 2,
      }),
      splits: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 }),
      hidden: fc.uniqueArray(fc.integer({ min: 0, max: 26 }), { minLength: 2, maxLength: 5 }),
    });
    fc.assert(
      fc.property(triple, ({ a, splits, hidden }) => {
        const derive = (offset: number): number[][] =>
          a.map((row, r) => {
            const total = row[0]! + row[1]!;
            const first = Math.min(splits[offset + r]!, total);
            return [first, total - first];
          });
        const tables = [table('a', a), table('b', derive(0)), table('c', derive(2))];
        const published = tables.map((t, i) =>
          publish(
            t,
            new Set(hidden.filter((h) => Math.floor(h / 9) === i).map((h) => `${Math.floor((h % 9) / 3)},${h % 3}`)),
          ),
        );
        const report: PublishedReport = {
          tables: published,
          links: [{ kind: 'rowTotals', tableIds: ['a', 'b', 'c'] }],
        };
        expectMatchesBruteForce(report, tableTotals(tables[0]!).grandTotal + 1);
      }),
      { numRuns: 100, seed: 13 },
    );
  });
});
