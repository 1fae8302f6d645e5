import { describe, expect, it } from 'vitest';
import { AnonymisationError } from '../../src/engine/anonymisation/anonymisationError';
import { AssignmentError } from '../../src/engine/assignment/assignmentProblem';
import { EngineError, engineErrorData, isEngineErrorData } from '../../src/engine/engineError';
import { RetentionInputError } from '../../src/engine/retention/retentionInput';
import { createTranslator } from '../../src/i18n/createTranslator';
import { engineErrorMessage } from '../../src/i18n/engineErrors';

describe('engineErrorData', () => {
  it('keeps the domain, code and params of every engine error', () => {
    expect(engineErrorData(new AssignmentError('no-augmenting-path', { row: 3 }))).toEqual({
      domain: 'assignment',
      code: 'no-augmenting-path',
      params: { row: 3 },
    });
    expect(engineErrorData(new RetentionInputError('invalidDraws', { value: 0 })).domain).toBe('retention');
    expect(engineErrorData(new AnonymisationError('k-too-small', { k: 2, min: 3 })).domain).toBe('anonymisation');
    expect(new AssignmentError('size-mismatch')).toBeInstanceOf(EngineError);
  });

  it('survives a structured clone (the worker boundary) as plain data', () => {
    const data = structuredClone(engineErrorData(new AssignmentError('ragged-rows', { row: 1, length: 2, cols: 3 })));
    expect(isEngineErrorData(data)).toBe(true);
    expect(engineErrorData(data)).toEqual(data);
  });

  it('turns anything else into an unexpected error that keeps its detail', () => {
    expect(engineErrorData(new Error('boom'))).toEqual({
      domain: 'unexpected',
      code: 'unexpected',
      params: { detail: 'boom' },
    });
    expect(engineErrorData('text')).toEqual({ domain: 'unexpected', code: 'unexpected', params: { detail: 'text' } });
    expect(isEngineErrorData({ domain: 'nowhere', code: 'x', params: {} })).toBe(false);
  });
});

describe('engineErrorMessage', () => {
  const error = engineErrorData(new AssignmentError('no-augmenting-path', { row: 3 }));

  it('words an engine error in Swedish for the Swedish user, with no code in sight', () => {
    const message = engineErrorMessage(createTranslator('sv'), error);
    expect(message).toBe(
      'Tilldelningen kunde inte slutföras (rad 3): det är ett fel i beräkningsmotorn; rapportera det gärna.',
    );
    expect(message).not.toContain('no-augmenting-path');
  });

  it('words the codes of every domain in both languages', () => {
    for (const language of ['sv', 'en'] as const) {
      const t = createTranslator(language);
      const retention = engineErrorMessage(t, engineErrorData(new RetentionInputError('invalidDraws', { value: 0 })));
      const anonymisation = engineErrorMessage(
        t,
        engineErrorData(new AnonymisationError('k-too-small', { k: 2, min: 3 })),
      );
      for (const message of [retention, anonymisation]) {
        expect(message).not.toMatch(/invalidDraws|k-too-small|\{\{/);
      }
    }
  });

  it('falls back to the unexpected-fault message for a code without wording', () => {
    const t = createTranslator('en');
    expect(engineErrorMessage(t, { domain: 'assignment', code: 'new-code', params: {} })).toBe(
      'An unexpected fault in the engine: assignment/new-code',
    );
  });
});
