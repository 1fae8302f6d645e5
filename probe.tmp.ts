import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { readDataFolder } from './src/io/readDataFolder';
import { validateDataset } from './src/schema/validateDataset';
import { createTravelModel } from './src/engine/travel/travelModel';
import { roadGraphSchema } from './src/schema/roadGraph';
import { travelMatrices } from './src/engine/scenario/travelMatrices';
import { mapRoles } from './src/engine/roleMapping/mapRoles';
import munkres from 'munkres';
import { randomStream } from './src/engine/random';
const dir = process.argv[2]!;
const a = await readDataFolder(dir); if (!a.ok) throw 1;
const v = validateDataset(a.raw, { strict: true }); if (!v.ok) throw 2;
const ds = v.dataset;
const model = createTravelModel(roadGraphSchema.parse(JSON.parse(readFileSync(dir + '/roads.json', 'utf8'))));
const sc = ds.scenarios.find((s) => s.id === (process.argv[3] ?? 'centralised'))!;
const travel = travelMatrices(ds, model, sc.parameters.travel);
for (let k = 0; k < 2; k++) {
  const t = performance.now();
  const m = mapRoles(ds, sc, travel);
  console.log('mapRoles', (performance.now() - t).toFixed(0), 'ms rounds', m.respectOrder?.rounds, 'forced', m.respectOrder?.forced.length, 'bench', m.bench.length, 'placed', m.placements.length, 'guard', m.retentionGuard?.protected.length, m.retentionGuard?.fellBack, 'remaining', m.respectOrder?.remainingConflicts);
}
if (process.argv[4]) {
const random = randomStream(7, 'x');
const costs = Array.from({ length: 2000 }, () => Array.from({ length: 1600 }, () => Math.round(random() * 100) / 100));
const t = performance.now(); munkres(costs); console.log('munkres', (performance.now() - t).toFixed(0));
}
