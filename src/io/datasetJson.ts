import type { Dataset } from '../schema/dataset';
import type { DatasetIssue } from '../schema/datasetIssue';
import { validateDataset } from '../schema/validateDataset';
import { decodeText } from './csv/decodeText';
import type { ImportProblem } from './csv/importProblem';

/**
 * The whole dataset as one JSON file: the `Dataset` object itself (schemaVersion, region,
 * reference date, target organisation, sources, every collection). One file downloads and
 * re-imports in the browser without a folder; `npm run sim -- import` writes the folder layout.
 */
export const exportDatasetJson = (dataset: Dataset): string => `${JSON.stringify(dataset, null, 2)}\n`;

export type DatasetJsonImport =
  | { ok: true; dataset: Dataset; warnings: DatasetIssue[] }
  | { ok: false; fileProblems: ImportProblem[]; issues: DatasetIssue[] };

/**
 * Reads a dataset JSON file (as `exportDatasetJson` writes it) and validates it whole:
 * file problems (size, encoding, JSON) name the file; dataset issues name entity, id and field.
 */
export function importDatasetJson(file: { name: string; bytes: Uint8Array }): DatasetJsonImport {
  const problem = (code: ImportProblem['code'], params: ImportProblem['params']): DatasetJsonImport => ({
    ok: false,
    fileProblems: [{ file: file.name, row: null, column: null, code, params, severity: 'error' }],
    issues: [],
  });
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) return problem(decoded.code, decoded.params);
  let raw: unknown;
  try {
    raw = JSON.parse(decoded.text);
  } catch (error) {
    return problem('invalid-json', { detail: (error as Error).message });
  }
  const validation = validateDataset(raw);
  return validation.ok
    ? { ok: true, dataset: validation.dataset, warnings: validation.warnings }
    : { ok: false, fileProblems: [], issues: validation.errors };
}
