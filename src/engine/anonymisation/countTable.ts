import { z } from 'zod';
import { AnonymisationError } from './anonymisationError';

/**
 * A two-way table of head counts: `counts[row][column]` people, rows and columns labelled by ids.
 * Generic: nothing here knows what the rows or columns mean.
 */
export interface CountTable {
  readonly id: string;
  readonly rowIds: readonly string[];
  readonly columnIds: readonly string[];
  readonly counts: readonly (readonly number[])[];
}

const labelSchema = z.string().min(1);

export const countTableSchema = z
  .object({
    id: labelSchema,
    rowIds: z.array(labelSchema).min(1),
    columnIds: z.array(labelSchema).min(1),
    counts: z.array(z.array(z.number().int().min(0).max(1_000_000))),
  })
  .superRefine((table, ctx) => {
    if (new Set(table.rowIds).size !== table.rowIds.length) {
      ctx.addIssue({ code: 'custom', path: ['rowIds'], message: 'duplicate' });
    }
    if (new Set(table.columnIds).size !== table.columnIds.length) {
      ctx.addIssue({ code: 'custom', path: ['columnIds'], message: 'duplicate' });
    }
    if (table.counts.length !== table.rowIds.length) {
      ctx.addIssue({ code: 'custom', path: ['counts'], message: 'rows' });
    }
    table.counts.forEach((row, r) => {
      if (row.length !== table.columnIds.length) {
        ctx.addIssue({ code: 'custom', path: ['counts', r], message: 'columns' });
      }
    });
  });

/** Margins of a table; totals are cells too and are published under the same rule. */
export interface TableTotals {
  readonly rowTotals: Int32Array;
  readonly columnTotals: Int32Array;
  readonly grandTotal: number;
}

export function tableTotals(table: CountTable): TableTotals {
  const rowTotals = new Int32Array(table.rowIds.length);
  const columnTotals = new Int32Array(table.columnIds.length);
  let grandTotal = 0;
  table.counts.forEach((row, r) => {
    row.forEach((count, c) => {
      rowTotals[r] = (rowTotals[r] ?? 0) + count;
      columnTotals[c] = (columnTotals[c] ?? 0) + count;
      grandTotal += count;
    });
  });
  return { rowTotals, columnTotals, grandTotal };
}

/** Validates a table (shape, ids, non-negative integer counts) or throws a typed error. */
export function parseCountTable(input: unknown): CountTable {
  const parsed = countTableSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const id = typeof input === 'object' && input !== null && 'id' in input ? String(input.id) : '';
    throw new AnonymisationError('invalid-table', {
      tableId: id,
      path: issue ? issue.path.join('.') : '',
      reason: issue ? issue.message : '',
    });
  }
  return parsed.data;
}

/**
 * What the reader of a report sees of one table: every cell, row total, column total and the
 * grand total either as its count or as `null` (suppressed).
 */
export interface PublishedTable {
  readonly id: string;
  readonly rowIds: readonly string[];
  readonly columnIds: readonly string[];
  readonly cells: readonly (readonly (number | null)[])[];
  readonly rowTotals: readonly (number | null)[];
  readonly columnTotals: readonly (number | null)[];
  readonly grandTotal: number | null;
}

/**
 * Margins the reader knows to be equal across tables, label by label (e.g. the same table in
 * several scenarios: the people, hence the row totals by municipality of origin, are the same).
 * Equal row or column totals imply equal grand totals.
 */
export interface TableLink {
  readonly kind: 'rowTotals' | 'columnTotals' | 'grandTotal';
  readonly tableIds: readonly string[];
}

/** Tables as published together in one report, with what the reader knows links them. */
export interface PublishedReport {
  readonly tables: readonly PublishedTable[];
  readonly links: readonly TableLink[];
}
