import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { readDataFolder } from './src/io/readDataFolder';
import { validateDataset } from './src/schema/validateDataset';
import { createTravelModel } from './src/engine/travel/travelModel';
import { roadGraphSchema } from './src/schema/roadGraph';
import { travelMatrices } from './src/engine/scenario/travelMatrices';
import { roleMappingProblem } from './src/engine/roleMapping/roleMappingProblem';
import { solveAssignment } from './src/engine/assignment/solveAssignment';
import { maximumCardinalityMatching, surplusSplit } from './src/engine/assignment/maximumCardinalityMatching';
const dir = process.argv[2]!;
const a = await readDataFolder(dir); if (!a.ok) throw 1;
const v = validateDataset(a.raw, { strict: true }); if (!v.ok) throw 2;
const ds = v.dataset;
const model = createTravelModel(roadGraphSchema.parse(JSON.parse(readFileSync(dir + '/roads.json', 'utf8'))));
const sc = ds.scenarios.find((s) => s.id === (process.argv[3] ?? 'centralised'))!;
const travel = travelMatrices(ds, model, sc.parameters.travel);
let t = performance.now();
const problem = roleMappingProblem(ds, sc, travel);
console.log('problem', (performance.now() - t).toFixed(0));
const n = problem.rowPerson.length, m = problem.colPosition.length;
const values = new Float64Array(n * m);
for (let r = 0; r < n; r++) for (let c = 0; c < m; c++) values[r * m + c] = problem.score[r * m + c]! + 1e-12 * (r + 1) * (c + 1);
let zeros = 0; for (const x of problem.allowed!) if (!x) zeros++;
console.log('n', n, 'm', m, 'forbidden', zeros);
const mcm = maximumCardinalityMatching(n, m, problem.allowed!);
const split = surplusSplit(n, m, problem.allowed!, mcm);
console.log('surplus rows', split.surplusRows.reduce((s, x) => s + x, 0), 'surplus cols', split.surplusCols.reduce((s, x) => s + x, 0));
// distinct values histogram
const distinct = new Set(problem.score); console.log('distinct scores', distinct.size);
for (let k = 0; k < 3; k++) {
  t = performance.now();
  const s = solveAssignment({ rows: n, cols: m, values, allowed: problem.allowed, maximise: true });
  console.log('cold solve', (performance.now() - t).toFixed(0), s.pairs);
}
for (let k = 0; k < 2; k++) {
  t = performance.now();
  const s = solveAssignment({ rows: n, cols: m, values: problem.score, allowed: problem.allowed, maximise: true });
  console.log('cold solve untied', (performance.now() - t).toFixed(0), s.pairs);
}
const q = new Float64Array(n*m); for (let k=0;k<n*m;k++) q[k]=Math.round(problem.score[k]!*100)/100;
for (let k = 0; k < 2; k++) {
  t = performance.now();
  const s = solveAssignment({ rows: n, cols: m, values: q, allowed: problem.allowed, maximise: true });
  console.log('cold solve 2dp', (performance.now() - t).toFixed(0), s.pairs);
}
import munkres from 'munkres';
{
  const M: number[][] = []; if (0)
  for (let r = 0; r < n; r++) { const row: number[] = []; for (let c = 0; c < m; c++) row.push(problem.allowed![r*m+c] ? -values[r*m+c]! : 1e6); M.push(row); }
  if (0) { t = performance.now(); const res = munkres(M); console.log('munkres on the problem', (performance.now()-t).toFixed(0), res.length); }
}
import { solveRowCoveringAssignment } from './src/engine/assignment/solveRowCoveringAssignment';
{
  const rowsP: number[] = []; for (let c = 0; c < m; c++) if (split.surplusCols[c]) rowsP.push(c);
  const colsP: number[] = []; for (let r = 0; r < n; r++) if (split.surplusRows[r]) colsP.push(r);
  const na = rowsP.length, nb = colsP.length;
  const colMin: number[] = []; for (let b = 0; b < nb; b++) { let mn = Infinity; for (let a = 0; a < na; a++) { const k = colsP[b]! * m + rowsP[a]!; if (problem.allowed![k]) mn = Math.min(mn, -values[k]!); } colMin.push(mn); }
  const sorted = [...colMin].sort((x, y) => x - y);
  console.log('colmin quantiles', [0, 0.25, 0.5, 0.75, 0.8, 0.85, 0.9, 1].map((q) => sorted[Math.min(nb - 1, Math.floor(q * nb))]!.toFixed(3)).join(' '));
  if (0) for (const dummy of [sorted[na]!, sorted[na - 50]!, sorted[na + 50]!]) {
  const data = new Float64Array(nb * nb).fill(dummy);
  for (let a = 0; a < na; a++) for (let b = 0; b < nb; b++) { const k = colsP[b]! * m + rowsP[a]!; data[a * nb + b] = problem.allowed![k] ? -values[k]! : Infinity; }
  for (let k = 0; k < 2; k++) {
    t = performance.now();
    const s = solveRowCoveringAssignment({ data, rows: nb, cols: nb, rowStride: nb, colStride: 1, sign: 1, checkFinite: false });
    console.log('square padded', dummy, (performance.now() - t).toFixed(0));
  }
  const rect = data.subarray(0, na * nb);
  t = performance.now();
  solveRowCoveringAssignment({ data: rect, rows: na, cols: nb, rowStride: nb, colStride: 1, sign: 1, checkFinite: false });
  console.log('rect contiguous', (performance.now() - t).toFixed(0));
  }
}
{
  const rowsP: number[] = []; for (let r = 0; r < n; r++) if (split.surplusRows[r]) rowsP.push(r);
  const colsP: number[] = []; for (let c = 0; c < m; c++) if (split.surplusCols[c]) colsP.push(c);
  const na = rowsP.length, nc = colsP.length;
  for (const dummy of [0, -0.7]) {
    const data = new Float64Array(na * na).fill(dummy);
    for (let a = 0; a < na; a++) for (let b = 0; b < nc; b++) { const k = rowsP[a]! * m + colsP[b]!; data[a * na + b] = problem.allowed![k] ? -values[k]! : Infinity; }
    t = performance.now();
    solveRowCoveringAssignment({ data, rows: na, cols: na, rowStride: na, colStride: 1, sign: 1, checkFinite: false });
    console.log('people-rows square, dummy', dummy, (performance.now() - t).toFixed(0));
  }
}
