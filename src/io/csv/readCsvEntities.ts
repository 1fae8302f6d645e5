import type { LocalisedText } from '../../schema/localisedText';
import type { EntityColumns } from '../templates/columnDefinition';
import { columnByPath, type EntityRow, type ReadFile } from './entityRow';
import { entitySchemas } from './entitySchemas';
import type { ImportProblem } from './importProblem';
import { mapHeaders } from './mapHeaders';
import { readColumnCell, readRequirement } from './readColumnCell';
import { readInteger } from './readCell';
import { isBlankRecord, readDelimited } from './readDelimited';
import { schemaProblems } from './rowProblems';
import { resolveHome, type HomePlaces } from './homeForms';
import type { Language } from '../../schema/language';

const pathParts = new Map<string, string[]>();

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  let parts = pathParts.get(path);
  if (!parts) pathParts.set(path, (parts = path.split('.')));
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
}

const PROGRESS_ROWS = 500;

export interface ReadEntityOptions {
  /** Competences' names, accepted as competence column headers beside their ids. */
  competenceNames?: readonly { id: string; name: LocalisedText }[];
  /** People: where homes given as a locality or a postcode are placed (see homeForms.ts). */
  homePlaces?: HomePlaces;
}

/**
 * Reads a CSV file of one entity: maps its headers, reads every cell by its column's kind,
 * validates every row with the entity's schema and reports every problem at its row and
 * column. Rows that are entirely empty are skipped.
 */
export function readCsvEntities(
  file: string,
  text: string,
  table: EntityColumns,
  competenceIds: readonly string[],
  lang: Language = 'en',
  /** Told every few hundred rows how many of the file's rows are read. */
  onRows?: (done: number, total: number) => void,
  options: ReadEntityOptions = {},
): ReadFile {
  const problems: ImportProblem[] = [];
  const fileProblem = (
    code: ImportProblem['code'],
    params: ImportProblem['params'],
    severity: ImportProblem['severity'] = 'error',
    column: string | null = null,
  ) => problems.push({ file, row: null, column, code, params, severity });
  const { records, syntaxErrors } = readDelimited(text);
  for (const e of syntaxErrors)
    problems.push({
      file,
      row: e.row,
      column: null,
      code: 'csv-syntax',
      params: { detail: e.detail },
      severity: 'error',
    });

  const headerIndex = records.findIndex((r) => !isBlankRecord(r));
  const headers = records[headerIndex] ?? [];
  const mapping = mapHeaders(headers, table, competenceIds, options.competenceNames);
  if (mapping.missing.length > 0) {
    fileProblem('missing-columns', { columns: mapping.missing.map((c) => c.header[lang]).join(', ') });
  }
  if (mapping.duplicates.length > 0) fileProblem('duplicate-columns', { columns: mapping.duplicates.join(', ') });
  for (const u of mapping.unknownCompetences)
    fileProblem('unknown-competence-column', { value: u.competenceId }, 'error', u.header);
  if (mapping.unknown.length > 0) fileProblem('unknown-columns', { columns: mapping.unknown.join(', ') }, 'warning');
  const homeFields = ['home.lat', 'home.lon', 'homeLocality', 'homePostcode'];
  const noHomeColumns =
    table.entity === 'people' && headers.length > 0 && !homeFields.some((f) => mapping.headerOfField.has(f));
  if (noHomeColumns) fileProblem('home-columns-missing', {});

  const schema = entitySchemas[table.entity];
  const missingFields = new Set(mapping.missing.map((c) => c.field));
  if (noHomeColumns) missingFields.add('home');
  const rows: EntityRow[] = [];
  const headerOfField = (field: string) => mapping.headerOfField.get(field);

  const brokenRows = new Set(syntaxErrors.map((e) => e.row));
  const columnIndex = new Map(headers.map((h, i) => [h.trim(), i]));
  const byColumn = (a: ImportProblem, b: ImportProblem) =>
    (a.column === null ? -1 : (columnIndex.get(a.column) ?? headers.length)) -
    (b.column === null ? -1 : (columnIndex.get(b.column) ?? headers.length));

  for (let index = headerIndex + 1; index < records.length; index++) {
    if (onRows && (index - headerIndex) % PROGRESS_ROWS === 0)
      onRows(index - headerIndex, records.length - headerIndex - 1);
    const record = records[index]!;
    const row = index + 1;
    if (isBlankRecord(record) || brokenRows.has(row)) continue;
    const found: ImportProblem[] = [];
    const rowProblem = (column: string | null, code: ImportProblem['code'], params: ImportProblem['params']) =>
      found.push({ file, row, column, code, params, severity: 'error' });
    if (record.length > headers.length && !isBlankRecord(record.slice(headers.length))) {
      rowProblem(null, 'extra-cells', { expected: headers.length, actual: record.length });
    }
    const value: Record<string, unknown> = {};
    if (table.competenceColumns?.kind === 'competence-level') value.competences = {};
    const requirements: Record<string, unknown>[] = [];
    const requirementColumns: string[] = [];
    const reported = new Set<string>();

    mapping.columns.forEach((column, c) => {
      if (!column) return;
      const raw = record[c] ?? '';
      const empty = raw.trim() === '';
      if (column.kind === 'competence') {
        if (empty) return;
        if (table.competenceColumns?.kind === 'competence-level') {
          const level = readInteger(raw);
          if (level.ok) (value.competences as Record<string, number>)[column.competenceId] = level.value;
          else {
            rowProblem(column.header, level.code, level.params);
            reported.add(`competences.${column.competenceId}`);
          }
        } else {
          const requirement = readRequirement(raw);
          if (requirement.ok) {
            requirements.push({ competenceId: column.competenceId, ...requirement.value });
            requirementColumns.push(column.header);
          } else rowProblem(column.header, requirement.code, requirement.params);
        }
        return;
      }
      const { definition } = column;
      if (empty) {
        if (definition.kind === 'optional-id') setPath(value, definition.field, null);
        else if (definition.required) {
          rowProblem(column.header, 'required', {});
          reported.add(definition.field);
        }
        return;
      }
      const read = readColumnCell(definition.kind, raw);
      if (read.ok) setPath(value, definition.field, read.value);
      else {
        rowProblem(column.header, read.code, read.params);
        reported.add(definition.field);
      }
    });
    if (table.competenceColumns?.kind === 'requirement') value.requirements = requirements;
    if (table.entity === 'people' && !noHomeColumns) {
      resolveHome(value, options.homePlaces ?? { localities: [], postcodes: null }, (field, code, params) => {
        rowProblem(mapping.headerOfField.get(field) ?? null, code, params);
        reported.add('home');
      });
    }

    const columnOf = (field: string): string | null =>
      columnByPath((f) => {
        const requirement = /^requirements\.(\d+)$/.exec(f);
        if (requirement) return requirementColumns[Number(requirement[1])];
        const competence = /^competences\.(.+)$/.exec(f);
        if (competence)
          return mapping.columns.find((m) => m?.kind === 'competence' && m.competenceId === competence[1])?.header;
        return headerOfField(f);
      }, field);
    const skip = (field: string) => {
      const top = field.split('.')[0]!;
      return (
        reported.has(field) ||
        missingFields.has(field) ||
        missingFields.has(top) ||
        [...missingFields].some((m) => m.startsWith(`${field}.`))
      );
    };
    const checked = schemaProblems(schema, value, { file, row, columnOf, skip });
    found.push(...checked.problems);
    problems.push(...found.sort(byColumn));
    const id = typeof value.id === 'string' && value.id !== '' ? value.id : null;
    rows.push({ row, id, entity: checked.entity, columnOf });
  }
  if (rows.length === 0 && headers.length > 0 && syntaxErrors.length === 0) fileProblem('no-rows', {});
  return {
    file,
    rows,
    problems,
    unreadable: mapping.missing.length > 0 || mapping.duplicates.length > 0 || noHomeColumns,
    columns: headers.map((h) => h.trim()),
  };
}
