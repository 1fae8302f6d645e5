import { localised, type LocalisedText } from '../../schema/localisedText';
import type { ImportEntity } from '../csv/importProblem';
import { writeCsv, type CsvCell } from '../csv/writeCsv';
import { entityColumns } from './entityColumns';
import type { Language } from '../../schema/language';

/** A competence as a template names it: its name in the template's language. */
export interface TemplateCompetence {
  id: string;
  name: LocalisedText;
}

/**
 * A CSV template for one collection: the headers in the language (`;` and decimal comma for
 * Swedish, `,` and decimal point for English, UTF-8 with BOM) and the example rows (people: a
 * home by coordinates and one by locality). People and positions get one column per competence
 * given, headed by its name in the language (by default the table's example competence), the
 * first with an example value.
 */
export function csvTemplate(entity: ImportEntity, lang: Language, competences?: readonly TemplateCompetence[]): string {
  const table = entityColumns[entity];
  const dynamic = table.competenceColumns;
  const headers = dynamic
    ? (competences?.map((c) => localised(c.name, lang)) ?? [dynamic.exampleCompetenceHeader[lang]])
    : [];
  const header = [...table.columns.map((c) => c.header[lang]), ...headers];
  const first: CsvCell[] = [
    ...table.columns.map((c) => c.example),
    ...headers.map((_, i) => (i === 0 ? dynamic!.example : null)),
  ];
  const more = (table.moreExamples ?? []).map((changes): CsvCell[] => [
    ...table.columns.map((c, i): CsvCell => (c.field in changes ? (changes[c.field] ?? null) : first[i])),
    ...first.slice(table.columns.length),
  ]);
  return writeCsv(header, [first, ...more], lang);
}
