import type { Dataset } from '../schema/dataset';
import { collectionFiles, datasetFile, optionalFiles } from './dataFolder';

/**
 * A dataset as the files of a data folder (the layout of `dataFolder.ts`), keyed by file name:
 * `dataset.json` with the dataset's own fields and every source, and one file per collection.
 * Assembling the files again gives the same dataset.
 */
export function dataFolderFiles(dataset: Dataset): Record<string, string> {
  const {
    municipalities,
    localities,
    sites,
    functions,
    competences,
    units,
    positions,
    people,
    scenarios,
    economics,
    ...head
  } = dataset;
  const collections = {
    municipalities,
    localities,
    sites,
    functions,
    competences,
    units,
    positions,
    people,
    scenarios,
  };
  const files: Record<string, string> = { [datasetFile]: `${JSON.stringify(head, null, 2)}\n` };
  for (const [collection, file] of Object.entries(collectionFiles)) {
    files[file] = `${JSON.stringify({ [collection]: collections[collection as keyof typeof collections] }, null, 2)}\n`;
  }
  if (economics) files[optionalFiles.economics] = `${JSON.stringify({ economics }, null, 2)}\n`;
  return files;
}
