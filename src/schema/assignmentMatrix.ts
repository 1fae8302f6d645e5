import { z } from 'zod';

/**
 * A matrix file for `solve-assignment`: `values[row][col]`, `null` for a forbidden pair. The
 * declared `rows` and `cols` must agree with the nested arrays; a mismatch is reported on
 * `values` (row count) or `values[i]` (row length) with the message `row-count` /
 * `row-length` and the numbers in `params`.
 */
export const assignmentMatrixSchema = z
  .object({
    rows: z.number().int().min(0),
    cols: z.number().int().min(0),
    values: z.array(z.array(z.number().nullable())),
  })
  .superRefine((matrix, ctx) => {
    if (matrix.values.length !== matrix.rows) {
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: 'row-count',
        params: { actual: matrix.values.length, expected: matrix.rows },
      });
    }
    matrix.values.forEach((row, i) => {
      if (row.length !== matrix.cols) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', i],
          message: 'row-length',
          params: { actual: row.length, expected: matrix.cols },
        });
      }
    });
  });
export type AssignmentMatrix = z.infer<typeof assignmentMatrixSchema>;
