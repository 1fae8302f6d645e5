import type { z } from 'zod';
import { issuesFromZod } from '../../schema/datasetIssue';
import type { ImportProblem } from './importProblem';

/**
 * Validates one row's entity with its schema; each issue becomes a problem at the row and the
 * column its field came from. Fields in `skip` (already reported, or their column is missing)
 * are not reported again.
 */
export function schemaProblems(
  schema: z.ZodType,
  value: unknown,
  at: { file: string; row: number; columnOf: (field: string) => string | null; skip: (field: string) => boolean },
): { entity: unknown | null; problems: ImportProblem[] } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { entity: parsed.data, problems: [] };
  const problems: ImportProblem[] = [];
  for (const issue of issuesFromZod(parsed.error, value)) {
    if (at.skip(issue.field)) continue;
    problems.push({
      file: at.file,
      row: at.row,
      column: at.columnOf(issue.field),
      code: issue.code as ImportProblem['code'],
      params: issue.params,
      severity: 'error',
    });
  }
  return { entity: null, problems };
}
