import type { Language } from '../../i18n/createTranslator';
import { formatNumber, numberFormat } from '../format';

/** Whole kronor as the language writes an amount: "1 234 567 kr", "SEK 1,234,567". */
export function formatSek(value: number, language: Language): string {
  return numberFormat(language, { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(value);
}

/** Millions with one decimal, for chart axes: "12,5" / "12.5". */
export const formatMillions = (value: number, language: Language) => formatNumber(value / 1e6, language, 1);
