import type { TFunction } from 'i18next';
import type { EngineErrorData } from '../engine/engineError';

/** Wording of the engine's errors that have no message area of their own. */
export const engineErrorMessages = {
  en: {
    'assignment.invalid-dimensions': 'The assignment has an invalid size ({{rows}} × {{cols}}).',
    'assignment.size-mismatch': 'The assignment matrix holds {{length}} values, not {{rows}} × {{cols}}.',
    'assignment.mask-size-mismatch': 'The allowed pairs hold {{length}} values, not {{rows}} × {{cols}}.',
    'assignment.ragged-rows': 'Row {{row}} of the assignment matrix has {{length}} values, not {{cols}}.',
    'assignment.non-finite-value': 'A score in the assignment matrix is not a finite number.',
    'assignment.column-out-of-range': 'Column {{col}} is outside the matrix ({{cols}} columns).',
    'assignment.no-augmenting-path':
      'The assignment could not be completed (row {{row}}): this is a fault in the engine; please report it.',
    unexpected: 'An unexpected fault in the engine: {{detail}}',
  },
  sv: {
    'assignment.invalid-dimensions': 'Tilldelningen har en ogiltig storlek ({{rows}} × {{cols}}).',
    'assignment.size-mismatch': 'Tilldelningsmatrisen har {{length}} värden, inte {{rows}} × {{cols}}.',
    'assignment.mask-size-mismatch': 'De tillåtna paren har {{length}} värden, inte {{rows}} × {{cols}}.',
    'assignment.ragged-rows': 'Rad {{row}} i tilldelningsmatrisen har {{length}} värden, inte {{cols}}.',
    'assignment.non-finite-value': 'En poäng i tilldelningsmatrisen är inte ett ändligt tal.',
    'assignment.column-out-of-range': 'Kolumn {{col}} ligger utanför matrisen ({{cols}} kolumner).',
    'assignment.no-augmenting-path':
      'Tilldelningen kunde inte slutföras (rad {{row}}): det är ett fel i beräkningsmotorn; rapportera det gärna.',
    unexpected: 'Ett oväntat fel i beräkningsmotorn: {{detail}}',
  },
};

/** The message area and key of each domain's codes. */
const keyOf: Record<EngineErrorData['domain'], (code: string) => string> = {
  assignment: (code) => `engineError.assignment.${code}`,
  retention: (code) => `retention.error.${code}`,
  anonymisation: (code) => `anonymisation.${code}`,
  unexpected: () => 'engineError.unexpected',
};

/** An engine error worded in the translator's language. */
export function engineErrorMessage(t: TFunction, error: EngineErrorData): string {
  const key = keyOf[error.domain](error.code);
  return t(key, {
    ...error.params,
    defaultValue: t('engineError.unexpected', { detail: `${error.domain}/${error.code}` }),
  });
}
