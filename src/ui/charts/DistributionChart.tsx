import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { useTranslation } from 'react-i18next';
import { chartColours } from './chartColours';
import { CountChartAxes, countChartMargin } from './countChartAxes';
import type { HistogramBin } from './histogramBins';
import './charts.css';

export interface DistributionSeries {
  name: string;
  /** Bins over the same thresholds for every series. */
  bins: readonly HistogramBin[];
}

export interface DistributionChartProps {
  /** Two series: before (drawn dashed, orange) and after (solid, blue). */
  before: DistributionSeries;
  after: DistributionSeries;
  title: string;
  label: string;
  xLabel: string;
  formatValue: (x: number) => string;
  width?: number;
  height?: number;
}

const margin = countChartMargin;

/** Two distributions as step lines over shared bins (d3-shape), told apart by dash as well as colour. */
export function DistributionChart({
  before,
  after,
  title,
  label,
  xLabel,
  formatValue,
  width = 560,
  height = 200,
}: DistributionChartProps) {
  const { t } = useTranslation();
  const bins = after.bins.length > 0 ? after.bins : before.bins;
  const x0 = bins[0]?.x0 ?? 0;
  const x1 = bins[bins.length - 1]?.x1 ?? 1;
  const x = scaleLinear()
    .domain([x0, x1])
    .range([margin.left, width - margin.right]);
  const maxCount = Math.max(1, ...before.bins.map((b) => b.count), ...after.bins.map((b) => b.count));
  const y = scaleLinear()
    .domain([0, maxCount])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const path = (series: readonly HistogramBin[]) => {
    const last = series[series.length - 1];
    const points: Array<[number, number]> = series.map((b) => [x(b.x0), y(b.count)]);
    if (last) points.push([x(last.x1), y(last.count)]);
    return line().curve(curveStepAfter)(points) ?? '';
  };
  const styles = [
    { series: before, colour: chartColours.orange, dash: '6 4' },
    { series: after, colour: chartColours.blue, dash: undefined },
  ];
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {y.ticks(4).map((tick) => (
          <text key={tick} className="tick-label" x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
            {tick}
          </text>
        ))}
        {/* Keyed by place, not name: a scenario may be named like the baseline ("I dag"). */}
        {styles.map(({ series, colour, dash }, k) => (
          <path key={k} d={path(series.bins)} fill="none" stroke={colour} strokeWidth={2.5} strokeDasharray={dash} />
        ))}
        <CountChartAxes x={x} y={y} width={width} height={height} xLabel={xLabel} formatValue={formatValue} />
      </svg>
      <ul className="chart-legend">
        {styles.map(({ series, colour, dash }, k) => (
          <li key={k}>
            <svg viewBox="0 0 28 10" aria-hidden="true">
              <line x1="0" x2="28" y1="5" y2="5" stroke={colour} strokeWidth="2.5" strokeDasharray={dash} />
            </svg>
            {series.name}
          </li>
        ))}
      </ul>
      {/* Hidden in a box: a table ignores height: 1px and lengthened the page by its full height. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('views.chart.range')}</th>
              <th scope="col">{before.name}</th>
              <th scope="col">{after.name}</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((b, k) => (
              <tr key={b.x0}>
                <th scope="row">{t('views.chart.binRange', { from: formatValue(b.x0), to: formatValue(b.x1) })}</th>
                <td>{before.bins[k]?.count ?? 0}</td>
                <td>{after.bins[k]?.count ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
