import type { ScaleLinear } from 'd3-scale';
import { useTranslation } from 'react-i18next';

/**
 * Margins of the count charts (histogram, before/after distribution): room for the axes, for the
 * count label above the top tick (it overlapped it) and for the last x tick ("100 %" was cut).
 */
export const countChartMargin = { top: 24, right: 24, bottom: 34, left: 36 };

/** The x axis (ticks and label) and the count label of a chart of people per bin. */
export function CountChartAxes({
  x,
  y,
  width,
  height,
  xLabel,
  formatValue,
}: {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  width: number;
  height: number;
  xLabel: string;
  formatValue: (x: number) => string;
}) {
  const { t } = useTranslation();
  const margin = countChartMargin;
  return (
    <>
      <line className="axis-line" x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} />
      {x.ticks(8).map((tick) => (
        <text key={tick} className="tick-label" x={x(tick)} y={height - margin.bottom + 14} textAnchor="middle">
          {formatValue(tick)}
        </text>
      ))}
      <text className="axis-label" x={width - margin.right} y={height - 4} textAnchor="end">
        {xLabel}
      </text>
      <text className="axis-label" x={4} y={2} dy="0.8em">
        {t('views.chart.people')}
      </text>
    </>
  );
}
