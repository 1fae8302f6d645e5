import { createStore } from 'zustand/vanilla';
import { persist, type StateStorage } from 'zustand/middleware';
import { useStore } from 'zustand';
import { temporal } from 'zundo';
import { checkSavedState, SAVED_STATE_VERSION, type SavedState } from '../schema/savedState';
import type { EngineClient } from '../worker/engineClient';
import { createDatasetSlice, type DatasetSlice } from './datasetSlice';
import type { DatasetStorage } from './datasetStorage';
import { createLanguageSlice, type LanguageSlice } from './languageSlice';
import { createManagerModeSlice, type ManagerModeOptions, type ManagerModeSlice } from './managerModeSlice';
import { packagedDatasetAsDataset } from '../schema/managerPackage';
import { createResultsSlice, type ResultsSlice } from './resultsSlice';
import { createMemoryStorage, createSavedStateStorage, type SavedStateNotice } from './savedStateStorage';
import { createRoleDecisionsSlice, type RoleDecisionsSlice } from './roleDecisionsSlice';
import { createScenariosSlice, type ScenariosSlice } from './scenariosSlice';
import { neededResultIds } from './selectors';
import type { AppSlice, UndoableState } from './sliceTypes';
import { createViewSlice, type ViewSlice } from './viewSlice';

export interface NoticeSlice {
  /** Saved work that could not be used (set aside) or saved; null when all is well. */
  savedStateNotice: SavedStateNotice | null;
  dismissSavedStateNotice: () => void;
}

const createNoticeSlice: AppSlice<NoticeSlice> = (set) => ({
  savedStateNotice: null,
  dismissSavedStateNotice: () => set({ savedStateNotice: null }),
});

export type AppState = DatasetSlice &
  LanguageSlice &
  ScenariosSlice &
  RoleDecisionsSlice &
  ResultsSlice &
  ViewSlice &
  NoticeSlice &
  ManagerModeSlice;

/** The key of the saved workspace in the browser's storage. */
export const SAVED_STATE_KEY = 'ggvv-workspace';
/** A manager's workspace of a package, apart from HR's: one per dataset fingerprint. */
export const managerSavedStateKey = (fingerprint: string) => `ggvv-manager-workspace:${fingerprint}`;

export interface AppStoreOptions extends ManagerModeOptions {
  /** Where scenarios are evaluated; none: results stay idle. */
  engine?: EngineClient | null;
  /** Where the workspace is saved (the app: `window.localStorage`); default: memory. */
  storage?: StateStorage;
  /** Evaluate what the open view needs whenever the inputs change (default: when an engine is given). */
  autoEvaluate?: boolean;
  /** Clock for result timings (default `performance.now`). */
  now?: () => number;
  /** Clock stamping decision-log entries, as an ISO date-time (default: the system clock). */
  isoNow?: () => string;
  /** Where an imported dataset is kept (the app: IndexedDB); none: only in memory. */
  datasetStorage?: DatasetStorage | null;
}

const inputsOf = (state: AppState): SavedState => ({
  language: state.language,
  role: state.role,
  view: state.view,
  scenarios: state.scenarios,
  activeScenarioId: state.activeScenarioId,
  scenariosSeeded: state.scenariosSeeded,
});

/**
 * One store from typed slices (zustand's slices pattern), with middleware only on the whole:
 * `persist` saves the inputs (never results) under a schema version, `temporal` (zundo) keeps
 * the undo history of the scenarios. A factory, so tests get their own. The saved state is read
 * here, synchronously; the undo history starts empty.
 */
export function createAppStore(options: AppStoreOptions = {}) {
  const engine = options.engine ?? null;
  let pendingNotice: SavedStateNotice | null = null;
  let reportNotice = (notice: SavedStateNotice) => {
    pendingNotice = notice;
  };
  const storage = createSavedStateStorage(options.storage ?? createMemoryStorage(), (notice) => reportNotice(notice));

  const store = createStore<AppState>()(
    persist(
      temporal(
        (...a) => ({
          ...createDatasetSlice(options.datasetStorage ?? null)(...a),
          ...createLanguageSlice(...a),
          ...createScenariosSlice(...a),
          ...createRoleDecisionsSlice(options.isoNow ?? (() => new Date().toISOString()))(...a),
          ...createResultsSlice(engine, options.now ?? (() => performance.now()))(...a),
          ...createViewSlice(...a),
          ...createNoticeSlice(...a),
          ...createManagerModeSlice(options, engine)(...a),
        }),
        {
          partialize: (state): UndoableState => ({
            scenarios: state.scenarios,
            activeScenarioId: state.activeScenarioId,
          }),
          equality: (past, current) => past.scenarios === current.scenarios,
          limit: 200,
        },
      ),
      {
        // A manager's work on a package is saved apart: HR's saved work is never touched.
        name: options.managerPackage
          ? managerSavedStateKey(options.managerPackage.datasetFingerprint)
          : SAVED_STATE_KEY,
        version: SAVED_STATE_VERSION,
        storage,
        partialize: inputsOf,
        migrate: (saved, version) => {
          const check = checkSavedState(saved, version);
          // The storage has already checked it; a failure here cannot happen, but never loses work.
          if (!check.ok) throw new Error(check.detail);
          return check.state;
        },
        skipHydration: true,
      },
    ),
  );

  reportNotice = (notice) => store.setState({ savedStateNotice: notice });
  void store.persist.rehydrate();
  if (pendingNotice) store.setState({ savedStateNotice: pendingNotice });
  store.temporal.getState().clear();

  if (engine && options.autoEvaluate !== false) {
    store.subscribe((state, previous) => {
      if (
        state.scenarios !== previous.scenarios ||
        state.datasetStatus !== previous.datasetStatus ||
        state.activeScenarioId !== previous.activeScenarioId ||
        state.view !== previous.view ||
        state.role !== previous.role
      ) {
        state.evaluate(neededResultIds(state));
      }
    });
  }

  const pkg = options.managerPackage;
  if (pkg) {
    // Manager mode: the package's dataset, the manager role, and no way to switch it off here.
    store.setState((state) => ({
      role: 'manager',
      setRole: () => {},
      datasetVersion: state.datasetVersion + 1,
      datasetStatus: {
        kind: 'ready',
        dataset: packagedDatasetAsDataset({ ...pkg.dataset, precomputed: pkg.precomputed }),
        warnings: [],
      },
    }));
    store.getState().seedScenarios();
    store.temporal.getState().clear();
  }
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;

export function useAppState<T>(store: AppStore, selector: (state: AppState) => T): T {
  return useStore(store, selector);
}
