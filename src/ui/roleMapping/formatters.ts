import type { TFunction } from 'i18next';
import type { CompetenceGap } from '../../engine/roleMapping/competenceFit';
import type { Language } from '../../i18n/createTranslator';
import type { DatasetLabels } from './datasetLabels';
import { numberFormat } from '../format';

/** A change with its sign (+12, −3, 0), for the chosen language. */
export function formatSigned(value: number, language: Language, maximumFractionDigits = 0): string {
  return numberFormat(language, { maximumFractionDigits, signDisplay: 'exceptZero' }).format(value);
}

/** A fit of 0–1 as a percentage, as the language writes one (Swedish: "85 %", English: "85%"). */
export const formatFit = (fit: number, language: Language) =>
  numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(fit);

/** Competence gaps as "Network 2/3 (trainable)", or "no gaps". */
export function formatGaps(gaps: readonly CompetenceGap[], labels: DatasetLabels, t: TFunction): string {
  if (gaps.length === 0) return t('roleMapping.noGaps');
  return gaps
    .map((g) =>
      t(g.trainable ? 'roleMapping.gapTrainable' : 'roleMapping.gap', {
        competence: labels.competence(g.competenceId),
        actual: g.actual,
        required: g.required,
      }),
    )
    .join(', ');
}

/** Kronor with öre (2,50 / 2.50). */
export const formatKronor = (value: number, language: Language) =>
  numberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
