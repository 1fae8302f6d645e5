// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildAnonymisedReport } from '../../../src/engine/report';
import { UnionApp } from '../../../src/union/UnionApp';
import { evaluatedDefaultData } from '../../engine/report/reportFixture';

async function reportFile(mutate: (report: Record<string, unknown>) => void = () => {}): Promise<File> {
  const { dataset, scenarios } = await evaluatedDefaultData();
  const report = JSON.parse(JSON.stringify(buildAnonymisedReport(dataset, scenarios))) as Record<string, unknown>;
  mutate(report);
  return new File([JSON.stringify(report)], 'rapport.json', { type: 'application/json' });
}

describe('union view', () => {
  it('opens a report file from the file input and shows its tables, hidden cells as "< 5" with the reason', async () => {
    const user = userEvent.setup();
    render(<UnionApp />);
    expect(screen.getByRole('heading', { level: 1, name: 'Anonymiserad konsekvensrapport' })).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Öppna en rapportfil (JSON)'), await reportFile());

    // One such table per target scenario: the first is the centralised one.
    const tables = await screen.findAllByRole('table', { name: 'Förändrad enkel restid (minuter) per kommun man kommer från' }, { timeout: 10_000 });
    expect(tables).toHaveLength(2);
    const table = tables[0]!;
    expect(within(table).getByRole('rowheader', { name: 'Gislaved' })).toBeInTheDocument();
    expect(within(table).getAllByText('< 5').length).toBeGreaterThan(0);
    expect(within(table).getAllByTitle('Dolt: färre än 5 personer, eller dolt för att skydda en sådan grupp').length).toBeGreaterThan(0);
    expect(screen.getByText(/"< 5" betyder ett dolt tal/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Scenario: Centraliserad' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Karta över hemområden/ })).toBeInTheDocument();
  });

  it('switches to English', async () => {
    const user = userEvent.setup();
    render(<UnionApp />);
    await user.selectOptions(screen.getByLabelText('Språk'), 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'Anonymised impact report' })).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Open a report file (JSON)'), await reportFile());
    expect((await screen.findAllByRole('table', { name: 'Change of one-way commute (minutes) by age band' })).length).toBe(2);
  });

  it('refuses a file with a cell below k and a person id, naming where and why, and shows no table', async () => {
    const user = userEvent.setup();
    render(<UnionApp />);
    const file = await reportFile((report) => {
      const tables = report.tables as { cells: (number | null)[][] }[];
      tables[0]!.cells[0]![0] = 2;
      (report.parameters as { datasetName: string }).datasetName = 'GGVV p017';
    });
    await user.upload(screen.getByLabelText('Öppna en rapportfil (JSON)'), file);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/\$\.tables\[0\]\.cells\[0\]\[0\]: tabell centralised\.commuteByOrigin visar 2, färre än k = 5/)).toBeInTheDocument();
    expect(within(alert).getByText(/\$\.parameters\.datasetName: ser ut som ett person-id/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('opens a file dropped on the drop zone', async () => {
    render(<UnionApp />);
    const zone = screen.getByText('eller släpp filen här').parentElement!;
    fireEvent.drop(zone, { dataTransfer: { files: [await reportFile()] } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Scenario: Decentraliserad' }, { timeout: 10_000 })).toBeInTheDocument();
  });
});
