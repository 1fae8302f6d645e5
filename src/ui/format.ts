import type { Language } from '../i18n/createTranslator';

const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Numbers formatted for the chosen language (Swedish: 7 850 and 0,5). */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits }).format(value);
}
