import type { ImportEntity } from '../csv/importProblem';
import { writeCsv, type CsvCell } from '../csv/writeCsv';
import { entityColumns } from './entityColumns';

/**
 * A CSV template for one collection: the headers in the language (`;` and decimal comma for
 * Swedish, `,` and decimal point for English, UTF-8 with BOM) and one example row. People and
 * positions get one column per competence id given (by default the table's example
 * competence), the first with an example value.
 */
export function csvTemplate(entity: ImportEntity, lang: 'en' | 'sv', competenceIds?: readonly string[]): string {
  const table = entityColumns[entity];
  const competences = table.competenceColumns ? (competenceIds ?? [table.competenceColumns.exampleCompetenceId]) : [];
  const header = [...table.columns.map((c) => c.header[lang]), ...competences];
  const example: CsvCell[] = [
    ...table.columns.map((c) => c.example),
    ...competences.map((_, i) => (i === 0 ? table.competenceColumns!.example : null)),
  ];
  return writeCsv(header, [example], lang);
}
