// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../src/i18n/createTranslator';
import { loadRegister } from '../../../src/io/releaseRegisterStorage';
import { ReportExportPanel } from '../../../src/ui/report/ReportExportPanel';
import { evaluateScenario } from '../../../src/engine/evaluateScenario';
import { evaluatedDefaultData } from '../../engine/report/reportFixture';
import { defaultTravelModel } from '../../helpers/defaultData';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('ReportExportPanel', () => {
  it('builds and checks the report, records the download in the release register, and resets it when k changes', async () => {
    const { dataset, scenarios } = await evaluatedDefaultData();
    const storage = memoryStorage();
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <ReportExportPanel
          dataset={dataset}
          scenarios={dataset.scenarios}
          evaluations={scenarios.map((s) => s.evaluation)}
          language="en"
          storage={storage}
        />
      </I18nextProvider>,
    );
    expect(screen.getByRole('checkbox', { name: 'Centraliserad' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Idag' }));
    const k = screen.getByLabelText('The dataset’s smallest group shown (k, at least 3)');
    expect(k).toHaveValue(5);
    await user.clear(k);
    await user.type(k, '2');
    expect(screen.getByRole('button', { name: 'Build and check the report' })).toBeDisabled();
    await user.clear(k);
    await user.type(k, '5');
    await user.click(screen.getByRole('button', { name: 'Build and check the report' }));
    const link = await screen.findByRole('link', { name: 'Download the report (JSON)' }, { timeout: 20_000 });
    expect(link).toHaveAttribute('download', 'anonymiserad-rapport.json');
    expect(link.getAttribute('href')).toMatch(/^blob:/);
    expect(screen.getByText(/The check passed/)).toBeInTheDocument();
    expect(screen.getByTestId('release-register')).toHaveTextContent('so far (register in this browser): 0');

    // Downloading is releasing: the register now holds the report.
    link.addEventListener('click', (event) => event.preventDefault());
    await user.click(link);
    const stored = loadRegister(storage, dataset.id);
    expect(stored.kind).toBe('ok');
    if (stored.kind === 'ok')
      expect(stored.register).toMatchObject({ k: 5, releases: [{ report: { parameters: { k: 5 } } }] });
    expect(screen.getByTestId('release-register')).toHaveTextContent('so far (register in this browser): 1');

    // Changing k warns and, once confirmed, resets the register.
    const confirm = vi.fn<(message?: string) => boolean>().mockReturnValueOnce(false).mockReturnValue(true);
    window.confirm = confirm;
    await user.type(k, '{backspace}6');
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Changing k resets the register'));
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(loadRegister(storage, dataset.id).kind).toBe('none');
    expect(screen.getByTestId('release-register')).toHaveTextContent('so far (register in this browser): 0');
  }, 60_000);

  it('chooses the scenarios of the default membership at first, and refuses a report mixing memberships', async () => {
    const { dataset } = await evaluatedDefaultData();
    const travelModel = defaultTravelModel();
    const chosen = dataset.scenarios.filter((s) => s.id === 'decentralised' || s.id === 'decentralised-with-hylte');
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <ReportExportPanel
          dataset={dataset}
          scenarios={chosen}
          evaluations={chosen.map((s) => evaluateScenario(dataset, s, { travelModel }))}
          language="en"
          storage={memoryStorage()}
        />
      </I18nextProvider>,
    );
    expect(screen.getByRole('checkbox', { name: 'Decentraliserad' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Decentraliserad med Hylte' })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Decentraliserad med Hylte' }));
    await user.click(screen.getByRole('button', { name: 'Build and check the report' }));
    expect(await screen.findByText(/the scenarios differ in members/, {}, { timeout: 20_000 })).toBeInTheDocument();
  }, 60_000);
});
