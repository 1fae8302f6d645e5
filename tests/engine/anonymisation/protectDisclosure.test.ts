import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditDisclosure } from '../../../src/engine/anonymisation/auditDisclosure';
import type { CountTable, PublishedReport, TableLink } from '../../../src/engine/anonymisation/countTable';
import { protectDisclosure } from '../../../src/engine/anonymisation/protectDisclosure';
import { bruteForceExposures, type OracleBound, type OracleRelation } from './bruteForceDisclosure';

const table = (id: string, counts: number[][], columns?: string[]): CountTable => ({
  id,
  rowIds: counts.map((_, r) => `r${r}`),
  columnIds: columns ?? counts[0]!.map((_, c) => `c${c}`),
  counts,
});
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const toRelations = (relations: readonly OracleRelation[]) =>
  relations.map((r) => ({
    terms: r.terms.map(({ coefficient, ...cell }) => ({ cell, coefficient })),
    ...(r.constant === undefined ? {} : { constant: r.constant }),
  }));
const toBounds = (bounds: readonly OracleBound[]) => bounds.map(({ atLeast, ...cell }) => ({ cell, atLeast }));

describe('auditDisclosure', () => {
  it('finds a sum of hidden cells that a published total leaves small, though each cell alone has an interval', () => {
    // Row r0: 6 published of 9, so the two hidden cells hold 3 people together (k = 5).
    const report: PublishedReport = {
      tables: [
        {
          id: 't',
          rowIds: ['r0', 'r1'],
          columnIds: ['a', 'b', 'c'],
          cells: [
            [6, null, null],
            [7, null, null],
          ],
          rowTotals: [9, 20],
          columnTotals: [13, 8, 8],
          grandTotal: 29,
        },
      ],
      links: [],
    };
    const audit = auditDisclosure(report, {}, 5);
    expect(audit.ok).toBe(false);
    expect(audit.exposed).toContainEqual({
      cells: [
        { tableId: 't', row: 'r0', column: 'b' },
        { tableId: 't', row: 'r0', column: 'c' },
      ],
      min: 3,
      max: 3,
    });
  });

  it('treats a derivable 0 and a derivable group of at least k as safe', () => {
    const report: PublishedReport = {
      tables: [
        {
          id: 't',
          rowIds: ['r0', 'r1'],
          columnIds: ['a', 'b'],
          cells: [
            [6, null],
            [null, 7],
          ],
          rowTotals: [6, 14],
          columnTotals: [13, 7],
          grandTotal: 20,
        },
      ],
      links: [],
    };
    // r0.b is 0 and r1.a is 7: both pinned, neither a small group.
    expect(auditDisclosure(report, {}, 5).ok).toBe(true);
  });

  it('uses a public constant (the position plan) and a known lower bound (a row exists)', () => {
    const report: PublishedReport = {
      tables: [
        {
          id: 's',
          rowIds: ['m1', 'm2'],
          columnIds: ['placed', 'bench'],
          cells: [
            [null, null],
            [null, null],
          ],
          rowTotals: [null, null],
          columnTotals: [null, null],
          grandTotal: 12,
        },
      ],
      links: [],
    };
    expect(auditDisclosure(report, {}, 5).ok).toBe(true);
    // 10 positions, all filled: the bench is 2.
    const plan = { terms: [{ cell: { tableId: 's', row: null, column: 'placed' }, coefficient: 1 }], constant: 10 };
    const withPlan = auditDisclosure(report, { relations: [plan] }, 5);
    expect(withPlan.exposed).toContainEqual({ cells: [{ tableId: 's', row: null, column: 'bench' }], min: 2, max: 2 });
    // With the bench at 0 instead (12 positions), nothing small is derivable…
    const full = { ...plan, constant: 12 };
    expect(auditDisclosure(report, { relations: [full] }, 5).ok).toBe(true);
  });
});

describe('protectDisclosure input', () => {
  it('rejects k below 3 and malformed tables or links with typed errors', () => {
    const t = table('t', [
      [5, 6],
      [7, 8],
    ]);
    const code = (c: string) => expect.objectContaining({ code: c });
    expect(() => protectDisclosure({ tables: [t], k: 2 })).toThrow(code('k-too-small'));
    const negative = {
      ...t,
      counts: [
        [5, -1],
        [7, 8],
      ],
    };
    expect(() => protectDisclosure({ tables: [negative], k: 5 })).toThrow(code('invalid-table'));
    expect(() => protectDisclosure({ tables: [{ ...t, counts: [[5], [7, 8]] }], k: 5 })).toThrow(code('invalid-table'));
    expect(() => protectDisclosure({ tables: [t, t], k: 5 })).toThrow(code('duplicate-table-id'));
    expect(() =>
      protectDisclosure({ tables: [t], links: [{ kind: 'rowTotals', tableIds: ['t', 'u'] }], k: 5 }),
    ).toThrow(code('unknown-linked-table'));
    // Linked row totals that are not the same people.
    const other = table('u', [
      [5, 6],
      [7, 9],
    ]);
    expect(() =>
      protectDisclosure({ tables: [t, other], links: [{ kind: 'rowTotals', tableIds: ['t', 'u'] }], k: 5 }),
    ).toThrow(code('linked-margins-differ'));
  });
});

describe('protectDisclosure with linked tables', () => {
  it('is deterministic whatever the order of the links, and publishes a linked margin in every table or none', () => {
    // Two scenarios of the same people by row.
    const a = table('a', [
      [2, 7, 9, 0],
      [6, 8, 1, 10],
      [5, 5, 6, 3],
    ]);
    const b = table('b', [
      [6, 6, 6, 0],
      [8, 8, 8, 1],
      [5, 5, 6, 3],
    ]);
    const protect = (tableIds: string[]) =>
      protectDisclosure({ tables: [a, b], links: [{ kind: 'rowTotals', tableIds }], k: 5 });
    const first = protect(['a', 'b']);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(protect(['a', 'b'])).toEqual(first);
    const reversed = protect(['b', 'a']);
    expect(reversed.ok && reversed.report.tables).toEqual(first.report.tables);
    const [pa, pb] = first.report.tables;
    expect(pa!.rowTotals).toEqual(pb!.rowTotals);
    expect(pa!.grandTotal).toBe(pb!.grandTotal);
  });
});

describe('protectDisclosure against brute-force enumeration', () => {
  it('the oracle sees what primary suppression alone gives away, and the protection closes it', () => {
    const t = table('t', [
      [6, 2, 1],
      [7, 8, 9],
    ]);
    const primaryOnly: PublishedReport = {
      tables: [
        {
          id: 't',
          rowIds: ['r0', 'r1'],
          columnIds: ['c0', 'c1', 'c2'],
          cells: [
            [6, null, null],
            [7, 8, 9],
          ],
          rowTotals: [9, 24],
          columnTotals: [13, 10, 10],
          grandTotal: 33,
        },
      ],
      links: [],
    };
    expect(bruteForceExposures(primaryOnly, [], [], 5, 34).exposed.length).toBeGreaterThan(0);
    const result = protectDisclosure({ tables: [t], k: 5 });
    expect(result.ok).toBe(true);
    if (result.ok) expect(bruteForceExposures(result.report, [], [], 5, 34).exposed).toEqual([]);
  });

  it('an earlier release differenced with a report protected on its own can give a group away; jointly it cannot', () => {
    // The same table (one scenario, released twice): the earlier release published column c0,
    // a report protected on its own would publish column c2, and 15 − 6 − 7 = 2 follows.
    const counts = [
      [6, 2, 7],
      [5, 7, 8],
    ];
    const earlier: PublishedReport = {
      tables: [
        {
          id: 'a',
          rowIds: ['r0', 'r1'],
          columnIds: ['c0', 'c1', 'c2'],
          cells: [
            [6, null, null],
            [5, null, null],
          ],
          rowTotals: [15, 20],
          columnTotals: [11, 9, 15],
          grandTotal: 35,
        },
      ],
      links: [],
    };
    expect(bruteForceExposures(earlier, [], [], 5, 36).exposed).toEqual([]);
    const same: OracleRelation[] = [];
    for (const row of ['r0', 'r1', null]) {
      for (const column of ['c0', 'c1', 'c2', null])
        same.push({
          terms: [
            { tableId: 'a', row, column, coefficient: 1 },
            { tableId: 'b', row, column, coefficient: -1 },
          ],
        });
    }
    const alone = protectDisclosure({ tables: [table('b', counts)], k: 5 });
    const joint = protectDisclosure({
      tables: [table('b', counts)],
      fixed: earlier.tables,
      relations: toRelations(same),
      k: 5,
    });
    expect(alone.ok && joint.ok).toBe(true);
    if (!alone.ok || !joint.ok) return;
    const together = (report: PublishedReport): PublishedReport => ({
      tables: [...earlier.tables, ...report.tables],
      links: [],
    });
    expect(bruteForceExposures(together(alone.report), same, [], 5, 36).exposed.length).toBeGreaterThan(0);
    expect(bruteForceExposures(together(joint.report), same, [], 5, 36).exposed).toEqual([]);
  });

  const cells = (rows: number, cols: number) =>
    fc.array(fc.array(fc.nat(5), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

  it('one release: two tables of the same people, a relation, the position plan and row existence; nothing small is derivable', () => {
    fc.assert(
      fc.property(
        cells(2, 3),
        fc.array(fc.nat(5), { minLength: 2, maxLength: 2 }),
        fc.integer({ min: 3, max: 4 }),
        (status, split, k) => {
          // status: rows r0, r1 (people's municipality) × placed, bench, left; second: the placed split in two bands.
          const placed = status.map((row) => row[0]!);
          const low = placed.map((p, r) => Math.min(p, split[r]!));
          const bands = placed.map((p, r) => [low[r]!, p - low[r]!]);
          const a = table('status', status, ['placed', 'bench', 'left']);
          const b = table('bands', bands, ['low', 'high']);
          const relations: OracleRelation[] = [
            // The placed of each row are the row of the bands table.
            ...a.rowIds.map((row) => ({
              terms: [
                { tableId: 'status', row, column: 'placed', coefficient: 1 },
                { tableId: 'bands', row, column: null, coefficient: -1 },
              ],
            })),
            // The public position plan: this many positions, all filled.
            { terms: [{ tableId: 'status', row: null, column: 'placed', coefficient: 1 }], constant: sum(placed) },
          ];
          const bounds: OracleBound[] = a.rowIds
            .filter((_, r) => sum(status[r]!) > 0)
            .map((row) => ({ tableId: 'status', row, column: null, atLeast: 1 }));
          const result = protectDisclosure({
            tables: [a, b],
            relations: toRelations(relations),
            lowerBounds: toBounds(bounds),
            k,
          });
          // The enumeration bound must not tell the reader more than the report does: at least k above the total.
          const cap = sum(status.flat()) + k;
          if (!result.ok) {
            // Refused only when the public facts alone give a small group away.
            const plan = sum(placed);
            expect(plan >= 1 && plan <= k - 1).toBe(true);
            return;
          }
          const oracle = bruteForceExposures(result.report, relations, bounds, k, cap);
          expect(oracle.completions).toBeGreaterThan(0);
          expect(oracle.exposed).toEqual([]);
          for (const t of result.report.tables) {
            for (const v of [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.grandTotal])
              if (v !== null) expect(v).toBeGreaterThanOrEqual(k);
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it('with an earlier release in the register: the new report is protected jointly, and the two together expose nothing', () => {
    fc.assert(
      fc.property(cells(2, 2), cells(2, 2), fc.integer({ min: 3, max: 4 }), (first, secondSeed, k) => {
        // Both tables count the same people by row (row totals equal): the second splits them otherwise.
        const second = first.map((row, r) => {
          const total = sum(row);
          const x = Math.min(total, secondSeed[r]![0]!);
          return [x, total - x];
        });
        const earlier = protectDisclosure({ tables: [table('release-1', first)], k });
        if (!earlier.ok) return;
        const links: TableLink[] = [{ kind: 'rowTotals', tableIds: ['release-1', 'release-2'] }];
        const later = protectDisclosure({
          tables: [table('release-2', second)],
          fixed: earlier.report.tables,
          links,
          k,
        });
        if (!later.ok) return;
        const joint: PublishedReport = { tables: [...earlier.report.tables, ...later.report.tables], links };
        const oracle = bruteForceExposures(joint, [], [], k, sum(first.flat()) + 1);
        expect(oracle.exposed).toEqual([]);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
