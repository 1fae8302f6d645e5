import { useTranslation } from 'react-i18next';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import type { Language } from '../../i18n/createTranslator';
import { formatNumber } from '../format';

/** A few headline figures of the active scenario, always in sight; only from a current result. */
export function KeyFigures({ evaluation, language }: { evaluation: ScenarioEvaluation; language: Language }) {
  const { t } = useTranslation();
  const summary = evaluation.commute.summary;
  const figures: [string, string, string][] = [
    ['meanCommute', 'figures.minutes', formatNumber(summary.meanScenarioMinutes, language, 1)],
    ['worseOff', 'figures.people', formatNumber(summary.worseOff, language)],
    ['coverage', 'figures.percent', formatNumber(evaluation.coverage.overall.employees * 100, language, 1)],
  ];
  if (evaluation.retention) {
    figures.push([
      'retained',
      'figures.people',
      formatNumber(evaluation.retention.expectedHeadcountRetained, language, 1),
    ]);
  }
  return (
    <dl className="status-figures" aria-label={t('workspace.figures.label')}>
      {figures.map(([id, format, value]) => (
        <div key={id} data-testid={`figure-${id}`}>
          <dt>{t(`workspace.figures.${id}`)}</dt>
          <dd>{t(`workspace.${format}`, { value })}</dd>
        </div>
      ))}
    </dl>
  );
}
