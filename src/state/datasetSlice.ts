import type { Dataset } from '../schema/dataset';
import type { DatasetIssue } from '../schema/datasetIssue';
import { validateDataset } from '../schema/validateDataset';
import type { AssembledDataset, DataFolderProblem } from '../io/dataFolder';
import type { AppSlice } from './sliceTypes';

export type DatasetStatus =
  | { kind: 'empty' }
  | { kind: 'ready'; dataset: Dataset; warnings: DatasetIssue[] }
  | { kind: 'invalid'; errors: DatasetIssue[]; folderProblems: DataFolderProblem[] };

export interface DatasetSlice {
  datasetStatus: DatasetStatus;
  /** Counts the datasets loaded: part of every result's version, so a new dataset invalidates results. */
  datasetVersion: number;
  /**
   * Validates an assembled dataset and makes it current; an invalid one is reported, not loaded.
   * On first start the user's scenarios are made from the dataset's presets.
   */
  loadDataset: (assembled: AssembledDataset) => void;
}

export const createDatasetSlice: AppSlice<DatasetSlice> = (set, get) => ({
  datasetStatus: { kind: 'empty' },
  datasetVersion: 0,
  loadDataset: (assembled) => {
    if (!assembled.ok) {
      set({ datasetStatus: { kind: 'invalid', errors: [], folderProblems: assembled.problems } });
      return;
    }
    const validation = validateDataset(assembled.raw);
    set((state) => ({
      datasetVersion: state.datasetVersion + 1,
      datasetStatus: validation.ok
        ? { kind: 'ready', dataset: validation.dataset, warnings: validation.warnings }
        : { kind: 'invalid', errors: validation.errors, folderProblems: [] },
    }));
    if (validation.ok) get().seedScenarios();
  },
});
