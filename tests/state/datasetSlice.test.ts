import { describe, expect, it } from 'vitest';
import { exportCollectionCsv } from '../../src/io/csv/exportCollectionCsv';
import type { Dataset } from '../../src/schema/dataset';
import { createMemoryDatasetStorage, type DatasetStorage } from '../../src/state/datasetStorage';
import { createMemoryStorage } from '../../src/state/savedStateStorage';
import { createAppStore, SAVED_STATE_KEY, type AppStore } from '../../src/state/store';
import { createInProcessImportClient } from '../../src/worker/importClient';
import { smallDataset } from '../fixtures/smallDataset';
import { assembledSmallDataset } from './storeFixtures';

const datasetOf = (store: AppStore): Dataset => {
  const status = store.getState().datasetStatus;
  if (status.kind !== 'ready') throw new Error(`dataset ${status.kind}`);
  return status.dataset;
};

/** The current dataset with one more person (a copy of the first under a new id). */
const withExtraPerson = (dataset: Dataset, id = 'p099'): Dataset => ({
  ...dataset,
  people: [...dataset.people, { ...structuredClone(dataset.people[0]!), id }],
});

async function startedStore(datasetStorage: DatasetStorage, storage = createMemoryStorage()) {
  const store = createAppStore({ datasetStorage, storage });
  await store.getState().restoreDataset(assembledSmallDataset());
  return store;
}

describe('dataset slice: imported datasets kept across visits', () => {
  it('starts on the default dataset when nothing is stored', async () => {
    const store = await startedStore(createMemoryDatasetStorage());
    expect(datasetOf(store).people.map((p) => p.id)).toEqual(smallDataset().people.map((p) => p.id));
    expect(store.getState().datasetOrigin).toBe('default');
    expect(store.getState().previousDataset).toBeNull();
    expect(store.getState().scenarios.length).toBeGreaterThan(0);
  });

  it('keeps an imported dataset through a reload (round trip through the storage)', async () => {
    const datasetStorage = createMemoryDatasetStorage();
    const first = await startedStore(datasetStorage);
    const versionBefore = first.getState().datasetVersion;
    const imported = withExtraPerson(datasetOf(first));
    await first.getState().replaceDataset(imported);
    expect(datasetOf(first).people).toHaveLength(5);
    expect(first.getState().datasetVersion).toBe(versionBefore + 1);
    expect(first.getState().datasetOrigin).toBe('imported');
    expect(datasetStorage.items.get('current')).toEqual(imported);

    const reloaded = await startedStore(datasetStorage);
    expect(datasetOf(reloaded)).toEqual(imported);
    expect(reloaded.getState().datasetOrigin).toBe('imported');
    expect(reloaded.getState().previousDataset).toEqual({ origin: 'default' });
    expect(reloaded.getState().datasetNotice).toBeNull();
  });

  it('restores the previous dataset and resets to the default, and the storage follows', async () => {
    const datasetStorage = createMemoryDatasetStorage();
    const store = await startedStore(datasetStorage);
    const first = withExtraPerson(datasetOf(store), 'p098');
    await store.getState().replaceDataset(first);
    const second = withExtraPerson(first, 'p099');
    await store.getState().replaceDataset(second);
    expect(datasetOf(store).people).toHaveLength(6);

    await store.getState().restorePreviousDataset();
    expect(datasetOf(store)).toEqual(first);
    expect(store.getState().previousDataset).toEqual({ origin: 'imported', dataset: second });
    expect(datasetStorage.items.get('current')).toEqual(first);

    await store.getState().resetToDefaultDataset();
    expect(datasetOf(store).people).toHaveLength(4);
    expect(store.getState().datasetOrigin).toBe('default');
    expect(datasetStorage.items.has('current')).toBe(false);

    // Restoring the previous brings the import back; restoring again, the default.
    await store.getState().restorePreviousDataset();
    expect(datasetOf(store)).toEqual(first);
    await store.getState().restorePreviousDataset();
    expect(store.getState().datasetOrigin).toBe('default');
    expect(datasetOf(store).people).toHaveLength(4);
  });

  it('reads a dataset stored before employment periods existed: each start date becomes one open period', async () => {
    // smallDataset() writes people with the old single employmentStart, as a stored dataset of then.
    const old = { ...smallDataset(), people: smallDataset().people.map((p, i) => ({ ...p, id: `p10${i}` })) };
    expect(old.people[0]).toHaveProperty('employmentStart', '2005-03-01');
    const store = await startedStore(createMemoryDatasetStorage({ current: old }));
    expect(store.getState().datasetOrigin).toBe('imported');
    expect(datasetOf(store).people[0]!.employmentPeriods).toEqual([{ start: '2005-03-01' }]);
    expect(datasetOf(store).people[0]).not.toHaveProperty('employmentStart');
  });

  it('sets a stored dataset that fails validation aside, says so, and uses the default', async () => {
    const corrupt = {
      ...withExtraPerson(smallDataset() as unknown as Dataset),
      people: [{ id: 'p001', siteId: 'nowhere' }],
    };
    const datasetStorage = createMemoryDatasetStorage({ current: corrupt });
    const store = await startedStore(datasetStorage);
    expect(store.getState().datasetOrigin).toBe('default');
    expect(datasetOf(store).people).toHaveLength(4);
    expect(store.getState().datasetNotice?.code).toBe('stored-invalid');
    expect(datasetStorage.items.get('set-aside')).toEqual(corrupt);
    expect(datasetStorage.items.has('current')).toBe(false);
  });

  it('reports a failed save and keeps the imported dataset in memory', async () => {
    const failing: DatasetStorage = {
      read: async () => null,
      write: async () => {
        throw new Error('quota exceeded');
      },
      remove: async () => undefined,
    };
    const store = await startedStore(failing);
    await store.getState().replaceDataset(withExtraPerson(datasetOf(store)));
    expect(datasetOf(store).people).toHaveLength(5);
    expect(store.getState().datasetNotice).toEqual({ code: 'save-failed', detail: 'quota exceeded' });
  });

  it('leaves the stored dataset and the saved scenarios untouched by a failed import', async () => {
    const datasetStorage = createMemoryDatasetStorage();
    const saved = createMemoryStorage();
    const store = await startedStore(datasetStorage, saved);
    const imported = withExtraPerson(datasetOf(store));
    await store.getState().replaceDataset(imported);
    const scenarioId = store.getState().scenarios[0]!.id;
    store.getState().renameScenario(scenarioId, 'Mitt arbete');
    const savedBefore = saved.items.get(SAVED_STATE_KEY);
    const scenariosBefore = store.getState().scenarios;
    const statusBefore = store.getState().datasetStatus;

    const bad = withExtraPerson(imported, 'p100');
    const csv = exportCollectionCsv('people', bad.people, bad.competences, 'sv').replace(
      /\np100;([^;]*);east;/,
      '\np100;$1;okand;',
    );
    const outcome = await createInProcessImportClient().importFiles(
      [{ name: 'personer.csv', bytes: new TextEncoder().encode(csv) }],
      imported,
      'sv',
    );
    expect(outcome.kind === 'collections' && !outcome.result.ok).toBe(true);

    expect(store.getState().datasetStatus).toBe(statusBefore);
    expect(store.getState().scenarios).toBe(scenariosBefore);
    expect(saved.items.get(SAVED_STATE_KEY)).toBe(savedBefore);
    expect(datasetStorage.items.get('current')).toEqual(imported);
    const reloaded = await startedStore(datasetStorage, saved);
    expect(datasetOf(reloaded)).toEqual(imported);
    expect(reloaded.getState().scenarios.find((s) => s.id === scenarioId)?.name).toBe('Mitt arbete');
  });
});
