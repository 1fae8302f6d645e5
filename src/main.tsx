import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { assembleDefaultDataset } from './io/defaultDataFiles';
import { createAppStore } from './state/store';
import { App } from './ui/App';
import './ui/app.css';

const store = createAppStore();
store.getState().loadDataset(assembleDefaultDataset());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
