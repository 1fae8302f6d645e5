// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/createTranslator';
import { exportCollectionCsv } from '../../../src/io/csv/exportCollectionCsv';
import { validateDataset } from '../../../src/schema/validateDataset';
import { ImportPanel } from '../../../src/ui/data/ImportPanel';
import { createInProcessImportClient, type ImportClient } from '../../../src/worker/importClient';
import { smallDataset } from '../../fixtures/smallDataset';

describe('ImportPanel', () => {
  it('shows the answer even when a progress report arrives after it (progress has its own channel)', async () => {
    const raw = smallDataset();
    const result = validateDataset(raw, { strict: true });
    if (!result.ok) throw new Error('fixture invalid');
    const inProcess = createInProcessImportClient();
    let late: (() => void) | null = null;
    // As the worker client can: the answer first, then a report still in flight on the progress port.
    const client: ImportClient = {
      importFiles: async (files, current, lang, scenarios, onProgress) => {
        const outcome = await inProcess.importFiles(files, current, lang, scenarios);
        late = () => onProgress?.(0.9);
        return outcome;
      },
    };
    render(
      <I18nextProvider i18n={createI18n('sv')}>
        <ImportPanel dataset={result.dataset} scenarios={[]} language="sv" client={client} onReplace={() => {}} />
      </I18nextProvider>,
    );
    const extra = { ...structuredClone(raw.people[0]!), id: 'p005', birthYear: 'abc' };
    const file = new File([exportCollectionCsv('people', [...raw.people, extra], raw.competences, 'sv')], 'personer.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText('Filer att importera'), file);
    expect(await screen.findByRole('list', { name: /Importen har 1 fel/ })).toBeInTheDocument();
    expect(late).not.toBeNull();
    act(() => late!());
    expect(screen.getByRole('list', { name: /Importen har 1 fel/ })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
