import type { Language } from '../i18n/createTranslator';
import { localeOf } from '../schema/language';

/** Numbers formatted for the chosen language (Swedish: 7 850 and 0,5). */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits }).format(value);
}
