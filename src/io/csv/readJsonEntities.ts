import type { EntityRow, ReadFile } from './entityRow';
import { entitySchemas } from './entitySchemas';
import type { ImportEntity, ImportProblem } from './importProblem';
import { schemaProblems } from './rowProblems';

/**
 * Reads the items of one collection from a JSON file: every item is validated with the
 * entity's schema; problems name the item's number (first = 1) and the field's path.
 */
export function readJsonEntities(file: string, items: readonly unknown[], entity: ImportEntity): ReadFile {
  const problems: ImportProblem[] = [];
  const rows: EntityRow[] = items.map((item, index) => {
    const row = index + 1;
    const columnOf = (field: string): string | null => (field === '' ? null : field);
    const checked = schemaProblems(entitySchemas[entity], item, { file, row, columnOf, skip: () => false });
    problems.push(...checked.problems);
    const rawId = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    return { row, id: typeof rawId === 'string' && rawId !== '' ? rawId : null, entity: checked.entity, columnOf };
  });
  if (rows.length === 0) problems.push({ file, row: null, column: null, code: 'no-rows', params: {}, severity: 'error' });
  return { file, rows, problems, unreadable: false, columns: [] };
}
