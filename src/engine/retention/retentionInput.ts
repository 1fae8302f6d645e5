import { EngineError } from '../engineError';
/**
 * What the retention simulation needs, as dense typed arrays built by the caller: the placed
 * people `i = 0..n−1` with their probabilities of leaving, their competence levels, and per
 * competence how many holders the positions need. Competences are indexed `q = 0..c−1` in the
 * order of `competenceIds`.
 */
export interface RetentionCompetences {
  /** Competence ids, in the column order of `levels` and the order of `need`. */
  readonly competenceIds: readonly string[];
  /** Levels 0–4, row-major n × c: `levels[i · c + q]` is person i's level in competence q. */
  readonly levels: Uint8Array;
  /** Holders at or above the held level that the positions require, per competence (≥ 0). */
  readonly need: Float64Array | Int32Array;
  /** Optional person ids, echoed with the leave probabilities (length n when given). */
  readonly personIds?: readonly string[];
}

export interface RetentionInput extends RetentionCompetences {
  /** Probability 0–1 that placed person i leaves within the transition (`attritionProbability`). */
  readonly leaveProbabilities: Float64Array;
}

/** The commutes behind the leave probabilities, for sensitivity runs that vary the curve. */
export interface RetentionCommuteInput extends RetentionCompetences {
  /** New one-way commute of person i, minutes. */
  readonly newMinutes: Float64Array;
  /** Added one-way minutes of person i (≤ 0 when the commute does not grow). */
  readonly addedMinutes: Float64Array;
  /** 1 where person i reaches the retirement age within the transition (`reachesRetirementAge`). */
  readonly retiring?: Uint8Array;
}

export type RetentionInputErrorCode =
  'sizeMismatch' | 'invalidProbability' | 'invalidNeed' | 'invalidMinutes' | 'invalidDraws';

/**
 * Thrown for malformed input (arrays of the wrong length, probabilities outside 0–1, NaN): a
 * caller's bug rather than a scenario's state. Carries a code and params for
 * `src/i18n/retention.ts` (`error.<code>`), no text of its own beyond a debugging summary.
 */
export class RetentionInputError extends EngineError {
  declare readonly code: RetentionInputErrorCode;
  constructor(code: RetentionInputErrorCode, params: Readonly<Record<string, number | string>>) {
    super('retention', code, params);
    this.name = 'RetentionInputError';
  }
}

/** Checks the competence arrays against `personCount` people; throws `RetentionInputError`. */
export function checkRetentionCompetences(input: RetentionCompetences, personCount: number): void {
  const competenceCount = input.competenceIds.length;
  const sizeCheck = (field: string, received: number, expected: number) => {
    if (received !== expected) throw new RetentionInputError('sizeMismatch', { field, expected, received });
  };
  sizeCheck('need', input.need.length, competenceCount);
  sizeCheck('levels', input.levels.length, personCount * competenceCount);
  if (input.personIds) sizeCheck('personIds', input.personIds.length, personCount);
  for (let q = 0; q < competenceCount; q++) {
    const need = input.need[q]!;
    if (!(need >= 0) || !Number.isFinite(need)) {
      throw new RetentionInputError('invalidNeed', { competenceId: input.competenceIds[q]!, value: String(need) });
    }
  }
}

export function checkRetentionInput(input: RetentionInput): void {
  const n = input.leaveProbabilities.length;
  checkRetentionCompetences(input, n);
  for (let i = 0; i < n; i++) {
    const p = input.leaveProbabilities[i]!;
    if (!(p >= 0 && p <= 1)) throw new RetentionInputError('invalidProbability', { index: i, value: String(p) });
  }
}

export function checkRetentionCommuteInput(input: RetentionCommuteInput): void {
  const n = input.newMinutes.length;
  if (input.addedMinutes.length !== n) {
    throw new RetentionInputError('sizeMismatch', {
      field: 'addedMinutes',
      expected: n,
      received: input.addedMinutes.length,
    });
  }
  checkRetentionCompetences(input, n);
  for (let i = 0; i < n; i++) {
    // +Infinity is allowed (an unreachable workplace: beyond any commute); NaN is not.
    if (Number.isNaN(input.newMinutes[i]!) || Number.isNaN(input.addedMinutes[i]!)) {
      throw new RetentionInputError('invalidMinutes', { index: i });
    }
  }
}
