import type { TFunction } from 'i18next';
import type { KeyFigureDefinition } from '../../engine/compare/compareScenarios';
import type { Language } from '../../i18n/createTranslator';
import { formatNumber } from '../format';

export type FigureUnit = KeyFigureDefinition['unit'];

/** A key figure's value with its unit, for the chosen language ("12,5 min", "87 %"). */
export function formatFigure(value: number | null, unit: FigureUnit, language: Language, t: TFunction): string {
  if (value === null || !Number.isFinite(value)) return t('views.none');
  switch (unit) {
    case 'minutes':
      return t('views.minutes', { value: formatNumber(value, language, 1) });
    case 'km':
      return t('views.km', { value: formatNumber(value, language, 0) });
    case 'share':
      return t('views.percent', { value: formatNumber(value * 100, language, 1) });
    case 'score':
      return formatNumber(value, language, 2);
    case 'expectedPeople':
      return formatNumber(value, language, 1);
    default:
      return formatNumber(value, language, 0);
  }
}

/** A signed difference ("+3,5 min", "−2", "±0"), in the figure's unit (shares in percentage points). */
export function formatDelta(delta: number, unit: FigureUnit, language: Language, t: TFunction): string {
  const digits = unit === 'share' || unit === 'expectedPeople' ? 1 : unit === 'score' ? 2 : unit === 'minutes' ? 1 : 0;
  const scaled = unit === 'share' ? delta * 100 : delta;
  const rounded = Number(scaled.toFixed(digits));
  if (rounded === 0) return '±0';
  const magnitude =
    unit === 'share'
      ? t('views.percentagePoints', { value: formatNumber(Math.abs(scaled), language, 1) })
      : formatFigure(Math.abs(delta), unit, language, t);
  return `${rounded > 0 ? '+' : '−'}${magnitude}`;
}
