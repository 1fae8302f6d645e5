import { scaleLinear } from 'd3-scale';
import { useId } from 'react';

export interface BarSegment {
  readonly id: string;
  readonly label: string;
  /** null: hidden. */
  readonly value: number | null;
}

export interface BarRow {
  readonly id: string;
  readonly label: string;
  readonly total: number | null;
  readonly segments: readonly BarSegment[];
}

const COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00'];
const WIDTH = 560;
const ROW = 34;
const LABEL = 140;

/**
 * One horizontal bar per row, its known parts side by side and what is hidden as one hatched
 * remainder (props only; d3-scale computes, React draws). The table beside it carries the figures.
 */
export function StackedBars(props: {
  title: string;
  rows: readonly BarRow[];
  hiddenLabel: string;
  describe: (segment: BarSegment) => string;
}) {
  const { title, rows, hiddenLabel, describe } = props;
  const titleId = useId();
  const hatchId = useId();
  const max = Math.max(1, ...rows.map((r) => r.total ?? r.segments.reduce((s, x) => s + (x.value ?? 0), 0)));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, WIDTH - LABEL - 10]);
  const legend = rows[0]?.segments ?? [];
  const height = rows.length * ROW + 30;
  return (
    <figure className="stacked-bars">
      <figcaption id={titleId}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={titleId}>
        <defs>
          <pattern id={hatchId} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#f4f4f4" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#8a94a0" strokeWidth="2" />
          </pattern>
        </defs>
        {rows.map((row, r) => {
          let offset = 0;
          const known = row.segments.reduce((s, seg) => s + (seg.value ?? 0), 0);
          const remainder = row.total !== null ? row.total - known : 0;
          return (
            <g key={row.id} transform={`translate(0, ${r * ROW})`}>
              <text x={0} y={ROW / 2} dominantBaseline="middle" className="bar-label">
                {row.label}
              </text>
              {row.segments.map((segment, i) => {
                if (segment.value === null || segment.value === 0) return null;
                const w = x(segment.value);
                const rect = (
                  <rect
                    key={segment.id}
                    x={LABEL + offset}
                    y={6}
                    width={w}
                    height={ROW - 12}
                    fill={COLOURS[i % COLOURS.length]}
                  >
                    <title>{describe(segment)}</title>
                  </rect>
                );
                offset += w;
                return rect;
              })}
              {remainder > 0 && (
                <rect
                  x={LABEL + offset}
                  y={6}
                  width={x(remainder)}
                  height={ROW - 12}
                  fill={`url(#${hatchId})`}
                  stroke="#8a94a0"
                >
                  <title>{hiddenLabel}</title>
                </rect>
              )}
            </g>
          );
        })}
        <g transform={`translate(0, ${rows.length * ROW + 8})`}>
          {legend.map((segment, i) => (
            <g key={segment.id} transform={`translate(${(i * WIDTH) / Math.max(1, legend.length)}, 0)`}>
              <rect width={12} height={12} fill={COLOURS[i % COLOURS.length]} />
              <text x={16} y={10} className="legend-label">
                {segment.label}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
}
