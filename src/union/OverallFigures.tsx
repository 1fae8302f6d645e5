import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/createTranslator';
import type { AnonymisedReport, OverallFigure } from '../schema/anonymisedReport';
import { formatNumber } from '../ui/format';
import { ScenarioColumnsTable } from '../ui/tables/ScenarioColumnsTable';
import { cellValue } from './reportCells';
import { StackedBars, type BarRow } from './StackedBars';

/** The value a figure shows: a number, hidden (null), or 0 for a status nobody has. */
export function figureValue(report: AnonymisedReport, figure: OverallFigure): number | null {
  if (figure.unit !== 'people') return figure.value;
  return figure.cell === null ? 0 : cellValue(report, figure.cell);
}

/** The overall figures of every scenario side by side, and two charts of them. */
export function OverallFigures({ report, language }: { report: AnonymisedReport; language: Language }) {
  const { t } = useTranslation();
  const { k } = report.parameters;
  const scenarios = report.parameters.scenarios.filter((s) => report.overall.some((o) => o.scenarioId === s.id));
  if (scenarios.length === 0) return null;
  const ids = [...new Set(report.overall.flatMap((o) => o.figures.map((f) => f.id)))];
  const figureOf = (scenarioId: string, id: string) =>
    report.overall.find((o) => o.scenarioId === scenarioId)?.figures.find((f) => f.id === id);
  const show = (figure: OverallFigure | undefined) => {
    if (!figure) return '–';
    const value = figureValue(report, figure);
    if (value === null) {
      return (
        <span className="suppressed" title={t('report.view.suppressedTitle', { k })}>
          {t('report.view.suppressed', { k })}
        </span>
      );
    }
    if (figure.unit === 'percent') return `${formatNumber(value, language)} %`;
    if (figure.unit === 'msek') return t('union.unit.msek', { value: formatNumber(value, language) });
    return formatNumber(value, language);
  };
  const homes = report.tables.find((table) => table.topic === 'homeAreas');
  const bars = (ids: readonly string[], label: (id: string) => string): BarRow[] =>
    scenarios.map((s) => ({
      id: s.id,
      label: s.name,
      total: homes?.grandTotal ?? null,
      segments: ids.map((id) => {
        const figure = figureOf(s.id, id);
        return { id, label: label(id), value: figure ? figureValue(report, figure) : 0 };
      }),
    }));
  const statusIds = ['placed', 'bench', 'declined', 'leaving'];
  const commuteIds = report.parameters.commuteChangeBands.map((b) => `commute-${b.id}`);
  const describe = (segment: { label: string; value: number | null }) =>
    t('union.chart.segment', {
      label: segment.label,
      value: segment.value === null ? t('union.chart.hidden', { k }) : formatNumber(segment.value, language),
    });
  return (
    <section aria-labelledby="overall-title">
      <h2 id="overall-title">{t('union.overall.title')}</h2>
      <p className="note">{t('union.overall.intro', { people: homes?.grandTotal ?? '–', k })}</p>
      <ScenarioColumnsTable
        caption={t('union.overall.title')}
        figureHeading={t('union.overall.figure')}
        scenarios={scenarios}
        rows={ids.map((id) => ({
          id,
          label: t(`union.figure.${id}`),
          cells: scenarios.map((s) => show(figureOf(s.id, id))),
        }))}
        className="report-table overall-table"
      />
      <div className="charts">
        <StackedBars
          title={t('union.chart.status')}
          rows={bars(statusIds, (id) => t(`union.column.${id}`))}
          hiddenLabel={t('union.chart.hidden', { k })}
          describe={describe}
        />
        <StackedBars
          title={t('union.chart.commute')}
          rows={bars(commuteIds, (id) => t(`union.column.${id.replace('commute-', '')}`))}
          hiddenLabel={t('union.chart.hidden', { k })}
          describe={describe}
        />
      </div>
      {report.positionPlan.map((plan) => (
        <p key={plan.scenarioId} className="note">
          <strong>{report.parameters.scenarios.find((s) => s.id === plan.scenarioId)?.name}:</strong>{' '}
          {t('union.plan.text', { positions: plan.positions, vacant: plan.vacant, toRecruit: plan.toRecruit })}
        </p>
      ))}
    </section>
  );
}
