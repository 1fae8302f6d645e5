/**
 * Hub placement optimiser benchmark (docs/hub-placement.md): exact enumeration at the default size, the
 * heuristic on a large generated instance, and its quality against exact answers and against
 * the best of many restarts. Baselines (naive enumeration, plain greedy) run in the same process.
 */
import { randomStream } from '../../src/engine/random';
import {
  createCoverageProblem,
  createMedianProblem,
  createMixedProblem,
  optimiseSiteSet,
  type CoverageProblem,
  type MedianProblem,
  type MixedProblem,
  type OptimiserOptionsInput,
  type OptimiserResult,
} from '../../src/engine/optimiser/index';

type Problem = MedianProblem | CoverageProblem | MixedProblem;

function unwrap<T>(result: { ok: true; problem: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.problem;
}

function solved(result: OptimiserResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result;
}

/** Points clustered around towns on a 120 × 120 km plane; travel minutes ≈ 1.2 × km + 3. */
function generate(seed: number, sizes: { sites: number; functions: number; demand: number; towns: number }) {
  const random = randomStream(seed, 'optimiser-bench');
  const towns = Array.from({ length: sizes.towns }, () => [random() * 120, random() * 120] as const);
  const nearTown = (spread: number) => {
    const town = towns[Math.floor(random() * towns.length)]!;
    return [town[0] + (random() - 0.5) * spread, town[1] + (random() - 0.5) * spread] as const;
  };
  const sites = Array.from({ length: sizes.sites }, () => nearTown(8));
  const demand = Array.from({ length: sizes.demand }, () => nearTown(20));
  const minutes = (a: readonly [number, number], b: readonly [number, number]) =>
    3 + 1.2 * Math.hypot(a[0] - b[0], a[1] - b[1]);
  const travelMinutes = new Float64Array(sizes.demand * sizes.sites);
  demand.forEach((place, i) => sites.forEach((site, j) => (travelMinutes[i * sizes.sites + j] = minutes(place, site))));
  const demandWeights = Float64Array.from(demand, () => 1 + Math.floor(random() * 40));
  // Each function: 6–15 people living around towns; cost = their summed commute.
  const headcounts = Float64Array.from({ length: sizes.functions }, () => 6 + Math.floor(random() * 10));
  const costMinutes = new Float64Array(sizes.functions * sizes.sites);
  let todayTotalMinutes = 0;
  headcounts.forEach((people, i) => {
    const homes = Array.from({ length: people }, () => nearTown(25));
    sites.forEach(
      (site, j) => (costMinutes[i * sizes.sites + j] = homes.reduce((sum, home) => sum + minutes(home, site), 0)),
    );
    todayTotalMinutes += Math.min(...sites.map((_, j) => costMinutes[i * sizes.sites + j]!)) * 1.4;
  });
  const people = headcounts.reduce((a, b) => a + b, 0);
  const siteCapacities = Float64Array.from(sites, () => Math.round(people * (0.2 + random() * 0.5)));
  return {
    sites: sizes.sites,
    functions: sizes.functions,
    demand: sizes.demand,
    travelMinutes,
    demandWeights,
    headcounts,
    costMinutes,
    siteCapacities,
    todayTotalMinutes,
  };
}

type Generated = ReturnType<typeof generate>;

function problems(data: Generated, withCapacities: boolean) {
  const median = unwrap(
    createMedianProblem({
      costMinutes: data.costMinutes,
      functionCount: data.functions,
      siteCount: data.sites,
      headcounts: data.headcounts,
      ...(withCapacities ? { siteCapacities: data.siteCapacities } : {}),
    }),
  );
  const coverage = unwrap(
    createCoverageProblem({
      travelMinutes: data.travelMinutes,
      demandCount: data.demand,
      siteCount: data.sites,
      demandWeights: data.demandWeights,
      thresholdMinutes: 30,
    }),
  );
  const mixed = unwrap(createMixedProblem({ median, coverage, todayTotalMinutes: data.todayTotalMinutes }));
  return { median, coverage, mixed };
}

/** Mean wall time of `run` after one warm-up call, repeated until `budgetMs` has passed (at least once). */
function time<T>(run: () => T, budgetMs = 0): { value: T; ms: number } {
  globalThis.gc?.();
  run();
  const start = performance.now();
  let repeats = 0;
  let value: T;
  do {
    value = run();
    repeats += 1;
  } while (performance.now() - start < budgetMs);
  return { value, ms: (performance.now() - start) / repeats };
}

/** Baseline: every combination evaluated from scratch (Σ_i min_j), no pruning, no incremental levels. */
function naiveCoverage(data: Generated, p: number): number {
  let best = -1;
  const chosen: number[] = [];
  const pick = (start: number) => {
    if (chosen.length === p) {
      let covered = 0;
      for (let i = 0; i < data.demand; i++) {
        for (const j of chosen) {
          if (data.travelMinutes[i * data.sites + j]! <= 30) {
            covered += data.demandWeights[i]!;
            break;
          }
        }
      }
      best = Math.max(best, covered);
      return;
    }
    for (let j = start; j < data.sites; j++) {
      chosen.push(j);
      pick(j + 1);
      chosen.pop();
    }
  };
  pick(0);
  return best;
}

const combinations = (n: number, k: number): number => (k === 0 ? 1 : (combinations(n - 1, k - 1) * n) / k);
const format = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
const gapPercent = (problem: Problem, found: number, optimum: number) =>
  (100 * (problem.kind === 'median' ? found - optimum : optimum - found)) / Math.abs(optimum);

// 1. Default size: exact enumeration.
{
  process.stdout.write(
    '\n1. Exact enumeration, default size: 20 sites, 6 functions (desk capacities), 27 demand points\n',
  );
  const data = generate(11, { sites: 20, functions: 6, demand: 27, towns: 12 });
  const { median, coverage, mixed } = problems(data, true);
  process.stdout.write(
    '   p   sets (coverage: evaluated / all)   median      coverage    mixed       naive coverage  naive/exact coverage\n',
  );
  for (let p = 1; p <= 6; p++) {
    const options: OptimiserOptionsInput = { p, method: 'exact', alternatives: 5 };
    const m = time(() => optimiseSiteSet(median, options), 300);
    const c = time(() => optimiseSiteSet(coverage, options), 300);
    const x = time(() => optimiseSiteSet(mixed, options), 300);
    const naive = time(() => naiveCoverage(data, p), 300);
    const exactCovered = solved(c.value).best.coveredWeight!;
    if (Math.abs(exactCovered - naive.value) > 1e-6) throw new Error(`exact ${exactCovered} ≠ naive ${naive.value}`);
    const sets = `${solved(c.value).evaluatedSets} / ${combinations(20, p)}`;
    process.stdout.write(
      `   ${p}   ${sets.padEnd(35)} ${format(m.ms).padEnd(11)} ${format(c.ms).padEnd(11)} ${format(x.ms).padEnd(11)} ${format(naive.ms).padEnd(15)} ${(naive.ms / c.ms).toFixed(1)}×\n`,
    );
  }
}

// 2. Large instance: heuristic against greedy and against the best of many restarts.
{
  process.stdout.write('\n2. Heuristic, 200 candidate sites, 5 000 demand points, p = 10\n');
  const data = generate(7, { sites: 200, functions: 6, demand: 5000, towns: 60 });
  // The large median: every demand point as a client weighted by its employees (uncapacitated).
  const median = unwrap(
    createMedianProblem({
      costMinutes: data.travelMinutes.map((minutes, k) => minutes * data.demandWeights[Math.floor(k / data.sites)]!),
      functionCount: data.demand,
      siteCount: data.sites,
      headcounts: data.demandWeights,
    }),
  );
  const { coverage } = problems(data, false);
  for (const problem of [coverage, median] as Problem[]) {
    const greedy = time(() => solved(optimiseSiteSet(problem, { p: 10, method: 'greedy' })), 500);
    const heuristic = time(() => solved(optimiseSiteSet(problem, { p: 10, method: 'heuristic', seed: 1 })));
    const many = time(() =>
      solved(optimiseSiteSet(problem, { p: 10, method: 'heuristic', seed: 2, starts: 96, eliteSize: 10 })),
    );
    const best =
      problem.kind === 'median'
        ? Math.min(heuristic.value.best.value, many.value.best.value)
        : Math.max(heuristic.value.best.value, many.value.best.value);
    const label = problem.kind === 'median' ? 'median (total weighted minutes)' : 'coverage (share)';
    process.stdout.write(`   ${label}\n`);
    process.stdout.write(
      `     greedy                     ${format(greedy.ms).padEnd(10)} value ${greedy.value.best.value.toPrecision(8)}  gap to best known ${gapPercent(problem, greedy.value.best.value, best).toFixed(3)} %\n`,
    );
    process.stdout.write(
      `     heuristic (12 starts + PR) ${format(heuristic.ms).padEnd(10)} value ${heuristic.value.best.value.toPrecision(8)}  gap ${gapPercent(problem, heuristic.value.best.value, best).toFixed(3)} %  time ${(heuristic.ms / greedy.ms).toFixed(0)}× greedy\n`,
    );
    process.stdout.write(
      `     96 restarts + PR           ${format(many.ms).padEnd(10)} value ${many.value.best.value.toPrecision(8)}  gap ${gapPercent(problem, many.value.best.value, best).toFixed(3)} %  time ${(many.ms / heuristic.ms).toFixed(1)}× heuristic\n`,
    );
  }
}

// 3. Quality against exact answers on 30 sites, p = 3.
{
  process.stdout.write('\n3. Heuristic vs exact optimum, 30 sites, p = 3 (40 generated instances each)\n');
  const kinds = ['median', 'coverage', 'mixed'] as const;
  for (const kind of kinds) {
    let worst = 0;
    let total = 0;
    let optimal = 0;
    let exactMs = 0;
    let heuristicMs = 0;
    const count = 40;
    for (let seed = 0; seed < count; seed++) {
      const all = problems(generate(100 + seed, { sites: 30, functions: 6, demand: 200, towns: 15 }), true);
      const problem = all[kind];
      const exact = time(() => solved(optimiseSiteSet(problem, { p: 3, method: 'exact' })));
      const heuristic = time(() => solved(optimiseSiteSet(problem, { p: 3, method: 'heuristic', seed })));
      exactMs += exact.ms;
      heuristicMs += heuristic.ms;
      const gap = gapPercent(problem, heuristic.value.best.value, exact.value.best.value);
      worst = Math.max(worst, gap);
      total += gap;
      if (gap <= 1e-9) optimal += 1;
    }
    process.stdout.write(
      `   ${kind.padEnd(9)} optimal ${optimal}/${count}, mean gap ${(total / count).toFixed(4)} %, worst ${worst.toFixed(4)} %; exact ${format(exactMs / count)}, heuristic ${format(heuristicMs / count)} per instance\n`,
    );
  }
}
