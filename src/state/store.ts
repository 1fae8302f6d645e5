import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createDatasetSlice, type DatasetSlice } from './datasetSlice';
import { createLanguageSlice, type LanguageSlice } from './languageSlice';

export type AppState = DatasetSlice & LanguageSlice;

/** One store from typed slices (zustand's slices pattern); a factory, so tests get their own. */
export const createAppStore = () =>
  createStore<AppState>()((...a) => ({
    ...createDatasetSlice(...a),
    ...createLanguageSlice(...a),
  }));

export type AppStore = ReturnType<typeof createAppStore>;

export function useAppState<T>(store: AppStore, selector: (state: AppState) => T): T {
  return useStore(store, selector);
}
