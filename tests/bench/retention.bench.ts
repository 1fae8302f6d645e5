/**
 * Retained-competence Monte Carlo benchmark (docs/retention.md): 10 000 draws over 62 people × 17
 * competences (GGVV's size) and over 2 000 people × 17 competences, with random levels and
 * leave probabilities from a seeded stream. Baselines measured in the same run: the raw cost of
 * drawing the uniforms alone (a floor), and a naive simulation that scans the whole level
 * matrix every draw, stores every draw's counts and sorts them for the percentiles.
 */
import { randomStream } from '../../src/engine/random';
import {
  expectedHolders,
  holderLists,
  probabilityFewerHolders,
  simulateRetention,
  type RetentionInput,
} from '../../src/engine/retention';
import { attritionParametersSchema } from '../../src/schema/scenarioParameters';

const params = attritionParametersSchema.parse({});

function generate(seed: number, n: number, c: number): RetentionInput {
  const random = randomStream(seed, 'retention-bench');
  return {
    competenceIds: Array.from({ length: c }, (_, q) => `c${q}`),
    levels: Uint8Array.from({ length: n * c }, () => Math.floor(random() * 5)),
    need: Float64Array.from({ length: c }, () => 1 + Math.floor(random() * 4)),
    leaveProbabilities: Float64Array.from({ length: n }, () => (random() < 0.6 ? 0.05 : 0.05 + random() * 0.85)),
  };
}

/** Floor: one uniform per person per draw and a compare, nothing else. */
function uniformsOnly(input: RetentionInput, draws: number): number {
  const random = randomStream(params.seed, 'attrition');
  const p = input.leaveProbabilities;
  let staying = 0;
  for (let k = 0; k < draws; k++) for (let i = 0; i < p.length; i++) if (random() >= p[i]!) staying++;
  return staying;
}

/** The obvious version: full matrix scan per draw, every count stored, sorted at the end. */
function naive(input: RetentionInput, draws: number): number {
  const n = input.leaveProbabilities.length;
  const c = input.competenceIds.length;
  const random = randomStream(params.seed, 'attrition');
  const counts: number[][] = Array.from({ length: c + 1 }, () => []);
  for (let k = 0; k < draws; k++) {
    const stays: boolean[] = [];
    for (let i = 0; i < n; i++) stays.push(random() >= input.leaveProbabilities[i]!);
    counts[c]!.push(stays.filter(Boolean).length);
    for (let q = 0; q < c; q++) {
      let held = 0;
      for (let i = 0; i < n; i++) if (stays[i] && input.levels[i * c + q]! >= params.heldLevel) held++;
      counts[q]!.push(held);
    }
  }
  let checksum = 0;
  for (const values of counts) {
    const sorted = [...values].sort((a, b) => a - b);
    checksum += sorted[Math.ceil(0.1 * draws) - 1]! + values.reduce((a, b) => a + b, 0) / draws;
    checksum += values.filter((v) => v < params.minHolders).length / draws;
  }
  return checksum;
}

function exact(input: RetentionInput): number {
  const n = input.leaveProbabilities.length;
  const c = input.competenceIds.length;
  const { holderStart, holderIndex } = holderLists(input.levels, n, c, params.heldLevel);
  let checksum = 0;
  for (let q = 0; q < c; q++) {
    const holders = holderIndex.subarray(holderStart[q]!, holderStart[q + 1]!);
    checksum +=
      expectedHolders(input.leaveProbabilities, holders) +
      probabilityFewerHolders(input.leaveProbabilities, holders, params.minHolders);
  }
  return checksum;
}

/**
 * Wall time in ms: the first (cold) run, as a user's first simulation sees it, and the median
 * of `runs` runs after `warmups` more (JIT-optimised), which is what the ratios use.
 */
function time(label: string, runs: number, run: () => unknown, warmups = 3): number {
  const measure = () => {
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    const result = run();
    const elapsed = performance.now() - start;
    if (result === undefined) process.stdout.write('');
    return elapsed;
  };
  const cold = measure();
  for (let w = 0; w < warmups; w++) measure();
  const times = Array.from({ length: runs }, measure).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  process.stdout.write(
    `  ${label.padEnd(40)} median ${median.toFixed(2).padStart(8)} ms   (first run ${cold.toFixed(2)} ms)\n`,
  );
  return median;
}

const draws = 10_000;
for (const [n, c, runs, naiveRuns] of [
  [62, 17, 15, 5],
  [2000, 17, 5, 1],
] as const) {
  const input = generate(2027, n, c);
  const personDrawsMillions = (n * draws) / 1e6;
  process.stdout.write(`\n${n} people × ${c} competences, ${draws} draws (${personDrawsMillions} M person-draws)\n`);
  const simulated = time('simulateRetention', runs, () => simulateRetention(input, { ...params, draws }));
  const floor = time('baseline: uniforms only', runs, () => uniformsOnly(input, draws));
  const slow = time('baseline: naive store-and-sort', naiveRuns, () => naive(input, draws), naiveRuns > 1 ? 2 : 0);
  const exactMs = time('exact Poisson-binomial (mean, P(<2))', runs, () => exact(input));
  process.stdout.write(
    `  simulateRetention: ${(simulated / personDrawsMillions).toFixed(2)} ms per million person-draws; ` +
      `${(simulated / floor).toFixed(2)}× the uniforms alone; naive is ${(slow / simulated).toFixed(1)}× slower; ` +
      `exact is ${(simulated / Math.max(exactMs, 1e-3)).toFixed(0)}× faster than the simulation\n`,
  );
}
