import { readManagerPackage, type PackageProblem } from '../io/managerPackageFile';
import type { ManagerPackage } from '../schema/managerPackage';
import type { EngineClient } from '../worker/engineClient';
import type { DatasetStorage } from './datasetStorage';
import type { AppSlice } from './sliceTypes';

/** The package a manager's app runs on, as the views need to describe it. */
export interface OpenPackage {
  datasetFingerprint: string;
  datasetName: string;
  createdAt: string;
}

export interface ManagerModeSlice {
  /** The open manager package; null in HR's app (docs/roles-and-packages.md). */
  openPackage: OpenPackage | null;
  /** Why the last package offered was refused; null when none was. */
  packageProblems: PackageProblem[] | null;
  /**
   * Reads a package file and, when it is valid (and, in manager mode, of the same dataset),
   * keeps it in the package storage and asks the app to restart in manager mode. A refused
   * file touches nothing. Returns whether it was accepted.
   */
  openManagerPackage: (file: string, text: string) => Promise<boolean>;
  /** Removes the package (and the manager's workspace of it) from this browser; back to HR's app. */
  closeManagerPackage: () => Promise<void>;
  dismissPackageProblems: () => void;
  /** HR's package for managers of the given scenarios, made by the engine; rejects without one. */
  exportManagerPackage: (scenarioIds: readonly string[], createdAt: string) => Promise<ManagerPackage>;
}

export interface ManagerModeOptions {
  /** The package this store runs on (manager mode), or none (HR's app). */
  managerPackage?: ManagerPackage | null;
  /** Where a package is kept, apart from HR's datasets (the app: its own IndexedDB database). */
  packageStorage?: DatasetStorage | null;
  /** Called when the package kept changed: the app restarts in the new mode. */
  onPackageChanged?: () => void;
  /** Removes the manager's saved workspace of a package (by fingerprint). */
  removeManagerWorkspace?: (fingerprint: string) => void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Opening and closing a manager's package. The package itself is applied by `createAppStore`. */
export const createManagerModeSlice =
  (options: ManagerModeOptions, engine: EngineClient | null): AppSlice<ManagerModeSlice> =>
  (set, get) => ({
    openPackage: options.managerPackage
      ? {
          datasetFingerprint: options.managerPackage.datasetFingerprint,
          datasetName: options.managerPackage.dataset.name,
          createdAt: options.managerPackage.createdAt,
        }
      : null,
    packageProblems: null,
    openManagerPackage: async (file, text) => {
      const expected = get().openPackage?.datasetFingerprint ?? null;
      const read = readManagerPackage(file, text, expected);
      if (!read.ok) {
        set({ packageProblems: read.problems });
        return false;
      }
      try {
        await options.packageStorage?.write('current', text);
      } catch (error) {
        set({ packageProblems: [{ code: 'not-json', params: { file, detail: message(error) } }] });
        return false;
      }
      set({ packageProblems: null });
      options.onPackageChanged?.();
      return true;
    },
    closeManagerPackage: async () => {
      const open = get().openPackage;
      if (!open) return;
      try {
        await options.packageStorage?.remove('current');
      } finally {
        options.removeManagerWorkspace?.(open.datasetFingerprint);
        options.onPackageChanged?.();
      }
    },
    dismissPackageProblems: () => set({ packageProblems: null }),
    exportManagerPackage: async (scenarioIds, createdAt) => {
      const { datasetStatus, scenarios, openPackage } = get();
      if (openPackage) throw new Error('a package cannot be exported from a package');
      if (!engine?.managerPackage) throw new Error('no engine');
      if (datasetStatus.kind !== 'ready') throw new Error('no dataset');
      const chosen = scenarios.filter((s) => scenarioIds.includes(s.id));
      return engine.managerPackage({ dataset: datasetStatus.dataset, scenarios: chosen, createdAt });
    },
  });

/** The package kept in the package storage, if there is a valid one. */
export async function readStoredPackage(storage: DatasetStorage | null): Promise<ManagerPackage | null> {
  if (!storage) return null;
  try {
    const text = await storage.read('current');
    if (typeof text !== 'string') return null;
    const read = readManagerPackage('package', text);
    return read.ok ? read.package : null;
  } catch {
    return null;
  }
}
