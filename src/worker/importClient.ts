import * as Comlink from 'comlink';
import type { ImportFile } from '../io/csv/importCollections';
import type { Dataset } from '../schema/dataset';
import type { Scenario } from '../schema/scenario';
import { importFiles, type DataImportResult } from './importFiles';
import type { ImportWorkerApi } from './importWorker';
import { progressUntilAnswered } from './progressUntilAnswered';
import type { Language } from '../schema/language';

/** Runs an import of files against the current dataset. */
export interface ImportClient {
  /** `scenarios`: the user's, checked against the new dataset (warnings); `onProgress`: fraction 0–1 done. */
  importFiles: (
    files: ImportFile[],
    current: Dataset,
    lang: Language,
    scenarios?: Scenario[],
    onProgress?: (fractionDone: number) => void,
  ) => Promise<DataImportResult>;
}

/** In the page's own thread (tests, and browsers without module workers). */
export function createInProcessImportClient(): ImportClient {
  return {
    importFiles: async (files, current, lang, scenarios = [], onProgress) =>
      importFiles(files, current, lang, scenarios, onProgress),
  };
}

/** A worker per import, ended when it answers: imports are rare, and the memory of a big one is given back. */
export function createWorkerImportClient(): ImportClient {
  return {
    importFiles: async (files, current, lang, scenarios = [], onProgress) => {
      const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
      const remote = Comlink.wrap<ImportWorkerApi>(worker);
      const failed = new Promise<never>((_, reject) =>
        worker.addEventListener('error', (event) => reject(new Error(event.message || 'import worker failed')), {
          once: true,
        }),
      );
      try {
        // The files' bytes are moved to the worker, not copied.
        const transferred = Comlink.transfer(
          files,
          files.map((f) => f.bytes.buffer as ArrayBuffer),
        );
        return await Promise.race([
          progressUntilAnswered<DataImportResult>(onProgress, (progress) =>
            remote.importFiles(transferred, current, lang, scenarios, progress),
          ),
          failed,
        ]);
      } finally {
        remote[Comlink.releaseProxy]();
        worker.terminate();
      }
    },
  };
}

/** The worker in the browser; in-process where there is no `Worker`. */
export function createImportClient(): ImportClient {
  return typeof Worker === 'undefined' ? createInProcessImportClient() : createWorkerImportClient();
}
