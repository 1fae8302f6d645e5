import { z } from 'zod';

/**
 * The languages of the UI, the CLI and every exported file: Swedish (the default) and English.
 * The one place that lists them; a third language is added here and in the message catalogue.
 */
export const languages = ['sv', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;
