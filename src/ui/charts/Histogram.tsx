import { scaleLinear } from 'd3-scale';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chartColours } from './chartColours';
import { CountChartAxes, countChartMargin } from './countChartAxes';
import type { HistogramBin } from './histogramBins';
import './charts.css';

export interface HistogramProps {
  bins: readonly HistogramBin[];
  /** Visible caption. */
  title: string;
  /** Text alternative of the whole chart (what it shows, in one sentence). */
  label: string;
  /** Unit of the x axis, e.g. "minutes". */
  xLabel: string;
  formatValue: (x: number) => string;
  /** Bars at or above this x are drawn in the warning colour (with a hatch, not colour alone). */
  warnFrom?: number;
  /** A dashed reference line, e.g. at zero change. */
  referenceX?: number;
  width?: number;
  height?: number;
}

const margin = countChartMargin;

/** A histogram as SVG bars (d3-scale computes, React renders), with its data as a hidden table. */
export function Histogram({
  bins,
  title,
  label,
  xLabel,
  formatValue,
  warnFrom,
  referenceX,
  width = 560,
  height = 200,
}: HistogramProps) {
  const { t } = useTranslation();
  const x0 = bins[0]?.x0 ?? 0;
  const x1 = bins[bins.length - 1]?.x1 ?? 1;
  const x = scaleLinear()
    .domain([x0, x1])
    .range([margin.left, width - margin.right]);
  const maxCount = Math.max(1, ...bins.map((b) => b.count));
  const y = scaleLinear()
    .domain([0, maxCount])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const warn = (b: HistogramBin) => warnFrom !== undefined && b.x0 >= warnFrom;
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        <defs>
          <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={chartColours.vermillion} />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2" />
          </pattern>
        </defs>
        {y.ticks(4).map((tick) => (
          <g key={tick}>
            <line className="axis-line" x1={margin.left - 4} x2={margin.left} y1={y(tick)} y2={y(tick)} />
            <text className="tick-label" x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {bins.map((b) => (
          <rect
            key={b.x0}
            x={x(b.x0) + 0.5}
            width={Math.max(0, x(b.x1) - x(b.x0) - 1)}
            y={y(b.count)}
            height={y(0) - y(b.count)}
            fill={warn(b) ? `url(#${hatchId})` : chartColours.blue}
          />
        ))}
        {referenceX !== undefined && referenceX >= x0 && referenceX <= x1 && (
          <line
            className="zero-line"
            x1={x(referenceX)}
            x2={x(referenceX)}
            y1={margin.top}
            y2={height - margin.bottom}
          />
        )}
        <CountChartAxes x={x} y={y} width={width} height={height} xLabel={xLabel} formatValue={formatValue} />
      </svg>
      {/* Hidden in a box: a table ignores height: 1px and lengthened the page by its full height. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('views.chart.range')}</th>
              <th scope="col">{t('views.chart.count')}</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((b) => (
              <tr key={b.x0}>
                <th scope="row">{t('views.chart.binRange', { from: formatValue(b.x0), to: formatValue(b.x1) })}</th>
                <td>{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
