/**
 * A problem found in an imported file, named the way the user sees the file: the file's name,
 * the row as the spreadsheet shows it (header = row 1, first data row = row 2) and the column's
 * header as written. The text in each language lives in `src/i18n/importExport.ts`.
 */
export interface ImportProblem {
  file: string;
  /** Spreadsheet row (1 = header); null for a problem of the whole file or column. */
  row: number | null;
  /** The column's header as written in the file; null for a problem of a whole row or file. */
  column: string | null;
  code: ImportProblemCode;
  params: Record<string, string | number>;
  severity: 'error' | 'warning';
}

export type ImportProblemCode =
  // The file as a whole
  | 'file-too-large'
  | 'file-empty'
  | 'file-binary'
  | 'file-spreadsheet'
  | 'file-unknown-entity'
  | 'file-duplicate-entity'
  | 'invalid-json'
  | 'json-shape'
  | 'csv-syntax'
  | 'no-rows'
  // Columns
  | 'missing-columns'
  | 'unknown-columns'
  | 'duplicate-columns'
  | 'unknown-competence-column'
  // Cells
  | 'extra-cells'
  | 'required'
  | 'not-a-number'
  | 'not-an-integer'
  | 'not-a-boolean'
  | 'not-a-date'
  | 'not-a-location'
  | 'not-periods'
  | 'not-a-requirement'
  | 'invalid-type'
  | 'too-small'
  | 'too-big'
  | 'invalid-format'
  | 'invalid-value'
  | 'unknown-field'
  | 'invalid'
  // Across rows and files
  | 'duplicate-id'
  | 'unknown-reference'
  | 'outside-region'
  | 'reports-to-loop'
  | 'locality-in-other-municipality'
  | 'date-after-reference'
  | 'period-end-before-start'
  | 'periods-overlap'
  | 'birth-year-differs'
  | 'too-many-exemptions'
  | 'reference-lost'
  | 'dataset-issue'
  // Declared figures (warnings)
  | 'positions-differ'
  | 'managers-differ'
  | 'it-staff-differ'
  // Homes without coordinates (src/io/csv/homeForms.ts)
  | 'home-columns-missing'
  | 'home-missing'
  | 'unknown-locality'
  | 'unknown-postcode'
  | 'postcode-without-table'
  | 'postcode-table-columns'
  | 'not-a-postcode'
  | 'homes-approximate';

/** The collections a user can bring as files. */
export const importEntities = ['competences', 'sites', 'people', 'positions'] as const;
export type ImportEntity = (typeof importEntities)[number];

export const hasErrors = (problems: readonly ImportProblem[]): boolean => problems.some((p) => p.severity === 'error');
