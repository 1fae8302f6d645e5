/**
 * Child process of `assignment.bench.ts`: loads one matrix from a temp file, runs our solver
 * or one npm assignment package on it and prints `{"times": [ms...], "rowToCol": [...]}` on stdout.
 * Usage: node --import tsx assignmentPeerWorker.ts <peer> <file> <warmups> <reps> <inner>
 * Times are CPU milliseconds per solve; a first run over 1 s is the only run.
 * The file holds Int32 rows, cols, maximise, then the Float64 values row by row.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import munkres from 'munkres';
import { linearSumAssignment } from 'linear-sum-assignment';
import { solveAssignment } from '../../src/engine/assignment/solveAssignment';

type Solve = () => Int32Array;

const [peer = '', file = '', warmupsText = '0', repsText = '1', innerText = '1'] = process.argv.slice(2);
const buffer = readFileSync(file);
const header = new Int32Array(buffer.buffer, buffer.byteOffset, 3);
const rows = header[0]!;
const cols = header[1]!;
const maximise = header[2] === 1;
const values = new Float64Array(buffer.buffer.slice(buffer.byteOffset + 16, buffer.byteOffset + 16 + rows * cols * 8));
const grid = (sign: number): number[][] =>
  Array.from({ length: rows }, (_, i) => Array.from(values.subarray(i * cols, (i + 1) * cols), (x) => sign * x));

function fromPairs(pairs: ReadonlyArray<readonly [number, number]>): Int32Array {
  const rowToCol = new Int32Array(rows).fill(-1);
  for (const [i, j] of pairs) if (i < rows && j < cols) rowToCol[i] = j;
  return rowToCol;
}

let solve: Solve;
if (peer === 'ours') {
  // Our solver, measured exactly like the peers (fresh process, same warm-up).
  const problem = { rows, cols, values, maximise };
  solve = () => solveAssignment(problem).rowToCol;
} else if (peer === 'munkres') {
  // Minimises; rectangular input handled natively. Maximise by negating (outside the timing).
  const costs = grid(maximise ? -1 : 1);
  solve = () => fromPairs(munkres(costs));
} else if (peer === 'linear-sum-assignment') {
  // Has its own `maximaze` flag (default true!); rectangular handled by transposing inside.
  const matrix = grid(1);
  solve = () => Int32Array.from(linearSumAssignment(matrix, { maximaze: maximise }).rowAssignments);
} else if (peer === 'munkres-js') {
  // CommonJS, minimises, pads rectangular matrices with 0 to square (a constant: harmless).
  const computeMunkres = createRequire(import.meta.url)('munkres-js') as (m: number[][]) => Array<[number, number]>;
  const costs = grid(maximise ? -1 : 1);
  solve = () => fromPairs(computeMunkres(costs));
} else {
  throw new Error(`unknown peer ${peer}`);
}

// CPU time of this process (user + system, ms): on a shared machine it is far less disturbed
// by other processes than wall time. The parent measures its own solver the same way.
const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const times: number[] = [];
let t0 = cpuMs();
let rowToCol = solve();
const cold = cpuMs() - t0;
if (cold > 1000) {
  times.push(cold); // slow peer: one run is the measurement
} else {
  // Warm up until the JIT has settled: at least the given count and 0.5 s of CPU.
  const warmStart = cpuMs();
  for (let w = 0; w < Number(warmupsText) || cpuMs() - warmStart < 500; w++) solve();
  const inner = Number(innerText);
  for (let r = 0; r < Number(repsText); r++) {
    globalThis.gc?.();
    t0 = cpuMs();
    for (let k = 0; k < inner; k++) rowToCol = solve();
    times.push((cpuMs() - t0) / inner);
  }
}
process.stdout.write(JSON.stringify({ times, rowToCol: Array.from(rowToCol) }));
