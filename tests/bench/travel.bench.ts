/**
 * Travel matrix benchmark: the default road graph, N homes × M sites at random points in the
 * region (seeded), against the plain great-circle fallback over the same pairs in the same run.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { randomStream } from '../../src/engine/random';
import { createTravelModel, travelMatrix, type TravelPlace } from '../../src/engine/travel';
import { roadGraphSchema } from '../../src/schema/roadGraph';
import { travelParametersSchema } from '../../src/schema/travelParameters';

const gc = (globalThis as { gc?: () => void }).gc;

function randomPlaces(count: number, prefix: string, seed: number): TravelPlace[] {
  const random = randomStream(seed, `travel-bench-${prefix}`);
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${i}`,
    lat: 56.95 + random() * 0.8,
    lon: 13.1 + random() * 1.25,
  }));
}

/** Median milliseconds of `run` over `repeats` timed runs after `warmup` untimed ones. */
function time(run: () => unknown, repeats: number, warmup = 3): number {
  for (let k = 0; k < warmup; k++) run();
  gc?.();
  const samples: number[] = [];
  for (let k = 0; k < repeats; k++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? NaN;
}

const buildStart = performance.now();
const graph = roadGraphSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/roads.json', import.meta.url), 'utf8')),
);
const model = createTravelModel(graph);
const buildMs = performance.now() - buildStart;
const buildOnlyMs = time(() => createTravelModel(graph), 50);
process.stdout.write(
  `road graph: ${graph.nodes.length} nodes, ${graph.edges.length} edges; parse + build ${buildMs.toFixed(2)} ms (build alone, median ${buildOnlyMs.toFixed(3)} ms)\n`,
);

const roadParams = travelParametersSchema.parse({});
const fallbackParams = travelParametersSchema.parse({ model: 'fallback' });

for (const [homeCount, siteCount, repeats] of [
  [62, 25, 50],
  [620, 250, 7],
] as const) {
  const homes = randomPlaces(homeCount, 'p', 1);
  const sites = randomPlaces(siteCount, 's', 2);
  const roadMs = time(() => travelMatrix(model, homes, sites, roadParams), repeats);
  const fallbackMs = time(() => travelMatrix(model, homes, sites, fallbackParams), repeats);
  const pairs = homeCount * siteCount;
  process.stdout.write(
    `${homeCount} × ${siteCount} (${pairs} pairs): road graph ${roadMs.toFixed(2)} ms, ` +
      `great-circle fallback ${fallbackMs.toFixed(2)} ms, ratio ${(roadMs / fallbackMs).toFixed(1)}× ` +
      `(${((roadMs * 1e6) / pairs).toFixed(0)} ns per pair)\n`,
  );
}
