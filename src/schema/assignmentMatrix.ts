import { z } from 'zod';

/**
 * A matrix file for `solve-assignment`: `values[row][col]`, `null` for a forbidden pair. zod
 * checks the envelope (`rows`, `cols`, `values` a list); the cells are checked by
 * `assignmentMatrixCells` in one pass over the parsed arrays, which also builds the typed
 * matrix: through zod, millions of cells cost more than solving (see docs/performance.md).
 */
export const assignmentMatrixSchema = z.object({
  rows: z.number().int().min(0),
  cols: z.number().int().min(0),
  values: z.array(z.unknown()),
});
export type AssignmentMatrixEnvelope = z.infer<typeof assignmentMatrixSchema>;

/** A problem with the cells: the path names the field (`values`, `values[i]`, `values[i][j]`). */
export interface AssignmentMatrixIssue {
  path: Array<string | number>;
  code: 'row-count' | 'row-length' | 'not-a-list' | 'not-a-cell';
  params: { actual?: number; expected?: number };
  value?: unknown;
}

export type AssignmentMatrixCells =
  { ok: true; values: Float64Array; allowed: Uint8Array | undefined } | { ok: false; issues: AssignmentMatrixIssue[] };

/**
 * The declared `rows` and `cols` must agree with the nested arrays (a mismatch is reported
 * on `values` or `values[i]`), and every cell is a finite number or null. Stops after
 * `maxIssues` problems.
 */
export function assignmentMatrixCells(matrix: AssignmentMatrixEnvelope, maxIssues = 20): AssignmentMatrixCells {
  const { rows, cols, values: rowsIn } = matrix;
  const issues: AssignmentMatrixIssue[] = [];
  if (rowsIn.length !== rows)
    issues.push({ path: ['values'], code: 'row-count', params: { actual: rowsIn.length, expected: rows } });
  const values = new Float64Array(issues.length > 0 ? 0 : rows * cols);
  let allowed: Uint8Array | undefined;
  for (let i = 0; i < rowsIn.length && issues.length < maxIssues; i++) {
    const row = rowsIn[i];
    if (!Array.isArray(row)) {
      issues.push({ path: ['values', i], code: 'not-a-list', params: {}, value: row });
      continue;
    }
    if (row.length !== cols) {
      issues.push({ path: ['values', i], code: 'row-length', params: { actual: row.length, expected: cols } });
      continue;
    }
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const cell: unknown = row[j];
      if (typeof cell === 'number' && cell - cell === 0) {
        if (issues.length === 0) values[base + j] = cell;
      } else if (cell === null) {
        if (issues.length === 0) (allowed ??= new Uint8Array(rows * cols).fill(1))[base + j] = 0;
      } else {
        issues.push({ path: ['values', i, j], code: 'not-a-cell', params: {}, value: cell });
        if (issues.length >= maxIssues) break;
      }
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, values, allowed };
}
