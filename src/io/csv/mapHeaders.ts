import type { LocalisedText } from '../../schema/localisedText';
import { normaliseHeader, type ColumnDefinition, type EntityColumns } from '../templates/columnDefinition';

export type MappedColumn =
  | { kind: 'field'; header: string; definition: ColumnDefinition }
  | { kind: 'competence'; header: string; competenceId: string };

export interface HeaderMapping {
  /** Per column of the file: what it holds, or null (unknown or empty header). */
  columns: (MappedColumn | null)[];
  /** Required columns that are not in the file (as the file's language would name them). */
  missing: ColumnDefinition[];
  /** Headers that name nothing known. */
  unknown: string[];
  /** Headers that name a field another column already holds. */
  duplicates: string[];
  /** Headers with a competence prefix whose id is not a competence of the dataset. */
  unknownCompetences: { header: string; competenceId: string }[];
  /** The header of each field present, as written in the file. */
  headerOfField: Map<string, string>;
}

/**
 * Maps a file's headers to an entity's columns: Swedish or English names and aliases,
 * case-insensitive and trimmed; competence columns by id or by prefix and id.
 */
export function mapHeaders(
  headers: readonly string[],
  table: EntityColumns,
  competenceIds: readonly string[],
  /** Competences' names (Swedish and English) as headers, besides their ids. */
  competenceNames: readonly { id: string; name: LocalisedText }[] = [],
): HeaderMapping {
  const byName = new Map<string, ColumnDefinition>();
  for (const definition of table.columns) {
    for (const name of [definition.header.sv, definition.header.en, definition.field, ...definition.aliases]) {
      byName.set(normaliseHeader(name), definition);
    }
  }
  const competenceByName = new Map<string, string>();
  for (const c of competenceNames) {
    if (!competenceIds.includes(c.id)) continue;
    for (const name of Object.values(c.name) as string[]) competenceByName.set(normaliseHeader(name), c.id);
  }
  for (const id of competenceIds) competenceByName.set(normaliseHeader(id), id);
  const prefixes = table.competenceColumns?.prefixAliases.map(normaliseHeader) ?? [];
  const mapping: HeaderMapping = {
    columns: [],
    missing: [],
    unknown: [],
    duplicates: [],
    unknownCompetences: [],
    headerOfField: new Map(),
  };
  const seenCompetences = new Set<string>();

  headers.forEach((raw, index) => {
    const header = raw.trim();
    const name = normaliseHeader(header);
    if (name === '') {
      mapping.columns.push(null);
      return;
    }
    const definition = byName.get(name);
    if (definition) {
      if (mapping.headerOfField.has(definition.field)) {
        mapping.duplicates.push(header);
        mapping.columns.push(null);
      } else {
        mapping.headerOfField.set(definition.field, header);
        mapping.columns.push({ kind: 'field', header, definition });
      }
      return;
    }
    if (table.competenceColumns) {
      const prefix = prefixes.find((p) => name.startsWith(p) && name.length > p.length);
      const competenceId =
        competenceByName.get(name) ?? (prefix ? competenceByName.get(name.slice(prefix.length)) : undefined);
      if (competenceId !== undefined) {
        if (seenCompetences.has(competenceId)) {
          mapping.duplicates.push(header);
          mapping.columns.push(null);
        } else {
          seenCompetences.add(competenceId);
          mapping.columns.push({ kind: 'competence', header, competenceId });
        }
        return;
      }
      if (prefix) {
        mapping.unknownCompetences.push({ header, competenceId: header.slice(prefix.length) });
        mapping.columns.push(null);
        return;
      }
    }
    mapping.unknown.push(header || `#${index + 1}`);
    mapping.columns.push(null);
  });
  mapping.missing = table.columns.filter((c) => c.required && !mapping.headerOfField.has(c.field));
  return mapping;
}
