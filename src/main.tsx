import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { assembleDefaultDataset } from './io/defaultDataFiles';
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
const store = createAppStore({ engine: createLazyWorkerEngine(), ...(storage ? { storage } : {}) });
store.getState().loadDataset(assembleDefaultDataset());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
