import { migrateLegacyLocalised } from '../schema/localisedText';

/**
 * The fields that became localised records (`{ sv, en }`), per collection of a dataset, with
 * the English field of the old shape (docs/import-format.md, "Names in both languages").
 */
const LOCALISED_FIELDS: Record<string, readonly [field: string, legacyEnglish: string]> = {
  functions: ['name', 'nameEn'],
  competences: ['name', 'nameEn'],
  units: ['name', 'nameEn'],
  positions: ['title', 'titleEn'],
  phases: ['name', 'nameEn'],
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A dataset, a data-folder file or an economics object with every name of the old shape
 * (`name` + `nameEn`, `title` + `titleEn`) as a localised record; everything else as it was. A
 * new object; running it again changes nothing (it is idempotent), so it can be re-run on data
 * files after other changes are merged.
 */
export function migrateLocalisedNames<T>(content: T): T {
  if (!isRecord(content)) return content;
  const out: Record<string, unknown> = { ...content };
  for (const [collection, [field, legacy]] of Object.entries(LOCALISED_FIELDS)) {
    const list = out[collection];
    if (Array.isArray(list)) out[collection] = list.map((item) => migrateLegacyLocalised(item, field, legacy));
  }
  if (isRecord(out.economics)) out.economics = migrateLocalisedNames(out.economics);
  return out as T;
}
