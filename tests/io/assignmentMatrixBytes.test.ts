import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanAssignmentMatrix } from '../../src/io/assignmentMatrixBytes';
import { assignmentMatrixCells, assignmentMatrixSchema } from '../../src/schema/assignmentMatrix';

const bytes = (text: string) => new TextEncoder().encode(text);

/** The ordinary path: JSON.parse, zod for the envelope, the one-pass cell check. */
function ordinary(text: string) {
  const parsed = assignmentMatrixSchema.safeParse(JSON.parse(text));
  if (!parsed.success) return null;
  const cells = assignmentMatrixCells(parsed.data);
  return cells.ok
    ? { rows: parsed.data.rows, cols: parsed.data.cols, values: cells.values, allowed: cells.allowed }
    : null;
}

/** A number literal as a file may write it (JSON.stringify, fixed decimals, exponents, padding zeros). */
const literal = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => JSON.stringify(x)),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc
    .tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: 0, max: 8 }))
    .map(([n, d]) => (n / 10 ** d).toFixed(d)),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 20 })).map(([n, d]) => `0.${'0'.repeat(d)}${n}`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: -30, max: 30 })).map(([m, e]) => `${m}.5e${e}`),
  fc.constant('12345678901234567890.123'),
  fc.constant('-0'),
  fc.constant('null'),
);
const space = fc.constantFrom('', ' ', '\n', '\t', '\r\n  ');

describe('scanAssignmentMatrix', () => {
  it('reads exactly what JSON.parse and the cell check read, on any valid file', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc.array(literal, { minLength: 25, maxLength: 25 }),
        space,
        fc.constantFrom<Array<'rows' | 'cols' | 'values'>>(
          ['rows', 'cols', 'values'],
          ['values', 'cols', 'rows'],
          ['cols', 'values', 'rows'],
        ),
        (rows, cols, cells, ws, order) => {
          const values = Array.from(
            { length: rows },
            (_, i) =>
              `[${ws}${Array.from({ length: cols }, (_, j) => cells[(i * cols + j) % 25]).join(`${ws},${ws}`)}${ws}]`,
          );
          const field = { rows: String(rows), cols: String(cols), values: `[${ws}${values.join(`,${ws}`)}${ws}]` };
          const text = `${ws}{${order.map((key) => `${ws}"${key}"${ws}:${ws}${field[key]}`).join(',')}${ws}}${ws}`;
          const expected = ordinary(text);
          const scanned = scanAssignmentMatrix(bytes(text));
          if (expected === null) {
            expect(scanned).toBeNull();
            return;
          }
          expect(scanned).not.toBeNull();
          expect(scanned!.rows).toBe(expected.rows);
          expect(scanned!.cols).toBe(expected.cols);
          // Bit for bit, -0 included.
          expect(Array.from(scanned!.values, (x) => (Object.is(x, -0) ? '-0' : x))).toEqual(
            Array.from(expected.values, (x) => (Object.is(x, -0) ? '-0' : x)),
          );
          expect(scanned!.allowed).toEqual(expected.allowed);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves every other file to the ordinary path', () => {
    for (const text of [
      '',
      '[]',
      '\uFEFF{"rows":1,"cols":1,"values":[[1]]}',
      '{"rows":1,"cols":1,"values":[[1]],"note":"x"}',
      '{"rows":1,"cols":1,"values":[[1]],"rows":1}',
      '{"rows":1,"cols":1}',
      '{"rows":2,"cols":1,"values":[[1]]}',
      '{"rows":1,"cols":2,"values":[[1]]}',
      '{"rows":1,"cols":1,"values":[[1,2]]}',
      '{"rows":1,"cols":1,"values":[["1"]]}',
      '{"rows":1,"cols":1,"values":[[01]]}',
      '{"rows":1,"cols":1,"values":[[1.]]}',
      '{"rows":1,"cols":1,"values":[[.5]]}',
      '{"rows":1,"cols":1,"values":[[+1]]}',
      '{"rows":1,"cols":1,"values":[[1e400]]}',
      '{"rows":1,"cols":1,"values":[[nul]]}',
      '{"rows":1,"cols":1,"values":[[1]]',
      '{"rows":1,"cols":1,"values":[[1]]} x',
      '{"rows":1.5,"cols":1,"values":[[1]]}',
      '{"rows":1.0,"cols":1,"values":[[1]]}',
      '{"rows":1e0,"cols":1,"values":[[1]]}',
      '{"rows":01,"cols":1,"values":[[1]]}',
      '{"rows":-0,"cols":1,"values":[]}',
      '{"rows":-1,"cols":1,"values":[]}',
      '{"rows":1,"cols":1,"values":[[1],]}',
      '{"rows":1,"cols":1,"values":[[1,]]}',
      '{"values":[[1,{}]],"rows":1,"cols":2}',
    ])
      expect(scanAssignmentMatrix(bytes(text)), text).toBeNull();
  });

  it('reads forbidden pairs and an empty matrix', () => {
    const scanned = scanAssignmentMatrix(bytes('{"rows":2,"cols":2,"values":[[1,null],[null,-2.5]]}'));
    expect(Array.from(scanned!.values)).toEqual([1, 0, 0, -2.5]);
    expect(Array.from(scanned!.allowed!)).toEqual([1, 0, 0, 1]);
    const empty = scanAssignmentMatrix(bytes('{"rows":0,"cols":3,"values":[]}'));
    expect(empty).toEqual({ rows: 0, cols: 3, values: new Float64Array(0), allowed: undefined });
  });
});
