import type { TFunction } from 'i18next';
import type { Dataset } from '../schema/dataset';
import { validateDataset, type DatasetValidation } from '../schema/validateDataset';
import { readDataFolder } from '../io/readDataFolder';
import { formatDatasetIssue, formatFolderProblem } from '../i18n/formatIssue';
import type { CliIo } from './command';

export const DEFAULT_DATA_DIR = 'data';

/**
 * Reads and validates a data folder for a command. On failure writes every problem to stderr
 * (one per line) and returns null; warnings are written too.
 */
export async function loadDatasetForCli(
  dir: string,
  io: CliIo,
  t: TFunction,
  options: { strict?: boolean } = {},
): Promise<{ dataset: Dataset; validation: DatasetValidation } | null> {
  const assembled = await readDataFolder(dir);
  if (!assembled.ok) {
    for (const problem of assembled.problems) io.err(formatFolderProblem(problem, t));
    return null;
  }
  const validation = validateDataset(assembled.raw, options);
  for (const warning of validation.warnings)
    io.err(t('dataset.validate.warning', { line: formatDatasetIssue(warning, t) }));
  if (!validation.ok) {
    io.err(t('dataset.validate.failed', { count: validation.errors.length }));
    for (const issue of validation.errors) io.err(formatDatasetIssue(issue, t));
    return null;
  }
  return { dataset: validation.dataset, validation };
}
