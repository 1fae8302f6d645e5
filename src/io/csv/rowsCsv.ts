import type { Localised } from '../templates/columnDefinition';
import { writeCsv, type CsvCell } from './writeCsv';
import type { Language } from '../../schema/language';

/** A column of an export: its header per language and the cell of a row. */
export interface ExportColumn<Row> {
  header: Localised;
  /** The cell; `lang` for cells that are words (a stage), not codes. */
  value: (row: Row, lang: Language) => CsvCell;
}

/**
 * Any table of plain rows as CSV for a spreadsheet: `;` and decimal comma in Swedish, `,` and
 * decimal point in English, UTF-8 with BOM; text that would start a formula is escaped, numbers
 * (negative ones too) stay numbers. The caller maps its results to rows: io knows no engine.
 */
export function rowsCsv<Row>(rows: readonly Row[], columns: readonly ExportColumn<Row>[], lang: Language): string {
  return writeCsv(
    columns.map((c) => c.header[lang]),
    rows.map((row) => columns.map((c) => c.value(row, lang))),
    lang,
  );
}
