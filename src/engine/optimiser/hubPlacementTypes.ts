import { z } from 'zod';
import { idSchema } from '../../schema/common';
import type { Scenario } from '../../schema/scenario';
import type { OptimiserControl, OptimiserErrorCode, OptimiserObjectiveKind } from './optimiserTypes';

/**
 * Parameters, answer and errors of `optimiseHubs` on a real scenario (docs/hub-placement.md).
 * Site and function ids, not indices: the scenario-level face of the index-based solvers.
 */
export const hubPlacementParamsSchema = z.object({
  objective: z.enum(['median', 'coverage', 'mixed']),
  /** p: the most sites (median) or the number of sites (coverage, mixed). Checked apart: p < 1 is `invalidP`. */
  hubs: z.number(),
  /** w of the mixed score. */
  mixedWeight: z.number().min(0).max(1).default(0.5),
  /** T of the coverage; omitted: the base scenario's `coverage.responseMinutes`. */
  responseMinutes: z.number().positive().max(240).optional(),
  requiredSiteIds: z.array(idSchema).default([]),
  excludedSiteIds: z.array(idSchema).default([]),
  /** How many alternatives to return after the best. */
  alternatives: z.number().int().min(0).max(20).default(5),
  /** Rounds of "re-assign people, rebuild the costs from the holders, re-optimise" (median, mixed). */
  maxRounds: z.number().int().min(1).max(10).default(3),
});
export type HubPlacementParamsInput = z.input<typeof hubPlacementParamsSchema>;
export type HubPlacementParams = z.output<typeof hubPlacementParamsSchema>;

export type HubObjectiveUnit = 'minutes' | 'share' | 'score';

/** One evaluated placement: what the scenario would use and its objective after the role mapping. */
export interface HubCandidate {
  /** The chosen sites, in dataset order. */
  readonly sites: readonly string[];
  /** functionId → siteId for every function-site function. */
  readonly functions: Readonly<Record<string, string>>;
  /** The service points' site ids, in dataset order. */
  readonly servicePoints: readonly string[];
  /** Median: total one-way minutes (lower is better); coverage: share 0–1; mixed: score (higher is better). */
  readonly objective: number;
  /** The solver's own figure for this set (before the role mapping re-assigned people). */
  readonly solverObjective: number;
  /** The parts of the objective, for display: commute totals and the covered share. */
  readonly commuteMinutes: number;
  readonly todayCommuteMinutes: number;
  readonly coverageShare: number;
  /**
   * The placement as a new target scenario, derived from the base (id `<base>-<objective>-<p>`,
   * alternatives `…-alt-k`), still named like the base: its objective and p are in
   * `parameters.optimiser`, for a name in the user's language.
   */
  readonly scenario: Scenario;
}

export interface HubSuggestion extends HubCandidate {
  readonly ok: true;
  readonly objectiveKind: OptimiserObjectiveKind;
  readonly unit: HubObjectiveUnit;
  readonly alternatives: readonly HubCandidate[];
  /** Solver method of the last round, and the rounds run. */
  readonly method: 'exact' | 'heuristic' | 'greedy';
  readonly rounds: number;
  /** Candidate placements evaluated with the role mapping. */
  readonly evaluatedCandidates: number;
  /** Candidates not evaluated because their commute lower bound could not enter the answer (median). */
  readonly prunedCandidates: number;
  readonly warnings: readonly HubPlacementIssue[];
}

export type HubPlacementErrorCode =
  OptimiserErrorCode | 'invalidParams' | 'unknownSite' | 'noFunctionSites' | 'noDemand' | 'noCapacityFeasibleCandidate';

export type HubPlacementWarningCode =
  'fewerAllowedSitesThanP' | 'allocationNodeLimit' | 'cancelled' | 'municipalityWithoutPoint' | 'roundLimit';

export interface HubPlacementIssue<Code extends string = string> {
  readonly code: Code;
  readonly params: Readonly<Record<string, number | string>>;
}

export interface HubPlacementFailure {
  readonly ok: false;
  readonly error: HubPlacementIssue<HubPlacementErrorCode>;
}

export type HubPlacementResult = HubSuggestion | HubPlacementFailure;

export type HubPlacementControl = OptimiserControl;

export const hubFailure = (
  code: HubPlacementErrorCode,
  params: Record<string, number | string> = {},
): HubPlacementFailure => ({
  ok: false,
  error: { code, params },
});
