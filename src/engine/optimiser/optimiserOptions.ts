import { z } from 'zod';

/**
 * The plain-data options of every optimiser run (p, required and excluded sites, method and
 * heuristic settings). Parsed with zod at the edge; progress and cancellation travel apart
 * (`OptimiserControl`) because they are not data.
 */
export const optimiserOptionsSchema = z.object({
  /** The number of sites (median: at most this many). Checked separately: p < 1 is `invalidP`. */
  p: z.number(),
  /** Site indices always chosen (they count towards p). */
  requiredSites: z.array(z.number().int()).default([]),
  /** Site indices never chosen. */
  excludedSites: z.array(z.number().int()).default([]),
  /** Seed of the heuristic's `randomStream(seed, 'optimiser')`. */
  seed: z.number().int().default(1),
  /**
   * `auto`: exact enumeration when the number of site sets is at most `exactCombinationLimit`,
   * else the heuristic; `greedy`: the greedy construction only (a baseline).
   */
  method: z.enum(['auto', 'exact', 'heuristic', 'greedy']).default('auto'),
  /** How many alternatives (distinct site sets after the best) to return. */
  alternatives: z.number().int().min(0).max(100).default(5),
  exactCombinationLimit: z.number().int().min(1).default(200_000),
  /** Heuristic: multi-starts (the first is the plain greedy, the others randomised greedy). */
  starts: z.number().int().min(1).max(10_000).default(12),
  /** Heuristic: randomised greedy picks among the k best additions, k drawn per start from 2..this. */
  candidateListSize: z.number().int().min(2).max(100).default(16),
  /** Heuristic: path relinking between the elite local optima after the starts. */
  pathRelinking: z.boolean().default(true),
  /** Heuristic: how many distinct local optima take part in path relinking. */
  eliteSize: z.number().int().min(2).max(50).default(6),
});
export type OptimiserOptionsInput = z.input<typeof optimiserOptionsSchema>;
export type OptimiserOptions = z.output<typeof optimiserOptionsSchema>;
