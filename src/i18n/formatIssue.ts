import type { TFunction } from 'i18next';
import type { DatasetIssue } from '../schema/datasetIssue';
import type { DataFolderProblem } from '../io/dataFolder';

/** One line naming entity, id, field and reason, in the translator's language. */
export function formatDatasetIssue(issue: DatasetIssue, t: TFunction): string {
  const params: Record<string, string | number> = { ...issue.params };
  if (issue.code === 'invalid-format' && typeof params.format === 'string') {
    params.format = t(`dataset.format.${params.format}`, { defaultValue: params.format });
  }
  if (issue.code === 'unknown-reference' && typeof params.target === 'string') {
    params.target = t(`dataset.entity.${params.target}`);
  }
  // Decimals as the language writes them (Swedish: 1,25, not 1.25).
  const separator = t('screens.decimalSeparator');
  for (const [key, value] of Object.entries(params))
    if (typeof value === 'number' && !Number.isInteger(value)) params[key] = String(value).replace('.', separator);
  const reason = t(`dataset.reason.${issue.code}`, params);
  const entity = t(`dataset.entity.${issue.entity}`);
  const field = issue.field === '' ? '—' : issue.field;
  return issue.id === null
    ? t('dataset.issue.lineNoId', { entity, field, reason })
    : t('dataset.issue.line', { entity, id: issue.id, field, reason });
}

export function formatFolderProblem(problem: DataFolderProblem, t: TFunction): string {
  return t(`dataset.folder.${problem.code}`, { file: problem.file, detail: problem.detail ?? '' });
}
