import type { StateCreator } from 'zustand';
import type { Dataset } from '../schema/dataset';
import type { DatasetIssue } from '../schema/datasetIssue';
import { validateDataset } from '../schema/validateDataset';
import type { AssembledDataset, DataFolderProblem } from '../io/dataFolder';

export type DatasetStatus =
  | { kind: 'empty' }
  | { kind: 'ready'; dataset: Dataset; warnings: DatasetIssue[] }
  | { kind: 'invalid'; errors: DatasetIssue[]; folderProblems: DataFolderProblem[] };

export interface DatasetSlice {
  datasetStatus: DatasetStatus;
  /** Validates an assembled dataset and makes it current; an invalid one is reported, not loaded. */
  loadDataset: (assembled: AssembledDataset) => void;
}

export const createDatasetSlice: StateCreator<DatasetSlice, [], [], DatasetSlice> = (set) => ({
  datasetStatus: { kind: 'empty' },
  loadDataset: (assembled) => {
    if (!assembled.ok) {
      set({ datasetStatus: { kind: 'invalid', errors: [], folderProblems: assembled.problems } });
      return;
    }
    const validation = validateDataset(assembled.raw);
    set({
      datasetStatus: validation.ok
        ? { kind: 'ready', dataset: validation.dataset, warnings: validation.warnings }
        : { kind: 'invalid', errors: validation.errors, folderProblems: [] },
    });
  },
});
