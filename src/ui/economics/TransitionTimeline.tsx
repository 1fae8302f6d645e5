import { scaleLinear } from 'd3-scale';
import { monthIndex } from '../../engine/economics/calendar';
import { chartColours } from '../charts/chartColours';

export interface TimelineBar {
  id: string;
  label: string;
  start: string;
  end: string;
  kind: 'preparation' | 'phase' | 'parallel' | 'notice';
}

export interface TransitionTimelineProps {
  bars: readonly TimelineBar[];
  /** First and last year shown. */
  fromYear: number;
  toYear: number;
  transferDate: string;
  transferLabel: string;
  title: string;
  label: string;
  width?: number;
}

const margin = { top: 24, right: 16, bottom: 26, left: 290 };
const rowHeight = 26;
const fill: Record<TimelineBar['kind'], string> = {
  preparation: '#bbbbbb',
  phase: chartColours.blue,
  parallel: chartColours.purple,
  notice: chartColours.vermillion,
};

/** The transition plan as a Gantt chart: months on a d3 linear scale, bars and the transfer date rendered by React. */
export function TransitionTimeline({
  bars,
  fromYear,
  toYear,
  transferDate,
  transferLabel,
  title,
  label,
  width = 720,
}: TransitionTimelineProps) {
  const height = margin.top + margin.bottom + rowHeight * bars.length;
  const x = scaleLinear()
    .domain([fromYear * 12, (toYear + 1) * 12])
    .range([margin.left, width - margin.right]);
  const transferX = x(monthIndex(transferDate) + (Number(transferDate.slice(8, 10)) - 1) / 30);
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, k) => fromYear + k);
  return (
    <figure className="chart transition-timeline">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {years.map((year) => (
          <g key={year}>
            <line x1={x(year * 12)} x2={x(year * 12)} y1={margin.top} y2={height - margin.bottom} stroke="#e1e4e8" />
            <text className="tick-label" x={x(year * 12 + 6)} y={height - margin.bottom + 16} textAnchor="middle">
              {year}
            </text>
          </g>
        ))}
        {bars.map((bar, k) => {
          const y = margin.top + k * rowHeight;
          const x0 = x(Math.max(fromYear * 12, monthIndex(bar.start)));
          const x1 = x(Math.min((toYear + 1) * 12, monthIndex(bar.end) + 1));
          return (
            <g key={bar.id} data-bar={bar.id}>
              <text className="tick-label" x={margin.left - 8} y={y + rowHeight / 2 + 4} textAnchor="end">
                {bar.label}
              </text>
              <rect
                x={x0}
                width={Math.max(1, x1 - x0)}
                y={y + 4}
                height={rowHeight - 8}
                fill={fill[bar.kind]}
                fillOpacity={0.8}
                rx={3}
              >
                <title>{`${bar.label}: ${bar.start} – ${bar.end}`}</title>
              </rect>
            </g>
          );
        })}
        <line
          x1={transferX}
          x2={transferX}
          y1={margin.top - 8}
          y2={height - margin.bottom}
          stroke="#222"
          strokeWidth={2}
          strokeDasharray="4 3"
        />
        <text className="tick-label" x={transferX + 4} y={margin.top - 10}>
          {transferLabel}
        </text>
      </svg>
    </figure>
  );
}
