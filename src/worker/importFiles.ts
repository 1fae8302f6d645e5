import { decodeText } from '../io/csv/decodeText';
import { importCollections, type ImportFile, type ImportResult, type ImportSummary } from '../io/csv/importCollections';
import { importEntities } from '../io/csv/importProblem';
import { importDatasetJson, type DatasetJsonImport } from '../io/datasetJson';
import { importScenarios, type ScenarioFileProblem } from '../io/scenarioFile';
import type { Dataset } from '../schema/dataset';
import type { Scenario } from '../schema/scenario';
import type { Language } from '../schema/language';

/** What an import of files gives: collections merged into the current dataset, or a whole dataset file. */
export type DataImportResult = (
  | { kind: 'collections'; result: ImportResult }
  | { kind: 'dataset'; file: string; result: DatasetJsonImport; counts: ImportSummary['counts'] }
) & {
  /** What the user's own scenarios name that the new dataset lacks (warnings: they are kept, and can be edited). */
  scenarioProblems: ScenarioFileProblem[];
};

/** The user's scenarios checked against the dataset that would replace the current one. */
function scenarioProblemsOf(scenarios: readonly Scenario[], dataset: Dataset | null): ScenarioFileProblem[] {
  if (!dataset || scenarios.length === 0) return [];
  const check = importScenarios([...scenarios], { dataset });
  return check.ok ? [] : check.problems;
}

/** A whole dataset as `exportDatasetJson` writes it: a JSON object holding the municipalities and a schema version. */
function isDatasetFile(file: ImportFile): boolean {
  if (!/\.json$/i.test(file.name)) return false;
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) return false;
  try {
    const json: unknown = JSON.parse(decoded.text);
    return (
      json !== null &&
      typeof json === 'object' &&
      !Array.isArray(json) &&
      'schemaVersion' in json &&
      'municipalities' in json
    );
  } catch {
    return false;
  }
}

/**
 * Reads the chosen files against the current dataset (pure, so it runs in the import worker or,
 * in tests, in-process): one dataset JSON file replaces the whole dataset; otherwise people,
 * positions, sites and competences files replace those collections.
 */
export function importFiles(
  files: readonly ImportFile[],
  current: Dataset,
  lang: Language,
  scenarios: readonly Scenario[] = [],
  onProgress?: (fractionDone: number) => void,
): DataImportResult {
  if (files.length === 1 && isDatasetFile(files[0]!)) {
    const result = importDatasetJson(files[0]!);
    const counts: ImportSummary['counts'] = {};
    if (result.ok)
      for (const entity of importEntities)
        counts[entity] = { imported: result.dataset[entity].length, current: current[entity].length };
    return {
      kind: 'dataset',
      file: files[0]!.name,
      result,
      counts,
      scenarioProblems: scenarioProblemsOf(scenarios, result.ok ? result.dataset : null),
    };
  }
  const result = importCollections(files, current, lang, onProgress);
  return {
    kind: 'collections',
    result,
    scenarioProblems: scenarioProblemsOf(scenarios, result.ok ? result.dataset : null),
  };
}
