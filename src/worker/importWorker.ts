/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import type { ImportFile } from '../io/csv/importCollections';
import type { Dataset } from '../schema/dataset';
import type { Scenario } from '../schema/scenario';
import { importFiles } from './importFiles';
import type { Language } from '../schema/language';

/** The import's Web Worker: parsing and validating 10 000 rows never holds up the page. */
const api = {
  importFiles(
    files: ImportFile[],
    current: Dataset,
    lang: Language,
    scenarios: Scenario[],
    onProgress?: (fractionDone: number) => void,
  ) {
    return importFiles(
      files,
      current,
      lang,
      scenarios,
      onProgress ? (fraction) => void onProgress(fraction) : undefined,
    );
  },
};

export type ImportWorkerApi = typeof api;

Comlink.expose(api);
