// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { AssignmentError } from '../../../src/engine/assignment/assignmentProblem';
import { engineErrorData } from '../../../src/engine/engineError';
import { createI18n } from '../../../src/i18n/createTranslator';
import { ResultStatus } from '../../../src/ui/shell/ResultStatus';

describe('ResultStatus', () => {
  it('shows a failed calculation to a Swedish user in Swedish, without the engine code', () => {
    const error = structuredClone(engineErrorData(new AssignmentError('no-augmenting-path', { row: 3 })));
    render(
      <I18nextProvider i18n={createI18n('sv')}>
        <ResultStatus
          result={{ state: 'error', current: null, latest: null, progress: 0, elapsedMs: null, error }}
          language="sv"
        />
      </I18nextProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Beräkningen misslyckades: Tilldelningen kunde inte slutföras (rad 3)');
    expect(alert.textContent).not.toMatch(/no-augmenting-path|\{/);
  });
});
