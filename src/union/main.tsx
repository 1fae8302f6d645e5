import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { UnionApp } from './UnionApp';
import './union.css';

/**
 * The union representatives' page (docs/anonymisation.md): opens an anonymised report file. It never loads
 * the personal dataset: nothing here imports the store, data files or the dataset loaders.
 */
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <UnionApp />
  </StrictMode>,
);
