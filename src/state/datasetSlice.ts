import type { Dataset } from '../schema/dataset';
import type { DatasetIssue } from '../schema/datasetIssue';
import { validateDataset } from '../schema/validateDataset';
import type { AssembledDataset, DataFolderProblem } from '../io/dataFolder';
import type { DatasetStorage } from './datasetStorage';
import type { AppSlice } from './sliceTypes';

export type DatasetStatus =
  | { kind: 'empty' }
  | { kind: 'ready'; dataset: Dataset; warnings: DatasetIssue[] }
  | { kind: 'invalid'; errors: DatasetIssue[]; folderProblems: DataFolderProblem[] };

/** The bundled default dataset, or one the user imported. */
export type DatasetOrigin = 'default' | 'imported';

/** The dataset a replacement or reset replaced, which "restore previous" brings back. */
export interface PreviousDataset {
  origin: DatasetOrigin;
  /** Absent for the default dataset (it is bundled, never stored). */
  dataset?: Dataset;
}

/** Why a stored dataset was not used or could not be kept; shown until dismissed. */
export interface DatasetNotice {
  code: 'stored-invalid' | 'save-failed' | 'read-failed';
  detail: string;
}

export interface DatasetSlice {
  datasetStatus: DatasetStatus;
  /** Counts the datasets loaded: part of every result's version, so a new dataset invalidates results. */
  datasetVersion: number;
  datasetOrigin: DatasetOrigin;
  previousDataset: PreviousDataset | null;
  datasetNotice: DatasetNotice | null;
  /**
   * Validates an assembled dataset and makes it current, as the default dataset; an invalid one
   * is reported, not loaded. On first start the user's scenarios are made from the dataset's presets.
   */
  loadDataset: (assembled: AssembledDataset) => void;
  /**
   * At start: the stored imported dataset when there is a valid one, else the default. A stored
   * dataset that fails validation is set aside (kept under `set-aside`) and reported.
   */
  restoreDataset: (defaultDataset: AssembledDataset) => Promise<void>;
  /** Makes an imported (validated) dataset current and stores it; the one it replaces can be restored. */
  replaceDataset: (dataset: Dataset, warnings?: DatasetIssue[]) => Promise<void>;
  /** Brings back the dataset the last replacement or reset replaced. */
  restorePreviousDataset: () => Promise<void>;
  /** Back to the bundled default dataset. */
  resetToDefaultDataset: () => Promise<void>;
  dismissDatasetNotice: () => void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The dataset slice; `storage` keeps an imported dataset across visits (none: memory only). */
export const createDatasetSlice =
  (storage: DatasetStorage | null): AppSlice<DatasetSlice> =>
  (set, get) => {
    let defaultAssembled: AssembledDataset | null = null;

    const currentEntry = (): PreviousDataset | null => {
      const { datasetStatus, datasetOrigin } = get();
      if (datasetStatus.kind !== 'ready') return null;
      return datasetOrigin === 'default'
        ? { origin: 'default' }
        : { origin: 'imported', dataset: datasetStatus.dataset };
    };

    const makeCurrent = (
      dataset: Dataset,
      warnings: DatasetIssue[],
      origin: DatasetOrigin,
      previous: PreviousDataset | null,
    ) => {
      set((state) => ({
        datasetVersion: state.datasetVersion + 1,
        datasetStatus: { kind: 'ready', dataset, warnings },
        datasetOrigin: origin,
        previousDataset: previous,
      }));
      get().seedScenarios();
    };

    const loadDefault = (previous: PreviousDataset | null) => {
      if (!defaultAssembled) return;
      get().loadDataset(defaultAssembled);
      set({ previousDataset: previous });
    };

    /** Writes what is current and previous; a failure is reported, the work in memory stays. */
    const save = async () => {
      if (!storage) return;
      const { datasetOrigin, datasetStatus, previousDataset } = get();
      try {
        if (datasetOrigin === 'imported' && datasetStatus.kind === 'ready')
          await storage.write('current', datasetStatus.dataset);
        else await storage.remove('current');
        if (previousDataset) await storage.write('previous', previousDataset);
        else await storage.remove('previous');
      } catch (error) {
        set({ datasetNotice: { code: 'save-failed', detail: message(error) } });
      }
    };

    return {
      datasetStatus: { kind: 'empty' },
      datasetVersion: 0,
      datasetOrigin: 'default',
      previousDataset: null,
      datasetNotice: null,
      loadDataset: (assembled) => {
        defaultAssembled = assembled;
        if (!assembled.ok) {
          set({ datasetStatus: { kind: 'invalid', errors: [], folderProblems: assembled.problems } });
          return;
        }
        const validation = validateDataset(assembled.raw);
        set((state) => ({
          datasetVersion: state.datasetVersion + 1,
          datasetOrigin: 'default',
          datasetStatus: validation.ok
            ? { kind: 'ready', dataset: validation.dataset, warnings: validation.warnings }
            : { kind: 'invalid', errors: validation.errors, folderProblems: [] },
        }));
        if (validation.ok) get().seedScenarios();
      },
      restoreDataset: async (defaultDataset) => {
        defaultAssembled = defaultDataset;
        let stored: unknown = null;
        let previous: unknown = null;
        if (storage) {
          try {
            stored = await storage.read('current');
            previous = await storage.read('previous');
          } catch (error) {
            set({ datasetNotice: { code: 'read-failed', detail: message(error) } });
          }
        }
        const previousEntry = readPrevious(previous);
        if (stored === null) {
          get().loadDataset(defaultDataset);
          set({ previousDataset: previousEntry });
          return;
        }
        const validation = validateDataset(stored);
        if (validation.ok) {
          makeCurrent(validation.dataset, validation.warnings, 'imported', previousEntry);
          return;
        }
        // Never silently dropped: kept aside for whoever wants to look at it, and reported.
        try {
          await storage?.write('set-aside', stored);
          await storage?.remove('current');
        } catch {
          // The notice below tells the user either way.
        }
        set({ datasetNotice: { code: 'stored-invalid', detail: String(validation.errors.length) } });
        get().loadDataset(defaultDataset);
        set({ previousDataset: previousEntry });
      },
      replaceDataset: async (dataset, warnings = []) => {
        makeCurrent(dataset, warnings, 'imported', currentEntry());
        await save();
      },
      restorePreviousDataset: async () => {
        const previous = get().previousDataset;
        if (!previous) return;
        const replaced = currentEntry();
        if (previous.origin === 'default' || !previous.dataset) loadDefault(replaced);
        else {
          const validation = validateDataset(previous.dataset);
          if (!validation.ok) return;
          makeCurrent(validation.dataset, validation.warnings, 'imported', replaced);
        }
        await save();
      },
      resetToDefaultDataset: async () => {
        if (get().datasetOrigin === 'default') return;
        loadDefault(currentEntry());
        await save();
      },
      dismissDatasetNotice: () => set({ datasetNotice: null }),
    };
  };

/** A stored "previous" entry, if it is one with a valid dataset (or the default). */
function readPrevious(value: unknown): PreviousDataset | null {
  if (value === null || typeof value !== 'object') return null;
  const entry = value as { origin?: unknown; dataset?: unknown };
  if (entry.origin === 'default') return { origin: 'default' };
  if (entry.origin !== 'imported') return null;
  const validation = validateDataset(entry.dataset);
  return validation.ok ? { origin: 'imported', dataset: validation.dataset } : null;
}
