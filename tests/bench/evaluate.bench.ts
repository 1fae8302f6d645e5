/**
 * Scenario evaluation benchmark: each preset on the default data (travel matrices cold, and
 * warm from the cache as the app uses them on every edit), and on a generated dataset ten
 * times larger (every person and position replicated with jittered homes). The baseline of the
 * run is the travel matrices alone on the default data, so the figures read as ratios.
 */
import { performance } from 'node:perf_hooks';
import { createEvaluationCache, evaluateScenario } from '../../src/engine/evaluateScenario';
import { randomStream } from '../../src/engine/random';
import { travelMatrices } from '../../src/engine/scenario/travelMatrices';
import type { Dataset } from '../../src/schema/dataset';
import { validateDataset } from '../../src/schema/validateDataset';
import { defaultDataset, defaultTravelModel } from '../helpers/defaultData';

const gc = (globalThis as { gc?: () => void }).gc;

function median(run: () => unknown, repeats: number, warmup = 2): number {
  for (let k = 0; k < warmup; k++) run();
  gc?.();
  const samples: number[] = [];
  for (let k = 0; k < repeats; k++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

/** The default dataset with every person and position copied `factor` times (homes jittered ±2 km). */
function scaled(base: Dataset, factor: number): Dataset {
  const random = randomStream(42, 'evaluate-bench');
  const people = Array.from({ length: factor }, (_, k) =>
    base.people.map((p) => ({
      ...p,
      id: `${p.id}-${k}`,
      home: { lat: p.home.lat + (random() - 0.5) * 0.036, lon: p.home.lon + (random() - 0.5) * 0.06 },
    })),
  ).flat();
  const positions = Array.from({ length: factor }, (_, k) =>
    base.positions.map((p) => ({
      ...p,
      id: `${p.id}-${k}`,
      reportsTo: p.reportsTo === null ? null : `${p.reportsTo}-${k}`,
    })),
  ).flat();
  const result = validateDataset({
    ...base,
    people,
    positions,
    sites: base.sites.map((s) => ({ ...s, deskCapacity: s.deskCapacity * factor })),
    municipalities: base.municipalities.map((m) => ({ ...m, itStaff: m.itStaff === null ? null : m.itStaff * factor })),
    targetOrganisation: { positions: positions.length, managers: base.targetOrganisation.managers * factor },
    scenarios: base.scenarios.map((s) => ({
      ...s,
      decisions: { locks: [], exclusions: [], vacancies: [], lasExemptions: [] },
      stages: {},
    })),
  });
  if (!result.ok) throw new Error(`scaled dataset invalid: ${JSON.stringify(result.errors.slice(0, 2))}`);
  return result.dataset;
}

const model = defaultTravelModel();
const base = await defaultDataset();
const large = scaled(base, 10);
const travelParams = base.scenarios[0]!.parameters.travel;
const baselineMs = median(() => travelMatrices(base, model, travelParams), 20);
console.log(
  `baseline: travel matrices alone, default data (${base.people.length} homes + ${base.localities.length} localities × ${base.sites.length} sites): ${baselineMs.toFixed(2)} ms`,
);
console.log('');
console.log('dataset   scenario        cold ms   warm ms   warm / baseline');
for (const [label, dataset, repeats] of [
  ['default', base, 10],
  ['10×', large, 3],
] as const) {
  for (const scenario of dataset.scenarios) {
    const cold = median(() => evaluateScenario(dataset, scenario, { travelModel: model }), repeats, 1);
    const cache = createEvaluationCache();
    evaluateScenario(dataset, scenario, { travelModel: model, cache });
    const warm = median(() => evaluateScenario(dataset, scenario, { travelModel: model, cache }), repeats, 1);
    console.log(
      `${label.padEnd(9)} ${scenario.id.padEnd(15)} ${cold.toFixed(1).padStart(7)}   ${warm.toFixed(1).padStart(7)}   ${(warm / baselineMs).toFixed(1).padStart(8)}×`,
    );
  }
}
console.log(
  `\n10× dataset: ${large.people.length} people, ${large.positions.length} positions; retention draws per evaluation: ${base.scenarios[0]!.parameters.attrition.draws}`,
);
