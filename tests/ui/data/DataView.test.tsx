// @vitest-environment happy-dom
import { competenceSchema } from '../../../src/schema/competence';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { personSchema } from '../../../src/schema/person';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportCollectionCsv } from '../../../src/io/csv/exportCollectionCsv';
import { importDatasetJson } from '../../../src/io/datasetJson';
import { exportScenariosJson, importScenarios } from '../../../src/io/scenarioFile';
import type { Dataset } from '../../../src/schema/dataset';
import { createMemoryDatasetStorage } from '../../../src/state/datasetStorage';
import type { AppStore } from '../../../src/state/store';
import { App } from '../../../src/ui/App';
import { smallDataset } from '../../fixtures/smallDataset';
import { smallStore } from '../../state/storeFixtures';

const datasetOf = (store: AppStore): Dataset => {
  const status = store.getState().datasetStatus;
  if (status.kind !== 'ready') throw new Error(`dataset ${status.kind}`);
  return status.dataset;
};

/** The small dataset's people as a Swedish CSV, with one more person changed by `change`. */
function peopleFile(change: Record<string, unknown> = {}, name = 'personer.csv'): File {
  const raw = smallDataset();
  // The fixture writes the old single start date: export the people as the app holds them (periods).
  const people = raw.people.map((p) => personSchema.parse(p));
  const extra = { ...structuredClone(people[0]!), id: 'p005', ...change };
  return new File([exportCollectionCsv('people', [...people, extra], raw.competences.map((c) => competenceSchema.parse(c)), 'sv')], name, { type: 'text/csv' });
}

function renderDataView(options: { engine?: boolean } = {}) {
  const datasetStorage = createMemoryDatasetStorage();
  const store = smallStore({ engine: options.engine ?? false, datasetStorage });
  store.getState().setView('data');
  render(<App store={store} />);
  return { store, datasetStorage };
}

/** Blobs handed to `URL.createObjectURL`, with the file names the links were given. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test/${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names, text: async (index: number) => blobs[index]!.text() };
}

beforeEach(() => {
  vi.restoreAllMocks();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('Data view: import', () => {
  it('lists every problem with file, row and column, and replaces nothing', async () => {
    const { store } = renderDataView();
    const before = store.getState().datasetStatus;
    await userEvent.upload(await screen.findByLabelText('Filer att importera', {}, { timeout: 10_000 }), peopleFile({ birthYear: 'abc' }));
    const problems = await screen.findByRole('list', { name: /Importen har 1 fel/ });
    // Row 1 is the header, so the fifth person is on row 6.
    expect(within(problems).getByRole('listitem')).toHaveTextContent('personer.csv, rad 6, kolumn ”födelseår”: ”abc” är inte ett heltal');
    expect(screen.queryByRole('button', { name: 'Ersätt datamängden' })).toBeNull();
    expect(store.getState().datasetStatus).toBe(before);
  });

  it('lists problems across files together', async () => {
    renderDataView();
    const sites = new File(['id;namn\n'], 'arbetsplatser.csv', { type: 'text/csv' });
    await userEvent.upload(await screen.findByLabelText('Filer att importera', {}, { timeout: 10_000 }), [peopleFile({ municipalityId: 'okand', birthYear: 1975 }), sites]);
    const problems = await screen.findByRole('list', { name: /Importen har \d+ fel/ });
    const lines = within(problems).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines.some((l) => l?.startsWith('arbetsplatser.csv'))).toBe(true);
    expect(lines.length).toBeGreaterThanOrEqual(2);
  });

  it('shows a summary of a valid import and replaces the dataset only once confirmed', async () => {
    const { store, datasetStorage } = renderDataView();
    const before = store.getState().datasetStatus;
    await userEvent.upload(await screen.findByLabelText('Filer att importera'), peopleFile());
    const counts = await screen.findByRole('table', { name: 'Antal nu och efter importen' });
    expect(within(counts).getByRole('row', { name: /Personer/ })).toHaveTextContent(/Personer\s*4\s*5/);
    expect(within(counts).getByRole('row', { name: /Befattningar/ })).toHaveTextContent(/Befattningar\s*3\s*3/);
    expect(store.getState().datasetStatus).toBe(before);
    expect(screen.getByRole('heading', { level: 2, name: '4 personer → 3 befattningar' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Ersätt datamängden' }));
    expect(await screen.findByRole('heading', { level: 2, name: '5 personer → 3 befattningar' })).toBeInTheDocument();
    expect(datasetOf(store).people.map((p) => p.id)).toEqual(['p001', 'p002', 'p003', 'p004', 'p005']);
    expect(store.getState().datasetOrigin).toBe('imported');
    await waitFor(() => expect(datasetStorage.items.get('current')).toEqual(datasetOf(store)));
    expect(within(screen.getByTestId('people-table')).getByRole('rowheader', { name: 'p005' })).toBeInTheDocument();
    expect(screen.getByText('Datamängden ersattes; alla vyer använder den nu.')).toBeInTheDocument();
  });

  it('takes dropped files as well', async () => {
    renderDataView();
    fireEvent.drop(await screen.findByTestId('import-drop-zone'), { dataTransfer: { files: [peopleFile()] } });
    expect(await screen.findByRole('table', { name: 'Antal nu och efter importen' })).toBeInTheDocument();
  });

  it('warns before confirming when the user\'s scenarios name people the new dataset lacks', async () => {
    const { store } = renderDataView();
    store.getState().updateScenario('central', (s) => ({ ...s, decisions: { ...s.decisions, lasExemptions: ['p004'] } }));
    const raw = smallDataset();
    const withoutP004 = new File([exportCollectionCsv('people', raw.people.slice(0, 3).map((p) => personSchema.parse(p)), raw.competences.map((c) => competenceSchema.parse(c)), 'sv')], 'personer.csv');
    await userEvent.upload(await screen.findByLabelText('Filer att importera'), withoutP004);
    const heading = await screen.findByRole('heading', { name: /Dina scenarier hänvisar till 1 sak/ });
    expect(heading.parentElement).toHaveTextContent('p004');
    expect(screen.getByRole('button', { name: 'Ersätt datamängden' })).toBeInTheDocument();
  });

  it('changes nothing when cancelled', async () => {
    const { store } = renderDataView();
    const before = store.getState().datasetStatus;
    await userEvent.upload(await screen.findByLabelText('Filer att importera'), peopleFile());
    await userEvent.click(await screen.findByRole('button', { name: 'Avbryt' }));
    expect(screen.getByText('Importen avbröts; inget ändrades.')).toBeInTheDocument();
    expect(store.getState().datasetStatus).toBe(before);
  });

  it('restores the previous dataset and the default data', async () => {
    const { store } = renderDataView();
    expect(await screen.findByRole('button', { name: 'Återställ standarddata' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Återställ föregående datamängd' })).toBeDisabled();
    await userEvent.upload(screen.getByLabelText('Filer att importera'), peopleFile());
    await userEvent.click(await screen.findByRole('button', { name: 'Ersätt datamängden' }));
    await screen.findByRole('heading', { level: 2, name: '5 personer → 3 befattningar' });

    await userEvent.click(screen.getByRole('button', { name: 'Återställ föregående datamängd' }));
    expect(await screen.findByRole('heading', { level: 2, name: '4 personer → 3 befattningar' })).toBeInTheDocument();
    expect(store.getState().datasetOrigin).toBe('default');

    await userEvent.click(screen.getByRole('button', { name: 'Återställ föregående datamängd' }));
    expect(await screen.findByRole('heading', { level: 2, name: '5 personer → 3 befattningar' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Återställ standarddata' }));
    expect(await screen.findByRole('heading', { level: 2, name: '4 personer → 3 befattningar' })).toBeInTheDocument();
    expect(datasetOf(store).people).toHaveLength(4);
    expect(screen.getByText('Standarddata är tillbaka.')).toBeInTheDocument();
  });

  it('refuses a file over 20 MB at once, without reading it', async () => {
    const { store } = renderDataView();
    const before = store.getState().datasetStatus;
    const huge = new File(['id;namn\n'], 'personer.csv', { type: 'text/csv' });
    Object.defineProperty(huge, 'size', { value: 21 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'arrayBuffer');
    const text = vi.spyOn(huge, 'text');
    await userEvent.upload(await screen.findByLabelText('Filer att importera'), huge);
    const problems = await screen.findByRole('list', { name: /Importen har 1 fel/ });
    expect(problems).toHaveTextContent('personer.csv: filen är 21 MB; filer över 20 MB tas inte emot');
    expect(read).not.toHaveBeenCalled();
    expect(text).not.toHaveBeenCalled();
    expect(store.getState().datasetStatus).toBe(before);
  });

  it('is in English when the page is', async () => {
    const { store } = renderDataView();
    act(() => store.getState().setLanguage('en'));
    await userEvent.upload(await screen.findByLabelText('Files to import'), peopleFile({ birthYear: 'abc' }));
    const problems = await screen.findByRole('list', { name: /The import has 1 problem/ });
    expect(problems).toHaveTextContent('personer.csv, row 6, column "födelseår"');
  });
});

describe('Data view: templates and exports', () => {
  it('explains every column in tables and downloads the CSV templates', async () => {
    const downloads = captureDownloads();
    renderDataView();
    const people = await screen.findByRole('table', { name: /Kolumner i filen Personer/ });
    expect(within(people).getByRole('rowheader', { name: 'födelseår' })).toBeInTheDocument();
    expect(within(people).getByRole('rowheader', { name: 'hem_lat' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Kolumner i filen Befattningar/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Kolumner i filen Arbetsplatser/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Kolumner i filen Kompetenser/ })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Mall: Personer (CSV)' }));
    const text = await downloads.text(0);
    expect(downloads.names[0]).toBe('personer-mall.csv');
    const [header] = text.split(/\r?\n/);
    expect(header!.startsWith('\uFEFFid;namn;arbetsgivare;')).toBe(true);
    // One column per competence of the current dataset.
    // Headed by their Swedish names, not their ids.
    for (const c of smallDataset().competences) expect(header!.split(';')).toContain(c.name);
  });

  it('exports the dataset and the scenarios as re-importable JSON', async () => {
    const downloads = captureDownloads();
    const { store } = renderDataView();
    await userEvent.click(await screen.findByRole('button', { name: 'Datamängden (JSON)' }));
    const json = await downloads.text(0);
    const back = importDatasetJson({ name: downloads.names[0]!, bytes: new TextEncoder().encode(json) });
    expect(back.ok && back.dataset).toEqual(datasetOf(store));

    await userEvent.click(screen.getByRole('button', { name: 'Alla scenarier (JSON)' }));
    const scenarios = importScenarios(await downloads.text(1), { dataset: datasetOf(store) });
    expect(scenarios.ok && scenarios.scenarios).toEqual(store.getState().scenarios);
  });

  it('exports the impact per person of the active scenario as Swedish CSV, and the decision log', async () => {
    const downloads = captureDownloads();
    const { store } = renderDataView({ engine: true });
    const button = await screen.findByRole('button', { name: 'Påverkan per person (CSV)' });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    const lines = (await downloads.text(0)).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    const header = lines[0]!.split(';');
    expect(header.slice(0, 3)).toEqual(['id', 'namn', 'arbetsgivare']);
    const active = store.getState().activeScenarioId!;
    const evaluation = store.getState().results[active]!.evaluation!;
    expect(lines).toHaveLength(1 + evaluation.commute.people.length);
    const minutesColumn = header.indexOf('minuter_idag');
    for (const person of evaluation.commute.people) {
      const row = lines.find((l) => l.startsWith(`${person.personId};`))!.split(';');
      expect(row[minutesColumn]).toBe(String(Math.round(person.todayMinutes * 10) / 10).replace('.', ','));
    }
    // Named after the scenario as the user knows it, not its internal id.
    const name = store.getState().scenarios.find((s) => s.id === active)!.name;
    expect(downloads.names[0]).toBe(`${name}-påverkan-per-person.csv`);

    await userEvent.click(screen.getByRole('button', { name: 'Beslutsloggen (CSV)' }));
    expect((await downloads.text(1)).replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('tid;roll;åtgärd;person;befattning;arbetsplats;detalj;motivering');
  });

  it('imports scenarios (undoable) and lists the problems of a bad scenario file', async () => {
    const { store } = renderDataView();
    const count = store.getState().scenarios.length;
    const file = new File([exportScenariosJson([store.getState().scenarios[0]!])], 'scenarier.json', { type: 'application/json' });
    const input = await screen.findByLabelText('Scenariefil (JSON)');
    await userEvent.upload(input, file);
    expect(await screen.findByText(/1 scenario\(er\) lades till/)).toBeInTheDocument();
    expect(store.getState().scenarios).toHaveLength(count + 1);
    act(() => store.temporal.getState().undo());
    expect(store.getState().scenarios).toHaveLength(count);

    const bad = { ...store.getState().scenarios[0]!, id: 'mine', functionSites: { 'head-office': 'nowhere' } };
    await userEvent.upload(input, new File([exportScenariosJson([bad])], 'scenarier.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Scenariefilen har');
    expect(alert).toHaveTextContent('mine');
    expect(store.getState().scenarios).toHaveLength(count);
  });
});
