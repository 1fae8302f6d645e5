import type { Language } from '../i18n/createTranslator';
import { localeOf } from '../schema/language';

/** One formatter per language and options: making one costs far more than formatting (tables at scale). */
const formatters = new Map<string, Intl.NumberFormat>();

/** The language's number format with these options, made once. */
export function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(localeOf(language), options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Numbers formatted for the chosen language (Swedish: 7 850 and 0,5). */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 0): string {
  return numberFormat(language, { maximumFractionDigits }).format(value);
}
