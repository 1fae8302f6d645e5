/**
 * Child process of `assignment.bench.ts`: loads a batch of same-size matrices from a temp file,
 * runs our solver or one npm assignment package on every one of them and prints
 * `{"times": [ms per solve...], "solvesPerMeasurement": n, "rowToCol": [[...], ...]}` on stdout.
 * Usage: node --import tsx assignmentPeerWorker.ts <peer> <file> <warmups> <reps> <targetMs>
 * The protocol (`timeBatch`, the same as the parent's in-process timing): a round
 * solves every matrix of the batch once; warm up for at least `warmups` solves and 0.5 s of
 * CPU; then each of `reps` measurements runs as many whole rounds as take about `targetMs`
 * of CPU (at least one) and yields the CPU time per solve. A first round over 1 s is the only
 * measurement. The file holds Int32 rows, cols, maximise, count, then the Float64 values of
 * each matrix row by row.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import munkres from 'munkres';
import { linearSumAssignment } from 'linear-sum-assignment';
import { solveAssignment } from '../../src/engine/assignment/solveAssignment';
import { timeBatch } from './timeBatch';

type Solve = () => Int32Array;

const [peer = '', file = '', warmupsText = '0', repsText = '1', targetMsText = '0'] = process.argv.slice(2);
const buffer = readFileSync(file);
const header = new Int32Array(buffer.buffer, buffer.byteOffset, 4);
const rows = header[0]!;
const cols = header[1]!;
const maximise = header[2] === 1;
const count = header[3]!;
const matrices = Array.from({ length: count }, (_, k) => {
  const start = buffer.byteOffset + 16 + k * rows * cols * 8;
  return new Float64Array(buffer.buffer.slice(start, start + rows * cols * 8));
});
const grid = (values: Float64Array, sign: number): number[][] =>
  Array.from({ length: rows }, (_, i) => Array.from(values.subarray(i * cols, (i + 1) * cols), (x) => sign * x));

function fromPairs(pairs: ReadonlyArray<readonly [number, number]>): Int32Array {
  const rowToCol = new Int32Array(rows).fill(-1);
  for (const [i, j] of pairs) if (i < rows && j < cols) rowToCol[i] = j;
  return rowToCol;
}

/** One solve per matrix, its input already in the solver's own format (outside the timing). */
function solverFor(values: Float64Array): Solve {
  if (peer === 'ours') {
    // Our solver, measured exactly like the peers (fresh process, same warm-up).
    const problem = { rows, cols, values, maximise };
    return () => solveAssignment(problem).rowToCol;
  }
  if (peer === 'munkres') {
    // Minimises; rectangular input handled natively. Maximise by negating (outside the timing).
    const costs = grid(values, maximise ? -1 : 1);
    return () => fromPairs(munkres(costs));
  }
  if (peer === 'linear-sum-assignment') {
    // Has its own `maximaze` flag (default true!); rectangular handled by transposing inside.
    const matrix = grid(values, 1);
    return () => Int32Array.from(linearSumAssignment(matrix, { maximaze: maximise }).rowAssignments);
  }
  if (peer === 'munkres-js') {
    // CommonJS, minimises, pads rectangular matrices with 0 to square (a constant: harmless).
    const computeMunkres = createRequire(import.meta.url)('munkres-js') as (m: number[][]) => Array<[number, number]>;
    const costs = grid(values, maximise ? -1 : 1);
    return () => fromPairs(computeMunkres(costs));
  }
  throw new Error(`unknown peer ${peer}`);
}

const solves = matrices.map(solverFor);
const results: Int32Array[] = new Array<Int32Array>(count);
const timed = timeBatch(
  () => {
    for (let k = 0; k < count; k++) results[k] = solves[k]!();
  },
  count,
  Number(warmupsText),
  Number(repsText),
  Number(targetMsText),
);
process.stdout.write(
  JSON.stringify({
    times: timed.times,
    solvesPerMeasurement: timed.solvesPerMeasurement,
    rowToCol: results.map((r) => Array.from(r)),
  }),
);
