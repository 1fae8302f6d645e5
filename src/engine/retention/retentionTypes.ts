/**
 * Result shapes of the retained-competence simulation (docs/retention.md).
 * Texts for the codes live in `src/i18n/retention.ts`.
 */

/** The documented at-risk rule's default: P(fewer than minHolders stay) at or above this. */
export const DEFAULT_AT_RISK_PROBABILITY = 0.2;

/** Draws between progress reports and cancellation checks. */
export const PROGRESS_BATCH_DRAWS = 1000;

/** Below this many draws the figures are not for publication (at least 10 000 for published figures). */
export const PUBLISHED_MIN_DRAWS = 10_000;

/** The T50 values of the default sensitivity run (T50 from 45 to 65 minutes; docs/retention.md). */
export const DEFAULT_SENSITIVITY_T50_MINUTES: readonly number[] = [45, 50, 55, 60, 65];

export interface RetentionControl {
  /** Called with the fraction of draws done (0–1) after every batch of ~1 000 draws, and with 1 at the end. */
  readonly onProgress?: (fractionDone: number) => void;
  /** An `AbortSignal` or anything with `aborted`; checked between batches. */
  readonly signal?: { readonly aborted: boolean };
}

export interface RetentionOptions extends RetentionControl {
  /** A needed competence is at risk when P(fewer than minHolders stay) ≥ this. Default 0.2. */
  readonly atRiskProbability?: number;
}

/**
 * Why a competence is at risk. It is at risk only when the positions need it (needed > 0), and
 * then when the expected holders who stay fall short of the need (`expectedBelowNeed`), or
 * when P(fewer than minHolders stay) ≥ `atRiskProbability` (`busFactor`).
 */
export type RetentionRiskCode = 'expectedBelowNeed' | 'busFactor';

export type RetentionWarningCode = 'fewDraws' | 'cancelled';

export interface RetentionWarning {
  readonly code: RetentionWarningCode;
  readonly params: Readonly<Record<string, number | string>>;
}

export interface CompetenceRetention {
  readonly competenceId: string;
  /** Holders at or above the held level the positions need. */
  readonly needed: number;
  /** Holders at or above the held level among the placed people, before attrition. */
  readonly current: number;
  /** Simulated mean of the holders who stay. */
  readonly expected: number;
  /** Simulated 10th percentile (in ≥ 90 % of draws at least this many holders stay). */
  readonly p10: number;
  /** Simulated probability that fewer than `minHolders` holders stay (the bus factor). */
  readonly probBelowMinHolders: number;
  /** Exact mean Σ (1 − p) over the holders. */
  readonly exactExpected: number;
  /** Exact P(fewer than minHolders stay), Poisson-binomial. */
  readonly exactProbBelowMinHolders: number;
  readonly atRisk: boolean;
  readonly riskReasons: readonly RetentionRiskCode[];
  /** `stayingHolderDraws[k]`: the number of draws in which exactly k holders stayed (k = 0..current). */
  readonly stayingHolderDraws: Int32Array;
}

export interface RetentionResult {
  /** Draws asked for, and done (fewer when cancelled; every figure is over the draws done). */
  readonly draws: number;
  readonly drawsCompleted: number;
  readonly cancelled: boolean;
  readonly seed: number;
  readonly heldLevel: number;
  readonly minHolders: number;
  readonly atRiskProbability: number;
  /** The placed people, n. */
  readonly headcount: number;
  readonly expectedHeadcountRetained: number;
  /** In ≥ 90 % of draws at least this many people stay. */
  readonly headcountRetainedP10: number;
  /** Exact Σ (1 − p_i). */
  readonly exactExpectedHeadcountRetained: number;
  readonly competences: readonly CompetenceRetention[];
  /** Ids of the competences at risk, in input order. */
  readonly competencesAtRisk: readonly string[];
  /** The per-person leave probabilities used (a copy), with the person ids when given. */
  readonly leaveProbabilities: Float64Array;
  readonly personIds?: readonly string[];
  readonly warnings: readonly RetentionWarning[];
}

export interface RetentionSensitivityRow {
  readonly t50Minutes: number;
  readonly expectedHeadcountRetained: number;
  readonly headcountRetainedP10: number;
  readonly exactExpectedHeadcountRetained: number;
  readonly competencesAtRisk: readonly string[];
}

export interface RetentionSensitivity {
  readonly rows: readonly RetentionSensitivityRow[];
  /** True when cancelled: `rows` holds only the T50 values finished before the stop. */
  readonly cancelled: boolean;
}
