import { randomStream } from '../../../src/engine/random';
import type { RetentionCommuteInput, RetentionInput } from '../../../src/engine/retention';

/**
 * A GGVV-like instance from a seeded stream: `n` people, `c` competences with levels 0–4
 * (about a third held at level ≥ 3), leave probabilities spread like the attrition curve's
 * (most near the base rate, some high), and needs between 0 and a few holders.
 */
export function randomRetentionInput(seed: number, n: number, c: number): RetentionInput {
  const random = randomStream(seed, 'retention-test');
  const levels = Uint8Array.from({ length: n * c }, () => Math.floor(random() * 5));
  const leaveProbabilities = Float64Array.from({ length: n }, () => {
    const u = random();
    return u < 0.6 ? 0.05 : u < 0.85 ? 0.05 + random() * 0.4 : 0.5 + random() * 0.45;
  });
  const need = Float64Array.from({ length: c }, () => Math.floor(random() * 6));
  return {
    competenceIds: Array.from({ length: c }, (_, q) => `competence-${q}`),
    personIds: Array.from({ length: n }, (_, i) => `person-${i}`),
    levels,
    need,
    leaveProbabilities,
  };
}

/** The same kind of instance with commutes instead of probabilities. */
export function randomCommuteInput(seed: number, n: number, c: number): RetentionCommuteInput {
  const random = randomStream(seed, 'retention-commutes');
  const base = randomRetentionInput(seed, n, c);
  const newMinutes = Float64Array.from({ length: n }, () => 5 + random() * 95);
  const addedMinutes = Float64Array.from(newMinutes, (minutes) => minutes - random() * 60);
  return {
    competenceIds: base.competenceIds,
    levels: base.levels,
    need: base.need,
    newMinutes,
    addedMinutes,
  };
}

/**
 * The obvious simulation, written independently: every draw's counts are stored, then sorted.
 * Same draw order as the contract of `simulateRetention` (one uniform per person per draw, in
 * person order, from `randomStream(seed, 'attrition')`; leave when u < p).
 */
export function naiveRetention(
  input: RetentionInput,
  draws: number,
  seed: number,
  heldLevel: number,
  minHolders: number,
) {
  const n = input.leaveProbabilities.length;
  const c = input.competenceIds.length;
  const random = randomStream(seed, 'attrition');
  const headcounts: number[] = [];
  const holders: number[][] = Array.from({ length: c }, () => []);
  for (let k = 0; k < draws; k++) {
    const stays = Array.from({ length: n }, (_, i) => random() >= input.leaveProbabilities[i]!);
    headcounts.push(stays.filter(Boolean).length);
    for (let q = 0; q < c; q++) {
      holders[q]!.push(stays.filter((stay, i) => stay && input.levels[i * c + q]! >= heldLevel).length);
    }
  }
  const summary = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return {
      mean: values.reduce((a, b) => a + b, 0) / values.length,
      p10: sorted[Math.ceil(0.1 * values.length) - 1]!,
      shareBelowMin: values.filter((v) => v < minHolders).length / values.length,
    };
  };
  return { headcount: summary(headcounts), competences: holders.map(summary) };
}

/** Person indices holding competence q at or above `heldLevel`. */
export function holdersOf(input: RetentionInput, q: number, heldLevel: number): number[] {
  const c = input.competenceIds.length;
  const n = input.leaveProbabilities.length;
  return Array.from({ length: n }, (_, i) => i).filter((i) => input.levels[i * c + q]! >= heldLevel);
}
