// @vitest-environment happy-dom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildManagerPackage } from '../../../src/engine/managerPackage/buildManagerPackage';
import { managerDecisionsSchema } from '../../../src/schema/managerDecisions';
import type { ManagerPackage } from '../../../src/schema/managerPackage';
import { validateDataset } from '../../../src/schema/validateDataset';
import { createMemoryDatasetStorage } from '../../../src/state/datasetStorage';
import { createMemoryStorage } from '../../../src/state/savedStateStorage';
import { createAppStore, SAVED_STATE_KEY } from '../../../src/state/store';
import { App } from '../../../src/ui/App';
import { createInProcessEngine } from '../../../src/worker/inProcessEngine';
import { smallDataset } from '../../fixtures/smallDataset';
import { smallRoadModel } from '../../fixtures/smallTravel';
import { smallStore } from '../../state/storeFixtures';

function smallPackage(): ManagerPackage {
  const validation = validateDataset(smallDataset());
  if (!validation.ok) throw new Error('small dataset invalid');
  const dataset = validation.dataset;
  return buildManagerPackage(
    dataset,
    dataset.scenarios.filter((s) => s.kind === 'target'),
    { travelModel: smallRoadModel, createdAt: '2026-12-07T08:00:00Z' },
  );
}

function captureDownloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test/${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}

beforeEach(() => vi.restoreAllMocks());
afterEach(() => vi.restoreAllMocks());

describe('manager mode (a package opened)', () => {
  it('shows the banner, has no role switch and no report view, and evaluates on the package', async () => {
    const store = createAppStore({ engine: createInProcessEngine(smallRoadModel), managerPackage: smallPackage() });
    render(<App store={store} />);
    expect(screen.getByRole('region', { name: 'Chefspaket' })).toHaveTextContent(
      'inga löner, bostadsplatser, födelse- eller anställningsdatum',
    );
    expect(screen.queryByLabelText('Roll')).toBeNull();
    expect(screen.queryByRole('tab', { name: /Rapport/ })).toBeNull();
    expect(store.getState().role).toBe('manager');
    store.getState().setRole('hr');
    expect(store.getState().role).toBe('manager');
    await waitFor(() => expect(Object.values(store.getState().results).some((r) => r.evaluation !== null)).toBe(true), {
      timeout: 5000,
    });
  });

  it('offers no people import, no dataset export and no scenario import in Data, and exports decisions without private fields', async () => {
    const pkg = smallPackage();
    const store = createAppStore({ engine: createInProcessEngine(smallRoadModel), managerPackage: pkg });
    store.getState().setView('data');
    render(<App store={store} />);
    await screen.findByRole('heading', { name: 'Dina beslut, till HR' }, { timeout: 5000 });
    expect(screen.queryByLabelText('Filer att importera')).toBeNull();
    expect(screen.queryByRole('button', { name: /Exportera datamängden|datamängden \(JSON\)/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Chefspaket' })).toBeNull();
    // People are listed with their age band from the package (no birth year in it).
    expect(within(screen.getByTestId('people-table')).getAllByRole('row')).toHaveLength(1 + pkg.dataset.people.length);

    const blobs = captureDownloads();
    await userEvent.type(screen.getByLabelText('Ditt namn (visas för HR som förslagsställare)'), 'Anna');
    await userEvent.click(screen.getByRole('button', { name: 'Exportera besluten' }));
    const file = managerDecisionsSchema.parse(JSON.parse(await blobs[0]!.text()));
    expect(file.datasetFingerprint).toBe(pkg.datasetFingerprint);
    expect(file.proposedBy).toBe('Anna');
  });

  it('refuses a package of another dataset while one is open, touching nothing', async () => {
    const pkg = smallPackage();
    const storage = createMemoryStorage();
    const packageStorage = createMemoryDatasetStorage({ current: JSON.stringify(pkg) });
    const onPackageChanged = vi.fn();
    const store = createAppStore({ managerPackage: pkg, storage, packageStorage, onPackageChanged });
    const other = { ...pkg, dataset: { ...pkg.dataset, id: 'elsewhere' } };
    const { datasetFingerprint } = await import('../../../src/schema/datasetFingerprint');
    other.datasetFingerprint = datasetFingerprint(other.dataset);
    expect(await store.getState().openManagerPackage('annat.json', JSON.stringify(other))).toBe(false);
    expect(store.getState().packageProblems?.map((p) => p.code)).toEqual(['other-dataset']);
    expect(packageStorage.items.get('current')).toBe(JSON.stringify(pkg));
    expect(onPackageChanged).not.toHaveBeenCalled();
  });
});

describe("HR's app", () => {
  it('labels the role switch as a preview, and then offers the manager package instead of the full dataset', async () => {
    const store = smallStore({ engine: true });
    store.getState().setView('data');
    render(<App store={store} />);
    expect(await screen.findByRole('button', { name: 'Datamängden (JSON)' }, { timeout: 5000 })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Roll'), 'Förhandsvisa som chef');
    expect(screen.getByText(/Förhandsvisning: den här webbläsaren har HR:s fullständiga data/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Datamängden (JSON)' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Exportera chefspaketet' })).toBeInTheDocument();
  });

  it('opens a package from the start screen; a refused one is explained and the saved work stays', async () => {
    const storage = createMemoryStorage();
    const packageStorage = createMemoryDatasetStorage();
    const onPackageChanged = vi.fn();
    const store = smallStore({ storage, packageStorage, onPackageChanged });
    render(<App store={store} />);
    await waitFor(() => expect(storage.items.get(SAVED_STATE_KEY)).toBeDefined());
    const saved = storage.items.get(SAVED_STATE_KEY);
    const bad = { ...smallPackage(), packageVersion: 9 };
    await userEvent.upload(
      screen.getByLabelText('Välj en paketfil'),
      new File([JSON.stringify(bad)], 'chef.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'chef.json: gjord av en nyare version av appen (version 9',
    );
    expect(storage.items.get(SAVED_STATE_KEY)).toBe(saved);
    expect(packageStorage.items.size).toBe(0);

    const good = smallPackage();
    await userEvent.upload(
      screen.getByLabelText('Välj en paketfil'),
      new File([JSON.stringify(good)], 'chef.json', { type: 'application/json' }),
    );
    await waitFor(() => expect(onPackageChanged).toHaveBeenCalledOnce());
    expect(packageStorage.items.get('current')).toBe(JSON.stringify(good));
    expect(storage.items.get(SAVED_STATE_KEY)).toBe(saved);
  });
});
