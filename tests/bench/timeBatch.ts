/**
 * The timing protocol shared by the benchmarks (and the assignment peers' child processes), so
 * every solver and phase is measured the same way.
 */
import { performance } from 'node:perf_hooks';

/** CPU time of this process (user + system, ms): far less disturbed by other processes. */
const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** Times `round` (a batch of `count` solves) after a CPU-time warm-up; ms per solve. */
export function timeBatch(
  round: () => void,
  count: number,
  warmups: number,
  reps: number,
  targetMs: number,
): { times: number[]; wallTimes: number[]; solvesPerMeasurement: number } {
  let t0 = cpuMs();
  round();
  const cold = cpuMs() - t0;
  if (cold > 1000) return { times: [cold / count], wallTimes: [NaN], solvesPerMeasurement: count }; // slow: one round is the measurement
  // Warm up until the JIT has settled: at least `warmups` solves and 0.5 s of CPU.
  const warmStart = cpuMs();
  let warmRounds = 0;
  while (warmRounds * count < warmups || cpuMs() - warmStart < 500) {
    round();
    warmRounds++;
  }
  const msPerRound = (cpuMs() - warmStart) / warmRounds;
  const rounds = Math.max(1, Math.round(targetMs / msPerRound));
  const times: number[] = [];
  const wallTimes: number[] = [];
  // No forced gc() between measurements: after one, V8 ran our solver up to twice as slowly
  // for a while (measured; not so the peers), and real callers never force one either. The
  // garbage each solver makes is collected as it comes, inside its own measurements.
  for (let r = 0; r < reps; r++) {
    t0 = cpuMs();
    const w0 = performance.now();
    for (let k = 0; k < rounds; k++) round();
    times.push((cpuMs() - t0) / (rounds * count));
    wallTimes.push((performance.now() - w0) / (rounds * count));
  }
  return { times, wallTimes, solvesPerMeasurement: rounds * count };
}
