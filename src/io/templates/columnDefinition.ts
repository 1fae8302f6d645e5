/**
 * One column of an import file: the single definition that drives the parser's header
 * mapping, the CSV templates, the CSV exports of a collection and `docs/import-format.md`.
 */
export interface Localised {
  sv: string;
  en: string;
}

/** How a cell is read and written. */
export type ColumnKind =
  | 'id'
  | 'text'
  | 'number'
  | 'integer'
  | 'fraction'
  | 'boolean'
  | 'date'
  | 'site-kind'
  | 'location'
  /** An id, or empty for none (`null`). */
  | 'optional-id'
  /** Employment periods: `start/end` or `start/` (still employed), several joined by `|`; one date is one open period. */
  | 'periods';

export type ExampleValue = string | number | boolean;

export interface ColumnDefinition {
  /** Dotted path of the entity's field, e.g. `home.lat`. */
  field: string;
  /** The header written in templates and exports, per language; both are accepted on import. */
  header: Localised;
  /** Other headers accepted on import (compared case-insensitively, spaces and hyphens as `_`). */
  aliases: readonly string[];
  kind: ColumnKind;
  /** The column must be present and (except `optional-id`) every cell filled. */
  required: boolean;
  unit: Localised | null;
  meaning: Localised;
  example: ExampleValue;
}

/**
 * Columns named after the dataset's competences: a person's level in each, or a position's
 * requirement. A header equal to a competence id, or the prefix followed by the id.
 */
export interface CompetenceColumns {
  kind: 'competence-level' | 'requirement';
  prefix: Localised;
  prefixAliases: readonly string[];
  unit: Localised | null;
  meaning: Localised;
  /** An example competence id and cell for templates and documentation. */
  exampleCompetenceId: string;
  /** That competence's header in templates, per language (its name). */
  exampleCompetenceHeader: Localised;
  example: string;
}

export interface EntityColumns {
  entity: 'people' | 'positions' | 'sites' | 'competences';
  /** What one row is, for documentation. */
  row: Localised;
  /** File names (without extension) recognised as this entity, lowercase. */
  fileNames: readonly string[];
  columns: readonly ColumnDefinition[];
  competenceColumns: CompetenceColumns | null;
  /** Further template rows: the first example row with these fields changed (null: empty cell). */
  moreExamples?: readonly Readonly<Record<string, ExampleValue | null>>[];
}

/** A header as compared: NFC, trimmed, lowercase, runs of spaces and hyphens as one `_`. */
export const normaliseHeader = (header: string): string =>
  header
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
