import { localeOf } from '../../schema/language';
import { useTranslation } from 'react-i18next';
import type { RetentionResult } from '../../engine/retention/retentionTypes';
import type { Language } from '../../i18n/createTranslator';
import { BandChart } from '../charts/BandChart';
import { formatNumber } from '../format';
import { Term } from '../glossary/Term';
import type { DatasetNames } from '../overview/datasetNames';

export interface CompetenceCoverageProps {
  retention: RetentionResult;
  names: DatasetNames;
  language: Language;
}

/**
 * Per competence: the need of the positions, the holders now, the expected holders who stay
 * with the 10th-percentile band, and the probability of ending below the minimum; at-risk rows
 * are marked in words and with a sign, not colour alone.
 */
export function CompetenceCoverage({ retention, names, language }: CompetenceCoverageProps) {
  const { t } = useTranslation();
  const n = (value: number, digits = 0) => formatNumber(value, language, digits);
  const percent = (p: number) => t('views.percent', { value: n(p * 100, 1) });
  // Expected holders always with one decimal ("1,0" beside "0,9", never "1" beside "0,9"); two
  // when one would round up to the need it falls short of (0,99 of 1 is not "1,0 of 1").
  const oneDecimal = new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const twoDecimals = new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const expectedText = (expected: number, needed: number) =>
    expected < needed && Math.round(expected * 10) / 10 >= needed
      ? twoDecimals.format(expected)
      : oneDecimal.format(expected);
  const competences = retention.competences.filter((c) => c.needed > 0 || c.current > 0);
  return (
    <>
      <BandChart
        rows={competences.map((c) => ({
          id: c.competenceId,
          label: names.competence(c.competenceId),
          low: c.p10,
          high: c.current,
          value: c.expected,
          target: c.needed,
          highlight: c.atRisk,
        }))}
        title={t('views.chart.bandTitle')}
        label={t('views.chart.bandLabel', { atRisk: n(retention.competencesAtRisk.length) })}
        xLabel={t('views.chart.holders')}
        legend={{
          band: t('views.chart.legendBand'),
          value: t('views.chart.legendExpected'),
          target: t('views.chart.legendNeed'),
        }}
        formatValue={(x) => n(x)}
      />
      <div className="table-scroll">
        <table className="competence-table">
          <caption>{t('views.impact.competenceCaption', { level: retention.heldLevel })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('views.impact.col.competence')}</th>
              <th scope="col" className="num">
                {t('views.impact.col.needed')}
              </th>
              <th scope="col" className="num">
                {t('views.impact.col.current')}
              </th>
              <th scope="col" className="num">
                {t('views.impact.col.expected')}
              </th>
              <th scope="col" className="num">
                <Term id="p10" language={language}>
                  {t('screens.retention.col.p10')}
                </Term>
              </th>
              <th scope="col" className="num">
                <Term id="busFactor" language={language}>
                  {t('screens.retention.col.probBelow', { minHolders: retention.minHolders })}
                </Term>
              </th>
              <th scope="col">{t('views.impact.col.risk')}</th>
            </tr>
          </thead>
          <tbody>
            {competences.map((c) => (
              <tr key={c.competenceId} className={c.atRisk ? 'at-risk' : undefined}>
                <th scope="row">{names.competence(c.competenceId)}</th>
                <td className="num">{n(c.needed)}</td>
                <td className="num">{n(c.current)}</td>
                <td className="num">{expectedText(c.expected, c.needed)}</td>
                <td className="num">{n(c.p10)}</td>
                <td className="num">{percent(c.probBelowMinHolders)}</td>
                <td>
                  {c.atRisk ? (
                    <>
                      <strong>⚠ {t('views.impact.atRisk')}</strong>
                      <ul className="risk-reasons">
                        {c.riskReasons.map((reason) => (
                          <li key={reason}>
                            {t(`screens.retention.risk.${reason}`, {
                              expected: expectedText(c.expected, c.needed),
                              needed: n(c.needed),
                              probability: percent(c.probBelowMinHolders),
                              minHolders: retention.minHolders,
                            })}
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    t('views.impact.notAtRisk')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
