import type { Language } from '../../i18n/createTranslator';
import { formatNumber } from '../format';

/** Kronor for the chosen language: "1 234 567 kr", "SEK 1,234,567". */
export function formatSek(value: number, language: Language): string {
  const n = formatNumber(Math.round(value), language);
  return language === 'sv' ? `${n} kr` : `SEK ${n}`;
}

/** Millions with one decimal, for chart axes: "12,5" / "12.5". */
export const formatMillions = (value: number, language: Language) => formatNumber(value / 1e6, language, 1);
