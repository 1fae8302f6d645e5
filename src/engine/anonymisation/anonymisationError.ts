import { EngineError } from '../engineError';

/**
 * Typed failure of the anonymisation engine. It carries a code and parameters (never text):
 * the caller words it with `engineErrorMessage` (`src/i18n/engineErrors.ts`).
 */
export type AnonymisationErrorCode =
  | 'k-too-small'
  | 'invalid-table'
  | 'duplicate-table-id'
  | 'unknown-linked-table'
  | 'linked-labels-differ'
  | 'linked-margins-differ'
  | 'inconsistent-published-table'
  | 'invalid-points';

export class AnonymisationError extends EngineError {
  declare readonly code: AnonymisationErrorCode;

  constructor(code: AnonymisationErrorCode, params: Record<string, string | number> = {}) {
    super('anonymisation', code, params);
    this.name = 'AnonymisationError';
  }
}

/** The smallest threshold a report may use (groups under 3–5 are never shown in Swedish statistical practice; docs/anonymisation.md). */
export const MIN_K = 3;
export const DEFAULT_K = 5;

export function checkK(k: number): void {
  if (!Number.isInteger(k) || k < MIN_K) throw new AnonymisationError('k-too-small', { k, min: MIN_K });
}
