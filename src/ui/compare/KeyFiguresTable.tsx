import { useTranslation } from 'react-i18next';
import type { ScenarioComparison } from '../../engine/compare/compareScenarios';
import type { Language } from '../../i18n/createTranslator';
import { formatDelta, formatFigure } from '../overview/formatFigure';

export interface KeyFiguresTableProps {
  comparison: ScenarioComparison;
  scenarioNames: readonly string[];
  language: Language;
}

/** Thresholds differ per scenario, so the compare table names them by letter (the assumptions panel gives the values). */
const thresholdLetter: Record<string, string> = {
  addedOverThreshold: 'X',
  longCommute: 'Y',
  coverageEmployees: 'T',
  coveragePcs: 'T',
};

/** Key figures side by side: the best value of each row marked with ★ and words, the difference to today under each value. */
export function KeyFiguresTable({ comparison, scenarioNames, language }: KeyFiguresTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="key-figures">
        <caption>{t('views.compare.figuresCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('views.compare.figure')}</th>
            {scenarioNames.map((name, k) => (
              <th key={comparison.scenarioIds[k]} scope="col" className="num">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.figures.map((figure) => (
            <tr key={figure.id} data-figure={figure.id}>
              <th scope="row">
                {t(`views.figure.${figure.id}`, { minutes: thresholdLetter[figure.id] ?? '' })}
                <span className="better-hint">
                  {' '}
                  ({figure.better === 'lower' ? t('views.compare.betterLower') : t('views.compare.betterHigher')})
                </span>
                {figure.parametersDiffer.length > 0 && (
                  <span className="parameters-differ">
                    {' '}
                    {t('views.compare.parametersDiffer', {
                      parameters: figure.parametersDiffer.map((p) => t(`views.param.${p}`)).join('; '),
                    })}
                  </span>
                )}
              </th>
              {figure.values.map((value, k) => {
                const best = figure.best.includes(k);
                const delta = figure.deltaToBaseline[k];
                return (
                  <td key={comparison.scenarioIds[k]} className={best ? 'num best' : 'num'}>
                    <span className="figure-cell-value">
                      {value === null
                        ? t('views.compare.notApplicable')
                        : formatFigure(value, figure.unit, language, t)}
                    </span>
                    {best && <strong className="best-mark"> {t('views.compare.best')}</strong>}
                    {delta !== null && delta !== undefined && (
                      <span className="delta">
                        {t('views.vsToday', { delta: formatDelta(delta, figure.unit, language, t) })}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
