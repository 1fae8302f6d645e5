/**
 * Typed failure of the anonymisation engine. It carries a code and parameters (never text):
 * the caller looks the message up in `src/i18n/anonymisation.ts`.
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

export class AnonymisationError extends Error {
  readonly code: AnonymisationErrorCode;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(code: AnonymisationErrorCode, params: Record<string, string | number> = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'AnonymisationError';
    this.code = code;
    this.params = params;
  }
}

/** The smallest threshold a report may use (SPEC §8, DOMAIN: groups under 3–5 are never shown). */
export const MIN_K = 3;
export const DEFAULT_K = 5;

export function checkK(k: number): void {
  if (!Number.isInteger(k) || k < MIN_K) throw new AnonymisationError('k-too-small', { k, min: MIN_K });
}
