import { scaleBand, scaleLinear } from 'd3-scale';
import { chartColours } from './chartColours';
import './charts.css';

/** One row of an uncertainty band: a range, a central value and a target. */
export interface BandRow {
  id: string;
  label: string;
  /** The band runs from `low` to `high` (e.g. 10th percentile to holders now). */
  low: number;
  high: number;
  /** The central estimate, drawn as a dot. */
  value: number;
  /** The target, drawn as a dashed tick. */
  target: number;
  /** Highlighted (bold label with a warning mark, not colour alone). */
  highlight: boolean;
}

export interface BandChartProps {
  rows: readonly BandRow[];
  title: string;
  label: string;
  xLabel: string;
  legend: { band: string; value: string; target: string };
  formatValue: (x: number) => string;
  width?: number;
}

const baseMargin = { top: 8, right: 16, bottom: 30, left: 190 };
/** Width of a bold 10 px label character, generously: labels must not be cut at the left edge. */
const LABEL_CHAR_PX = 6.4;
const rowHeight = 24;

/** Horizontal bands with a dot and a target tick per row (d3-scale computes, React renders). */
export function BandChart({ rows, title, label, xLabel, legend, formatValue, width = 640 }: BandChartProps) {
  // The left margin grows with the longest row label (with its warning mark), up to half the width.
  const longest = Math.max(0, ...rows.map((r) => r.label.length + (r.highlight ? 2 : 0)));
  const margin = { ...baseMargin, left: Math.min(width / 2, Math.max(baseMargin.left, 16 + longest * LABEL_CHAR_PX)) };
  const height = margin.top + margin.bottom + rowHeight * Math.max(1, rows.length);
  const maxValue = Math.max(1, ...rows.map((r) => Math.max(r.high, r.target, r.value)));
  const x = scaleLinear()
    .domain([0, maxValue])
    .nice()
    .range([margin.left, width - margin.right]);
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.id))
    .range([margin.top, height - margin.bottom])
    .padding(0.3);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {x.ticks(6).map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={margin.top} y2={height - margin.bottom} stroke="#e1e4e8" />
            <text className="tick-label" x={x(tick)} y={height - margin.bottom + 14} textAnchor="middle">
              {formatValue(tick)}
            </text>
          </g>
        ))}
        {rows.map((row) => {
          const top = y(row.id) ?? 0;
          const middle = top + y.bandwidth() / 2;
          return (
            <g key={row.id} className={row.highlight ? 'row-at-risk' : undefined}>
              <text className="tick-label" x={margin.left - 8} y={middle} dy="0.32em" textAnchor="end">
                {row.highlight ? `⚠ ${row.label}` : row.label}
              </text>
              <rect
                x={x(Math.min(row.low, row.high))}
                width={Math.max(2, Math.abs(x(row.high) - x(row.low)))}
                y={top}
                height={y.bandwidth()}
                fill={row.highlight ? chartColours.orange : chartColours.sky}
                opacity={0.55}
              />
              <circle cx={x(row.value)} cy={middle} r={4.5} fill={chartColours.blue} stroke="#fff" />
              <line
                x1={x(row.target)}
                x2={x(row.target)}
                y1={top - 3}
                y2={top + y.bandwidth() + 3}
                stroke={chartColours.vermillion}
                strokeWidth={2.5}
                strokeDasharray="4 2"
              />
            </g>
          );
        })}
        <text className="axis-label" x={width - margin.right} y={height - 4} textAnchor="end">
          {xLabel}
        </text>
      </svg>
      <ul className="chart-legend">
        <li>
          <svg viewBox="0 0 28 10" aria-hidden="true">
            <rect x="0" y="1" width="28" height="8" fill={chartColours.sky} opacity={0.55} />
          </svg>
          {legend.band}
        </li>
        <li>
          <svg viewBox="0 0 28 10" aria-hidden="true">
            <circle cx="14" cy="5" r="4" fill={chartColours.blue} />
          </svg>
          {legend.value}
        </li>
        <li>
          <svg viewBox="0 0 28 10" aria-hidden="true">
            <line
              x1="14"
              x2="14"
              y1="0"
              y2="10"
              stroke={chartColours.vermillion}
              strokeWidth="2.5"
              strokeDasharray="4 2"
            />
          </svg>
          {legend.target}
        </li>
      </ul>
    </figure>
  );
}
