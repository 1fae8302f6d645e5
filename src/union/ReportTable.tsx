import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/createTranslator';
import type { AnonymisedReport, ReportTable as Table } from '../schema/anonymisedReport';
import { formatNumber } from '../ui/format';
import { labelOf } from './reportLabels';

/** One count table with its totals; hidden figures read "< k" with the reason on hover. */
export function ReportTable({
  report,
  table,
  language,
}: {
  report: AnonymisedReport;
  table: Table;
  language: Language;
}) {
  const { t } = useTranslation();
  const k = report.parameters.k;
  const figure = (value: number | null) =>
    value === null ? (
      <span className="suppressed" title={t('report.view.suppressedTitle', { k })}>
        {t('report.view.suppressed', { k })}
      </span>
    ) : (
      formatNumber(value, language)
    );
  return (
    <div className="table-scroll">
      <table className="report-table" data-table-id={table.id}>
        <caption>{t(`union.table.${table.topic}`, { k })}</caption>
        <thead>
          <tr>
            <td />
            {table.columnIds.map((id) => (
              <th key={id} scope="col" className="num">
                {labelOf(report, id, language, t)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('report.view.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rowIds.map((rowId, r) => (
            <tr key={rowId}>
              <th scope="row">{labelOf(report, rowId, language, t)}</th>
              {table.cells[r]!.map((value, c) => (
                <td key={table.columnIds[c]} className="num">
                  {figure(value)}
                </td>
              ))}
              <td className="num total">{figure(table.rowTotals[r] ?? null)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('report.view.total')}</th>
            {table.columnTotals.map((value, c) => (
              <td key={table.columnIds[c]} className="num">
                {figure(value)}
              </td>
            ))}
            <td className="num">{figure(table.grandTotal)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
