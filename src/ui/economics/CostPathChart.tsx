import { scaleBand, scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { chartColours } from '../charts/chartColours';
import '../charts/charts.css';

export interface CostPathChartProps {
  years: readonly number[];
  standAlone: readonly number[];
  company: readonly number[];
  low: readonly number[];
  high: readonly number[];
  hump: readonly number[];
  title: string;
  label: string;
  legend: { standAlone: string; company: string; band: string; hump: string };
  axisLabel: string;
  formatValue: (sek: number) => string;
  width?: number;
}

const margin = { top: 12, right: 16, bottom: 30, left: 64 };
const height = 300;

/** The cost paths per year: the stand-alone sum, the company with its low/high band, and the hump as bars (d3 computes, React renders). */
export function CostPathChart({
  years,
  standAlone,
  company,
  low,
  high,
  hump,
  title,
  label,
  legend,
  axisLabel,
  formatValue,
  width = 720,
}: CostPathChartProps) {
  const x = scaleBand<number>()
    .domain(years)
    .range([margin.left, width - margin.right])
    .padding(0.35);
  const max = Math.max(1, ...standAlone, ...company, ...low, ...high, ...hump);
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const mid = (year: number) => (x(year) ?? 0) + x.bandwidth() / 2;
  const points = (values: readonly number[]) =>
    years.map((year, k): [number, number] => [mid(year), y(values[k] ?? 0)]);
  const path = line();
  const band = area<number>()
    .x((k) => mid(years[k]!))
    .y0((k) => y(low[k] ?? 0))
    .y1((k) => y(high[k] ?? 0));
  return (
    <figure className="chart cost-path-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {y.ticks(6).map((tick) => (
          <g key={tick}>
            <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} stroke="#e1e4e8" />
            <text className="tick-label" x={margin.left - 6} y={y(tick) + 4} textAnchor="end">
              {formatValue(tick)}
            </text>
          </g>
        ))}
        <text className="axis-label" x={12} y={margin.top} transform={`rotate(-90 12 ${margin.top})`} textAnchor="end">
          {axisLabel}
        </text>
        {years.map((year, k) => (
          <g key={year}>
            <rect
              data-testid="hump-bar"
              x={x(year)}
              width={x.bandwidth()}
              y={y(hump[k] ?? 0)}
              height={Math.max(0, y(0) - y(hump[k] ?? 0))}
              fill={chartColours.orange}
              fillOpacity={0.55}
            >
              <title>{`${legend.hump} ${year}: ${formatValue(hump[k] ?? 0)}`}</title>
            </rect>
            <text className="tick-label" x={mid(year)} y={height - margin.bottom + 16} textAnchor="middle">
              {year}
            </text>
          </g>
        ))}
        <path d={band(years.map((_, k) => k)) ?? ''} fill={chartColours.sky} fillOpacity={0.3} stroke="none" />
        <path
          d={path(points(standAlone)) ?? ''}
          fill="none"
          stroke={chartColours.vermillion}
          strokeWidth={2}
          strokeDasharray="6 4"
        />
        <path d={path(points(company)) ?? ''} fill="none" stroke={chartColours.blue} strokeWidth={2.5} />
        {points(company).map(([cx, cy], k) => (
          <circle key={years[k]} cx={cx} cy={cy} r={3.5} fill={chartColours.blue}>
            <title>{`${legend.company} ${years[k]}: ${formatValue(company[k] ?? 0)}`}</title>
          </circle>
        ))}
        {points(standAlone).map(([cx, cy], k) => (
          <rect key={years[k]} x={cx - 3.5} y={cy - 3.5} width={7} height={7} fill={chartColours.vermillion}>
            <title>{`${legend.standAlone} ${years[k]}: ${formatValue(standAlone[k] ?? 0)}`}</title>
          </rect>
        ))}
      </svg>
      <ul className="chart-legend">
        <li>
          <span className="swatch" style={{ borderTop: `2px dashed ${chartColours.vermillion}` }} aria-hidden="true" />{' '}
          {legend.standAlone}
        </li>
        <li>
          <span className="swatch" style={{ borderTop: `3px solid ${chartColours.blue}` }} aria-hidden="true" />{' '}
          {legend.company}
        </li>
        <li>
          <span className="swatch" style={{ background: chartColours.sky, opacity: 0.5 }} aria-hidden="true" />{' '}
          {legend.band}
        </li>
        <li>
          <span className="swatch" style={{ background: chartColours.orange, opacity: 0.6 }} aria-hidden="true" />{' '}
          {legend.hump}
        </li>
      </ul>
    </figure>
  );
}
