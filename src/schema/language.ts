import { z } from 'zod';

/**
 * The languages of the UI, the CLI and every exported file: Swedish (the default) and English.
 * The one place that lists them; a third language is added here and in the message catalogue.
 */
export const languages = ['sv', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** The locale that formats numbers and dates in each language; a language without one uses its code. */
const locales: Partial<Record<string, string>> = { sv: 'sv-SE', en: 'en-GB' };

export function localeOf(language: Language): string {
  return locales[language] ?? language;
}

/**
 * A per-language record's entry in `language`, the English one where the record has none (a
 * language added to the message catalogue before every table of the code has it).
 */
export function inLanguage<T>(record: { readonly sv: T; readonly en: T }, language: Language): T {
  return (record as Partial<Record<string, T>>)[language] ?? record.en;
}
