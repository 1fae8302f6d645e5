import { decodeText } from '../io/csv/decodeText';
import { importCollections, type ImportFile, type ImportResult, type ImportSummary } from '../io/csv/importCollections';
import { importEntities } from '../io/csv/importProblem';
import { importDatasetJson, type DatasetJsonImport } from '../io/datasetJson';
import type { Dataset } from '../schema/dataset';

/** What an import of files gives: collections merged into the current dataset, or a whole dataset file. */
export type DataImportResult =
  | { kind: 'collections'; result: ImportResult }
  | { kind: 'dataset'; file: string; result: DatasetJsonImport; counts: ImportSummary['counts'] };

/** A whole dataset as `exportDatasetJson` writes it: a JSON object holding the municipalities and a schema version. */
function isDatasetFile(file: ImportFile): boolean {
  if (!/\.json$/i.test(file.name)) return false;
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) return false;
  try {
    const json: unknown = JSON.parse(decoded.text);
    return json !== null && typeof json === 'object' && !Array.isArray(json) && 'schemaVersion' in json && 'municipalities' in json;
  } catch {
    return false;
  }
}

/**
 * Reads the chosen files against the current dataset (pure, so it runs in the import worker or,
 * in tests, in-process): one dataset JSON file replaces the whole dataset; otherwise people,
 * positions, sites and competences files replace those collections.
 */
export function importFiles(files: readonly ImportFile[], current: Dataset, lang: 'en' | 'sv'): DataImportResult {
  if (files.length === 1 && isDatasetFile(files[0]!)) {
    const result = importDatasetJson(files[0]!);
    const counts: ImportSummary['counts'] = {};
    if (result.ok) for (const entity of importEntities) counts[entity] = { imported: result.dataset[entity].length, current: current[entity].length };
    return { kind: 'dataset', file: files[0]!.name, result, counts };
  }
  return { kind: 'collections', result: importCollections(files, current, lang) };
}
