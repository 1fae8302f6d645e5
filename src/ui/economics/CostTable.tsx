import { useTranslation } from 'react-i18next';
import { costItems, type EconomicsResult } from '../../engine/economics/economicsTypes';
import type { Language } from '../../i18n/createTranslator';
import { formatSek } from './formatSek';

/** The company's cost by item and year, with the stand-alone sum, the saving and its running total. */
export function CostTable({ result, language }: { result: EconomicsResult; language: Language }) {
  const { t } = useTranslation();
  const row = (key: string, label: string, values: readonly number[], className?: string) => (
    <tr key={key} data-row={key} className={className}>
      <th scope="row">{label}</th>
      {values.map((v, k) => (
        <td key={result.years[k]} className="num">
          {formatSek(v, language)}
        </td>
      ))}
    </tr>
  );
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('economics.table.caption')}>
      <table className="economics-table">
        <caption>{t('economics.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('economics.table.item')}</th>
            {result.years.map((y) => (
              <th key={y} scope="col" className="num">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {costItems.map((item) => row(item, t(`economics.item.${item}`), result.company.byItem[item]))}
          {row('total', t('economics.table.total'), result.company.total, 'total-row')}
          {row('standAlone', t('economics.table.standAlone'), result.standAloneTotal)}
          {row(
            'saving',
            t('economics.table.saving'),
            result.years.map((_, k) => result.standAloneTotal[k]! - result.company.total[k]!),
          )}
          {row('accumulated', t('economics.table.accumulated'), result.accumulatedSaving, 'total-row')}
        </tbody>
      </table>
    </div>
  );
}
