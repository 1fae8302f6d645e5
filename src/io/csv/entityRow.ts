import type { ImportProblem } from './importProblem';

/**
 * One row (CSV) or item (JSON) of an imported file, read: the entity when it passed its
 * schema, the id as written, and where each field came from (for messages about it later).
 */
export interface EntityRow {
  /** Spreadsheet row (CSV: header = 1) or item number (JSON: first = 1). */
  row: number;
  /** The id as written, when one could be read. */
  id: string | null;
  entity: unknown | null;
  /** The column (CSV header as written, JSON field) of a field path, or null. */
  columnOf: (field: string) => string | null;
}

/** The rows of one imported file and the problems found reading it. */
export interface ReadFile {
  file: string;
  rows: EntityRow[];
  problems: ImportProblem[];
  /** The file could not be read as a table of this entity at all (size, encoding, columns). */
  unreadable: boolean;
  /** The columns in the file's order (CSV headers as written), to list problems in that order. */
  columns: string[];
}

/** The column of a dotted field path, trying the path and then its parents. */
export function columnByPath(lookup: (field: string) => string | undefined, field: string): string | null {
  const parts = field.split('.');
  for (let n = parts.length; n > 0; n--) {
    const column = lookup(parts.slice(0, n).join('.'));
    if (column !== undefined) return column;
  }
  return null;
}
