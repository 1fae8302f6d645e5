import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleDataset, collectionFiles, datasetFile } from '../../src/io/dataFolder';
import type { Dataset } from '../../src/schema/dataset';
import { validateDataset, type DatasetValidation } from '../../src/schema/validateDataset';

export const DATA_DIR = join(__dirname, '..', '..', 'data');
export const dataFileNames = [datasetFile, ...Object.values(collectionFiles)];

/** The raw bytes of each file of the dataset in a folder, keyed by file name. */
export function readDataFiles(dir: string = DATA_DIR): Record<string, string> {
  return Object.fromEntries(dataFileNames.map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
}

/** Assembles and strictly validates the parsed files of a data folder. */
export function validateFiles(parsed: Record<string, unknown>): DatasetValidation {
  const assembled = assembleDataset(parsed);
  if (!assembled.ok) throw new Error(`cannot assemble: ${JSON.stringify(assembled.problems)}`);
  return validateDataset(assembled.raw, { strict: true });
}

/** The validated default dataset; throws with the issues if it does not validate strictly. */
export function loadDefaultDataset(): { dataset: Dataset; validation: DatasetValidation } {
  const parsed = Object.fromEntries(Object.entries(readDataFiles()).map(([file, text]) => [file, JSON.parse(text) as unknown]));
  const validation = validateFiles(parsed);
  if (!validation.ok) throw new Error(`default dataset invalid: ${JSON.stringify(validation.errors)}`);
  return { dataset: validation.dataset, validation };
}
