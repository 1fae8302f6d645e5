import { AnonymisationError, checkK } from './anonymisationError';
import { auditDisclosure, type DisclosedGroup } from './auditDisclosure';
import {
  parseCountTable,
  tableTotals,
  type CountTable,
  type PublishedReport,
  type PublishedTable,
  type TableLink,
} from './countTable';
import { buildLinkedLayout, cellIndex, cellPosition, publishedTable } from './linkedLayout';
import type { CellLowerBound, CellRelation } from './readerKnowledge';
import { buildReaderSystem, cellOf } from './readerSystem';

/** How many candidates the look-ahead tries for one exposed group. */
const LOOKAHEAD = 8;

export interface DisclosureProtectionRequest {
  readonly tables: readonly CountTable[];
  readonly fixed?: readonly PublishedTable[];
  /** Links over all tables, new and fixed. */
  readonly links?: readonly TableLink[];
  readonly relations?: readonly CellRelation[];
  readonly lowerBounds?: readonly CellLowerBound[];
  readonly k: number;
  /** Undo needless secondary suppressions (default true). */
  readonly prune?: boolean;
}

export type DisclosureProtection =
  | {
      readonly ok: true;
      /** The new tables as they may be published (links among them kept). */
      readonly report: PublishedReport;
      readonly stats: {
        readonly cells: number;
        readonly published: number;
        readonly primary: number;
        readonly secondary: number;
        readonly audits: number;
      };
    }
  | { readonly ok: false; readonly reason: 'exposed-without-new-figures'; readonly exposed: readonly DisclosedGroup[] };

/**
 * Cell suppression against what a reader knows (see docs/anonymisation.md).
 *
 * The new tables (true counts) are published jointly with `fixed` tables (earlier releases of
 * the same people, as they were published: they cannot change). Primary: every figure of the
 * new tables below k is hidden, 0 included. Then, while the audit (auditDisclosure.ts: every
 * hidden cell and every sum of hidden cells along a row, column or relation, with the links,
 * relations, public constants and known lower bounds) finds a group of 1 … k − 1 people, the
 * smallest published figure of the new tables sharing a row, column or relation with it is
 * hidden too. Hiding only adds unknowns, so the loop ends; when nothing of the new tables is
 * left to hide and a group is still exposed, the exposure comes from the earlier releases or
 * the public facts alone, and the report is refused. Inner cells are hidden before totals (a
 * total is shared by tables and scenarios and tells the most). Last, secondary suppressions
 * are undone one by one, totals first and then the largest, wherever the audit still passes.
 */
export function protectDisclosure(request: DisclosureProtectionRequest): DisclosureProtection {
  const { k } = request;
  checkK(k);
  const tables = request.tables.map(parseCountTable);
  const fixed = request.fixed ?? [];
  const links = request.links ?? [];
  const knowledge = { relations: request.relations ?? [], lowerBounds: request.lowerBounds ?? [] };
  const shapes = [...fixed, ...tables];
  const layout = buildLinkedLayout(shapes, links);
  const firstNew = fixed.length;
  const values = new Int32Array(layout.classCount).fill(-1);
  const isNew = new Uint8Array(layout.classCount);
  const publicClass = new Uint8Array(layout.classCount);
  fixed.forEach((table, t) => {
    const R = table.rowIds.length;
    const C = table.columnIds.length;
    for (let r = 0; r <= R; r++) {
      for (let c = 0; c <= C; c++) {
        const value =
          r < R && c < C
            ? table.cells[r]![c]
            : r < R
              ? table.rowTotals[r]
              : c < C
                ? table.columnTotals[c]
                : table.grandTotal;
        if (value !== null && value !== undefined) publicClass[layout.classOf[cellIndex(layout, t, r, c)]!] = 1;
      }
    }
  });
  tables.forEach((table, i) => {
    const t = firstNew + i;
    const totals = tableTotals(table);
    const R = table.rowIds.length;
    const C = table.columnIds.length;
    for (let r = 0; r <= R; r++) {
      for (let c = 0; c <= C; c++) {
        const value =
          r < R && c < C
            ? table.counts[r]![c]!
            : r < R
              ? totals.rowTotals[r]!
              : c < C
                ? totals.columnTotals[c]!
                : totals.grandTotal;
        const cls = layout.classOf[cellIndex(layout, t, r, c)]!;
        // Linked margins are the same people: two different counts are a caller's error.
        if (isNew[cls] && values[cls] !== value)
          throw new AnonymisationError('linked-margins-differ', {
            tableId: table.id,
            row: r < R ? table.rowIds[r]! : '',
            column: c < C ? table.columnIds[c]! : '',
          });
        values[cls] = value;
        isNew[cls] = 1;
      }
    }
  });

  const hidden = new Uint8Array(layout.classCount);
  let primary = 0;
  for (let cls = 0; cls < layout.classCount; cls++) {
    if (isNew[cls] === 1 && publicClass[cls] === 0 && values[cls]! < k) {
      hidden[cls] = 1;
      primary += 1;
    }
  }
  const isPrimary = hidden.slice();

  const compose = (): PublishedReport => ({
    tables: shapes.map((_, t): PublishedTable =>
      t < firstNew ? fixed[t]! : publishedTable(layout, t, values, hidden),
    ),
    links,
  });
  let audits = 0;
  const audit = () => {
    audits += 1;
    return auditDisclosure(compose(), knowledge, k);
  };

  // Cells that share an equation with a cell: its table's row and column, and its relations.
  const relationCells = knowledge.relations.map((relation) => relation.terms.map((term) => cellOf(layout, term.cell)));
  const partnersOf = (cell: number): number[] => {
    const { table, row, column } = cellPosition(layout, cell);
    const shape = layout.tables[table]!;
    const partners: number[] = [];
    for (let c = 0; c <= shape.columnIds.length; c++) partners.push(cellIndex(layout, table, row, c));
    for (let r = 0; r <= shape.rowIds.length; r++) partners.push(cellIndex(layout, table, r, column));
    const cls = layout.classOf[cell]!;
    for (const cells of relationCells)
      if (cells.some((other) => layout.classOf[other] === cls)) partners.push(...cells);
    return partners;
  };
  const hideable = (cls: number): boolean => isNew[cls] === 1 && publicClass[cls] === 0 && hidden[cls] === 0;
  // Totals tell the most (they are shared between tables and scenarios): hide inner cells first.
  const margin = new Uint8Array(layout.classCount);
  for (let cell = 0; cell < layout.cellCount; cell++) {
    const { table, row, column } = cellPosition(layout, cell);
    const shape = layout.tables[table]!;
    if (row === shape.rowIds.length || column === shape.columnIds.length) margin[layout.classOf[cell]!] = 1;
  }
  const before = (a: number, b: number): boolean =>
    margin[a]! !== margin[b]! ? margin[a]! < margin[b]! : values[a]! !== values[b]! ? values[a]! < values[b]! : a < b;
  const smallest = (candidates: Iterable<number>): number => {
    let best = -1;
    for (const cls of candidates) {
      if (!hideable(cls)) continue;
      if (best < 0 || before(cls, best)) best = cls;
    }
    return best;
  };

  /** Whether the group's interval, under the current hiding, is wider than when it was exposed. */
  const widens = (group: DisclosedGroup): boolean => {
    const system = buildReaderSystem(compose(), knowledge);
    const terms = new Map<number, number>();
    for (const ref of group.cells) {
      const v = system.unknownIndex[system.layout.classOf[cellOf(system.layout, ref)]!]!;
      if (v >= 0) terms.set(v, 1);
    }
    const interval = system.interval(terms);
    return interval.min < group.min || interval.max > group.max;
  };

  for (;;) {
    const result = audit();
    if (result.ok) break;
    let progress = false;
    for (const group of result.exposed) {
      const classes = new Set<number>();
      for (const ref of group.cells) {
        const cell = cellOf(layout, ref);
        for (const member of layout.classMembers[layout.classOf[cell]!]!) {
          for (const partner of partnersOf(member)) classes.add(layout.classOf[partner]!);
        }
      }
      // Look ahead: the first candidate (inner cells first, smallest first) whose hiding widens
      // the group's interval; hiding one that does not help only loses information.
      const candidates = [...classes].filter(hideable).sort((a, b) => (before(a, b) ? -1 : 1));
      let best = -1;
      for (const cls of candidates.slice(0, LOOKAHEAD)) {
        hidden[cls] = 1;
        if (widens(group)) {
          best = cls;
          break;
        }
        hidden[cls] = 0;
      }
      if (best < 0) best = candidates[0] ?? smallest(Array.from({ length: layout.classCount }, (_, cls) => cls));
      if (best < 0) continue;
      hidden[best] = 1;
      progress = true;
    }
    if (!progress) return { ok: false, reason: 'exposed-without-new-figures', exposed: result.exposed };
  }

  if (request.prune !== false) {
    const secondary = [...Array(layout.classCount).keys()]
      .filter((cls) => hidden[cls] === 1 && isPrimary[cls] === 0)
      .sort((a, b) => margin[b]! - margin[a]! || values[b]! - values[a]! || a - b);
    // Two passes: a figure restored late can let an earlier one be restored too.
    for (let pass = 0; pass < 2; pass++) {
      let restored = false;
      for (const cls of secondary) {
        if (hidden[cls] === 0) continue;
        hidden[cls] = 0;
        if (audit().ok) restored = true;
        else hidden[cls] = 1;
      }
      if (!restored) break;
    }
  }

  const composed = compose();
  const newIds = new Set(tables.map((t) => t.id));
  let published = 0;
  let secondaryCount = 0;
  let cells = 0;
  for (let cls = 0; cls < layout.classCount; cls++) {
    if (isNew[cls] === 0) continue;
    cells += 1;
    if (hidden[cls] === 0) published += 1;
    else if (isPrimary[cls] === 0) secondaryCount += 1;
  }
  return {
    ok: true,
    report: {
      tables: composed.tables.slice(firstNew),
      links: links.filter((link) => link.tableIds.every((id) => newIds.has(id))),
    },
    stats: { cells, published, primary, secondary: secondaryCount, audits },
  };
}
