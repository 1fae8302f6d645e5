import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { assembleDefaultDataset } from './io/defaultDataFiles';
import { createIndexedDbDatasetStorage, MANAGER_PACKAGE_DB } from './state/datasetStorage';
import { readStoredPackage } from './state/managerModeSlice';
import { createAppStore, managerSavedStateKey } from './state/store';
import { App } from './ui/App';
import { createLazyWorkerEngine } from './worker/lazyWorkerEngine';
import './ui/app.css';

/** localStorage, or none when the browser refuses it (private modes): work then lives in memory. */
function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

async function start() {
  const storage = browserStorage();
  // A manager's package is kept in a database of its own: when there is one, the app runs in
  // manager mode on it and never reads HR's dataset (docs/roles-and-packages.md).
  const packageStorage = createIndexedDbDatasetStorage(globalThis.indexedDB, MANAGER_PACKAGE_DB);
  const managerPackage = await readStoredPackage(packageStorage);
  const store = createAppStore({
    engine: createLazyWorkerEngine(),
    datasetStorage: managerPackage ? null : createIndexedDbDatasetStorage(),
    ...(storage ? { storage } : {}),
    managerPackage,
    packageStorage,
    onPackageChanged: () => window.location.reload(),
    removeManagerWorkspace: (fingerprint) => storage?.removeItem(managerSavedStateKey(fingerprint)),
  });
  // An imported dataset kept in IndexedDB, else the bundled default.
  if (!managerPackage) void store.getState().restoreDataset(assembleDefaultDataset());

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}

void start();
