// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { HubPlacementResult } from '../../../src/engine/optimiser/hubPlacementTypes';
import { createI18n } from '../../../src/i18n/createTranslator';
import { validateDataset } from '../../../src/schema/validateDataset';
import { SuggestHubsPanel, type SuggestHubsControl } from '../../../src/ui/optimiser/SuggestHubsPanel';
import { smallDataset } from '../../fixtures/smallDataset';

const validation = validateDataset(smallDataset(), { strict: true });
if (!validation.ok) throw new Error('small dataset invalid');
const dataset = validation.dataset;
const base = dataset.scenarios.find((s) => s.id === 'central')!;

describe('SuggestHubsPanel cancel', () => {
  it('shows progress with a Cancel button; Cancel aborts the run and says so, with no error', async () => {
    let control: SuggestHubsControl | null = null;
    // An optimiser that reports a third of its work, then runs until it is aborted (as the worker is terminated).
    const run = (_params: unknown, c: SuggestHubsControl) =>
      new Promise<HubPlacementResult>((_resolve, reject) => {
        control = c;
        c.onProgress(1 / 3);
        c.signal?.addEventListener('abort', () => reject(new Error('evaluation cancelled')));
      });
    render(
      <I18nextProvider i18n={createI18n('sv')}>
        <SuggestHubsPanel dataset={dataset} baseScenario={base} language="sv" run={run} onKeep={() => undefined} />
      </I18nextProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Föreslå' }));
    expect(await screen.findByRole('progressbar', { name: 'Optimeringens förlopp' })).toHaveValue(1 / 3);
    expect(screen.getByText(/Optimerar… 33 %/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Föreslå' })).toBeDisabled();
    expect(control!.signal!.aborted).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(control!.signal!.aborted).toBe(true);
    expect(await screen.findByText('Förslaget avbröts; inget ändrades.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Föreslå' })).toBeEnabled();
  });
});
