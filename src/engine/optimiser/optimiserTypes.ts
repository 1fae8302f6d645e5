/**
 * Shared shapes of the hub-placement optimiser (docs/hub-placement.md): problems are built
 * from plain matrices over candidate sites `j = 0..siteCount-1`; results name sites by index
 * (the caller maps indices to site ids).
 */

/** Why an optimisation could not run or produced nothing. Text lives in `src/i18n/optimiser.ts`. */
export type OptimiserErrorCode =
  | 'invalidOptions'
  | 'invalidP'
  | 'siteOutOfRange'
  | 'requiredSiteExcluded'
  | 'tooManyRequiredSites'
  | 'noAllowedSite'
  | 'matrixSize'
  | 'invalidNumber'
  | 'siteCountMismatch'
  | 'noDemandWeight'
  | 'capacityTooSmall'
  | 'noFeasibleSetFound'
  | 'cancelled';

/** Something the caller should know about a result that was still produced. */
export type OptimiserWarningCode = 'fewerAllowedSitesThanP' | 'allocationNodeLimit' | 'cancelled';

export interface OptimiserIssue<Code extends string> {
  readonly code: Code;
  readonly params: Readonly<Record<string, number | string>>;
}
export type OptimiserError = OptimiserIssue<OptimiserErrorCode>;
export type OptimiserWarning = OptimiserIssue<OptimiserWarningCode>;

/** A constructor's answer: the validated problem or a typed error. */
export type ProblemResult<Problem> =
  { readonly ok: true; readonly problem: Problem } | { readonly ok: false; readonly error: OptimiserError };

export type OptimiserObjectiveKind = 'median' | 'coverage' | 'mixed';

/** Progress and cancellation: both optional, checked periodically during long runs. */
export interface OptimiserControl {
  /** Called with the fraction of the work done, 0–1, at most about a hundred times per run. */
  readonly onProgress?: (fractionDone: number) => void;
  /** An `AbortSignal` or anything with `aborted`; when it turns true the run stops early. */
  readonly signal?: { readonly aborted: boolean };
}

/** One evaluated site set. */
export interface SiteSetSolution {
  /**
   * Chosen site indices, ascending. For the median objective only the sites that receive a
   * function, plus the required sites ("at most p"); otherwise exactly the chosen sites.
   */
  readonly sites: readonly number[];
  /**
   * The objective in its natural sense: median → total commute minutes (lower is better);
   * coverage → covered demand share 0–1; mixed → the weighted score (higher is better).
   */
  readonly value: number;
  /** Median and mixed: the (capacitated) total commute minutes of the functions. */
  readonly medianTotalMinutes?: number;
  /** Median and mixed: the site index each function goes to. */
  readonly functionSites?: Int32Array;
  /** Coverage and mixed: covered demand weight and its share of the total. */
  readonly coveredWeight?: number;
  readonly coverageShare?: number;
  /** Mixed: todayTotalMinutes / medianTotalMinutes. */
  readonly commuteRatio?: number;
}

export interface OptimiserSuccess {
  readonly ok: true;
  readonly objective: OptimiserObjectiveKind;
  /** `exact`: proven optimum (and proven top alternatives); otherwise the best found. */
  readonly method: 'exact' | 'heuristic' | 'greedy';
  /** False when cancelled (the best so far is returned). */
  readonly complete: boolean;
  readonly best: SiteSetSolution;
  /** The next best distinct site sets found, best first (the best itself excluded). */
  readonly alternatives: readonly SiteSetSolution[];
  /** The number of sites every set has (min of p, allowed sites, and for the median, required + functions). */
  readonly setSize: number;
  /** How many site sets were evaluated (exactly, or by an exact swap delta). */
  readonly evaluatedSets: number;
  readonly warnings: readonly OptimiserWarning[];
}

export interface OptimiserFailure {
  readonly ok: false;
  readonly error: OptimiserError;
}

export type OptimiserResult = OptimiserSuccess | OptimiserFailure;

export function optimiserError(
  code: OptimiserErrorCode,
  params: Record<string, number | string> = {},
): OptimiserFailure {
  return { ok: false, error: { code, params } };
}
