import { z } from 'zod';
import type { Language } from './language';

/**
 * A text in the languages of the UI: one record per name (`{ sv, en }`), never a field per
 * language. Swedish and English are required (the data is written in both); a further language
 * may add its own key, and reads fall back to English where it has none (docs/i18n.md).
 */
export const localisedTextSchema = z
  .object({ sv: z.string().min(1), en: z.string().min(1) })
  .catchall(z.string().min(1));
export type LocalisedText = z.infer<typeof localisedTextSchema>;

/** The text in `language`; English where the record has none in it. The one label helper. */
export function localised(text: LocalisedText, language: Language): string {
  return text[language] ?? text.en;
}

/**
 * Reads the shape before localised records: `name` as the Swedish text beside `nameEn` (or
 * `title` beside `titleEn`) becomes `name: { sv, en }`, English falling back to the Swedish
 * where the old field was optional and missing. Anything else passes unchanged, so the
 * entity's schema reports it. Used by the schemas (old files, stored datasets and CSV columns
 * still load) and by `scripts/migrateLocalisedNames.ts` (rewriting data files).
 */
export function migrateLegacyLocalised(raw: unknown, field: string, legacyEnglish: string): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const record = raw as Record<string, unknown>;
  const sv = record[field];
  if (typeof sv !== 'string') return raw;
  const en = record[legacyEnglish];
  const { [legacyEnglish]: _legacy, ...rest } = record;
  return { ...rest, [field]: { sv, en: typeof en === 'string' && en.trim() !== '' ? en : sv } };
}

/**
 * `schema` that first reads the old `field` + `legacyEnglish` shape (see
 * `migrateLegacyLocalised`); its input type accepts both shapes.
 */
export function withLegacyLocalised<
  T extends z.ZodObject,
  Field extends keyof z.input<T> & string,
  LegacyEnglish extends string,
>(schema: T, field: Field, legacyEnglish: LegacyEnglish) {
  return z.preprocess((raw) => migrateLegacyLocalised(raw, field, legacyEnglish), schema) as unknown as z.ZodType<
    z.output<T>,
    z.input<T> | LegacyLocalised<z.input<T>, Field, LegacyEnglish>
  >;
}

/** An entity as written before localised records: `field` as text, `legacyEnglish` beside it. */
export type LegacyLocalised<T, Field extends keyof T & string, LegacyEnglish extends string> = Omit<T, Field> & {
  [K in Field]: string;
} & { [K in LegacyEnglish]?: string };
