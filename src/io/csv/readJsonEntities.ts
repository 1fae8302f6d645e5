import type { EntityRow, ReadFile } from './entityRow';
import { entitySchemas } from './entitySchemas';
import type { ImportEntity, ImportProblem } from './importProblem';
import { schemaProblems } from './rowProblems';
import { resolveHome, type HomePlaces } from './homeForms';

/**
 * Reads the items of one collection from a JSON file: every item is validated with the
 * entity's schema; problems name the item's number (first = 1) and the field's path.
 */
export function readJsonEntities(
  file: string,
  items: readonly unknown[],
  entity: ImportEntity,
  homePlaces?: HomePlaces,
): ReadFile {
  const problems: ImportProblem[] = [];
  const rows: EntityRow[] = items.map((original, index) => {
    const row = index + 1;
    const columnOf = (field: string): string | null => (field === '' ? null : field);
    let item = original;
    // People may give the home as a locality or a postcode instead of coordinates (homeForms.ts).
    if (
      entity === 'people' &&
      homePlaces &&
      item !== null &&
      typeof item === 'object' &&
      !('home' in item && item.home)
    ) {
      const copy: Record<string, unknown> = { ...(item as Record<string, unknown>) };
      const before = problems.length;
      resolveHome(copy, homePlaces, (field, code, params) =>
        problems.push({ file, row, column: field, code, params, severity: 'error' }),
      );
      if (problems.length > before)
        return { row, id: typeof copy.id === 'string' && copy.id !== '' ? copy.id : null, entity: null, columnOf };
      item = copy;
    }
    const checked = schemaProblems(entitySchemas[entity], item, { file, row, columnOf, skip: () => false });
    problems.push(...checked.problems);
    const rawId = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    return { row, id: typeof rawId === 'string' && rawId !== '' ? rawId : null, entity: checked.entity, columnOf };
  });
  if (rows.length === 0)
    problems.push({ file, row: null, column: null, code: 'no-rows', params: {}, severity: 'error' });
  return { file, rows, problems, unreadable: false, columns: [] };
}
