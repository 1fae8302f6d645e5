// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { UnionApp } from '../../../src/union/UnionApp';
import { builtReport, evaluatedDefaultData } from '../../engine/report/reportFixture';

async function reportFile(mutate: (report: Record<string, unknown>) => void = () => {}): Promise<File> {
  const { dataset, scenarios } = await evaluatedDefaultData();
  const report = JSON.parse(JSON.stringify(builtReport(dataset, scenarios).report)) as Record<string, unknown>;
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
    const tables = await screen.findAllByRole(
      'table',
      { name: 'Förändrad enkel restid per kommun man arbetar i' },
      { timeout: 10_000 },
    );
    expect(tables).toHaveLength(2);
    const table = tables[0]!;
    expect(within(table).getByRole('rowheader', { name: 'Gislaved' })).toBeInTheDocument();
    expect(within(table).getAllByText('< 5').length).toBeGreaterThan(0);
    expect(
      within(table).getAllByTitle('Dolt: färre än 5 personer, eller dolt för att skydda en sådan grupp').length,
    ).toBeGreaterThan(0);
    expect(screen.getByText(/Ett tal som visas som ”< 5” är dolt/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Scenario: Centraliserad' })).toBeInTheDocument();
    // Every table is explained in plain words.
    expect(screen.getAllByText(/Rader: kommunen varje person arbetar för i dag/)).toHaveLength(2);
    // The overall figures, and the map of the real municipalities with the hidden ones hatched.
    const overall = screen.getByRole('table', { name: 'Övergripande tal per scenario' });
    expect(within(overall).getByRole('rowheader', { name: 'Befattningar att rekrytera externt' })).toBeInTheDocument();
    // The four member municipalities; everyone living outside them is one row of the homes table.
    const map = screen.getByRole('img', { name: /Karta över personalens hemkommuner: 4 kommuner/ });
    // The base map draws every municipality of the region; only the members carry counts.
    expect(map.querySelectorAll('.map-land path[data-municipality]')).toHaveLength(6);
    expect(map.querySelector('.map-land path[data-municipality="1315"]')!.getAttribute('fill') ?? '').not.toMatch(
      /^url\(/,
    );
    expect(map.querySelector('.map-land path[data-municipality="0683"]')!.getAttribute('fill')).toMatch(/^rgb|^#/);
    expect(map.querySelector('.map-land path[data-municipality="0683"]')!.getAttribute('d')!.length).toBeGreaterThan(
      50,
    );
    const homes = screen.getByRole('table', { name: 'Var personalen bor, per kommun' });
    expect(within(homes).getByRole('rowheader', { name: 'utanför medlemskommunerna' })).toBeInTheDocument();
    // The small members share one row, named after them, and the row is explained.
    expect(within(table).getByRole('rowheader', { name: 'Gnosjö + Vaggeryd' })).toBeInTheDocument();
    expect(screen.getAllByText(/redovisade IT-personal är färre än 15 \(3 × 5\)/)).toHaveLength(2);
    expect(within(map as HTMLElement).getByText('Värnamo')).toBeInTheDocument();
    expect(screen.getAllByRole('img', { name: /per scenario/ }).length).toBe(2);
  });

  it('hatches a member municipality whose home count is hidden', async () => {
    const user = userEvent.setup();
    render(<UnionApp />);
    const file = await reportFile((report) => {
      const homes = (
        report.tables as { topic: string; rowIds: string[]; cells: (number | null)[][]; rowTotals: (number | null)[] }[]
      ).find((t) => t.topic === 'homeAreas')!;
      const r = homes.rowIds.indexOf('area-0665');
      homes.cells[r]![0] = null;
      homes.rowTotals[r] = null;
    });
    await user.upload(screen.getByLabelText('Öppna en rapportfil (JSON)'), file);
    const map = await screen.findByRole('img', { name: /Karta över personalens hemkommuner/ }, { timeout: 10_000 });
    expect(map.querySelector('.map-land path[data-municipality="0665"]')!.getAttribute('fill')).toMatch(/^url\(/);
  });

  it('switches to English', async () => {
    const user = userEvent.setup();
    render(<UnionApp />);
    await user.selectOptions(screen.getByLabelText('Språk'), 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'Anonymised impact report' })).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Open a report file (JSON)'), await reportFile());
    expect(
      (await screen.findAllByRole('table', { name: 'People without a position, by notice period (LAS 11 §)' })).length,
    ).toBe(2);
    expect(screen.getByText('How to read this report')).toBeInTheDocument();
  });

  it('refuses a file with a cell below k and a person id, naming where and why, and shows no table', async () => {
    const user = userEvent.setup();
    render(<UnionApp />);
    const file = await reportFile((report) => {
      const tables = report.tables as { cells: (number | null)[][] }[];
      const r = tables[0]!.cells.findIndex((row) => row.includes(null));
      tables[0]!.cells[r]![tables[0]!.cells[r]!.indexOf(null)] = 2;
      (report.parameters as { datasetName: string }).datasetName = 'GGVV p017';
    });
    await user.upload(screen.getByLabelText('Öppna en rapportfil (JSON)'), file);
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText(/tabell centralised\.statusByMunicipality visar 2, färre än k = 5/),
    ).toBeInTheDocument();
    expect(within(alert).getByText(/\$\.parameters\.datasetName: ser ut som ett person-id/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('opens a file dropped on the drop zone', async () => {
    render(<UnionApp />);
    const zone = screen.getByText('eller släpp filen här').parentElement!;
    fireEvent.drop(zone, { dataTransfer: { files: [await reportFile()] } });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Scenario: Decentraliserad' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });
});
