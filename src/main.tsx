import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { assembleDefaultDataset } from './io/defaultDataFiles';
import { createIndexedDbDatasetStorage } from './state/datasetStorage';
import { createAppStore } from './state/store';
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

const storage = browserStorage();
const store = createAppStore({ engine: createLazyWorkerEngine(), datasetStorage: createIndexedDbDatasetStorage(), ...(storage ? { storage } : {}) });
// An imported dataset kept in IndexedDB, else the bundled default.
void store.getState().restoreDataset(assembleDefaultDataset());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
