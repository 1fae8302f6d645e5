// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/createTranslator';
import { ReportExportPanel } from '../../../src/ui/report/ReportExportPanel';
import { evaluatedDefaultData } from '../../engine/report/reportFixture';

describe('ReportExportPanel', () => {
  it('builds and checks the report of the chosen scenarios and offers it for download', async () => {
    const { dataset, scenarios } = await evaluatedDefaultData();
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <ReportExportPanel dataset={dataset} scenarios={dataset.scenarios} evaluations={scenarios.map((s) => s.evaluation)} language="en" />
      </I18nextProvider>,
    );
    expect(screen.getByRole('checkbox', { name: 'Centraliserad' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Idag' }));
    const k = screen.getByLabelText('Smallest group shown (k, at least 3)');
    await user.clear(k);
    await user.type(k, '2');
    expect(screen.getByRole('button', { name: 'Build and check the report' })).toBeDisabled();
    await user.clear(k);
    await user.type(k, '4');
    await user.click(screen.getByRole('button', { name: 'Build and check the report' }));
    const link = await screen.findByRole('link', { name: 'Download the report (JSON)' }, { timeout: 10_000 });
    expect(link).toHaveAttribute('download', 'anonymiserad-rapport.json');
    expect(link.getAttribute('href')).toMatch(/^blob:/);
    expect(screen.getByText(/The check passed/)).toBeInTheDocument();
  });
});
