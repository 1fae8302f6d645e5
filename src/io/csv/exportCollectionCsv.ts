import type { Competence } from '../../schema/competence';
import type { Dataset } from '../../schema/dataset';
import type { LocationRule, Position } from '../../schema/position';
import type { Person } from '../../schema/person';
import type { ColumnDefinition, EntityColumns } from '../templates/columnDefinition';
import { entityColumns } from '../templates/entityColumns';
import type { ImportEntity } from './importProblem';
import { periodsText } from './readColumnCell';
import { csvFormats, formatNumber, writeCsv, type CsvCell } from './writeCsv';
import { inLanguage, type Language } from '../../schema/language';

const valueAt = (entity: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      entity,
    );

export const locationText = (rule: LocationRule): string =>
  rule.rule === 'local' ? `local:${rule.municipalityId}` : rule.rule;

/**
 * CSV holds a localised record as two columns, the Swedish text under the record's field and the
 * English under `<field>En` (`name`/`nameEn`, `title`/`titleEn`; docs/import-format.md).
 */
const localisedColumn = (entity: unknown, field: string): unknown => {
  const english = field.endsWith('En') ? field.slice(0, -2) : null;
  const record = valueAt(entity, english ?? field);
  if (record === null || typeof record !== 'object') return english ? valueAt(entity, field) : record;
  return (record as Record<string, unknown>)[english ? 'en' : 'sv'];
};

/** A field's value as a cell of its column. */
export function cellOf(definition: ColumnDefinition, entity: unknown): CsvCell {
  const value =
    definition.kind === 'text' ? localisedColumn(entity, definition.field) : valueAt(entity, definition.field);
  if (definition.kind === 'location') return value === undefined ? null : locationText(value as LocationRule);
  if (definition.kind === 'periods')
    return Array.isArray(value) ? periodsText(value as Array<{ start: string; end?: string }>) : null;
  if (value === undefined || value === null) return null;
  return value as CsvCell;
}

/** A requirement cell: `minLevel`, or `minLevel:weight` when the weight is not 1. */
export function requirementText(minLevel: number, weight: number, lang: Language): string {
  return weight === 1 ? String(minLevel) : `${minLevel}:${formatNumber(weight, inLanguage(csvFormats, lang))}`;
}

function competenceCell(table: EntityColumns, entity: unknown, competenceId: string, lang: Language): CsvCell {
  if (table.competenceColumns?.kind === 'competence-level') return (entity as Person).competences[competenceId] ?? null;
  const requirement = (entity as Position).requirements.find((r) => r.competenceId === competenceId);
  return requirement ? requirementText(requirement.minLevel, requirement.weight, lang) : null;
}

/**
 * One collection as a CSV file in the import format (the same columns, headers in the chosen
 * language; competence columns named by the competences' ids): re-importable as it is.
 */
export function exportCollectionCsv(
  entity: ImportEntity,
  items: readonly unknown[],
  competences: readonly Competence[],
  lang: Language,
): string {
  const table = entityColumns[entity];
  const competenceIds = table.competenceColumns ? competences.map((c) => c.id) : [];
  const header = [...table.columns.map((c) => c.header[lang]), ...competenceIds];
  const rows = items.map((item) => [
    ...table.columns.map((c) => cellOf(c, item)),
    ...competenceIds.map((id) => competenceCell(table, item, id, lang)),
  ]);
  return writeCsv(header, rows, lang);
}

/** The four importable collections of a dataset as CSV files, keyed by file name. */
export function exportDatasetCsv(dataset: Dataset, lang: Language): Record<`${ImportEntity}.csv`, string> {
  return {
    'competences.csv': exportCollectionCsv('competences', dataset.competences, dataset.competences, lang),
    'sites.csv': exportCollectionCsv('sites', dataset.sites, dataset.competences, lang),
    'people.csv': exportCollectionCsv('people', dataset.people, dataset.competences, lang),
    'positions.csv': exportCollectionCsv('positions', dataset.positions, dataset.competences, lang),
  };
}
