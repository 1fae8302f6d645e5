import { scaleLinear } from 'd3-scale';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnonymisedReport } from '../schema/anonymisedReport';

const WIDTH = 480;
const PADDING = 12;
const FILL = ['#56b4e9', '#0072b2', '#009e73', '#e69f00', '#cc79a7', '#f0e442', '#d55e00'];

/**
 * The home areas as rectangles (equirectangular, x shrunk by cos(latitude)); never points.
 * The text alternative is the homes table shown beside it.
 */
export function HomeAreaMap({ report }: { report: AnonymisedReport }) {
  const { t } = useTranslation();
  const captionId = useId();
  const homes = report.tables.find((table) => table.topic === 'homeAreas');
  const corners = report.homeAreas.flatMap((a) => a.polygon);
  if (corners.length === 0 || !homes) return null;
  const lats = corners.map((p) => p.lat);
  const lons = corners.map((p) => p.lon);
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const aspect = ((maxLat - minLat) / Math.max(1e-9, (maxLon - minLon) * Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180))) || 1;
  const height = Math.min(640, Math.max(160, WIDTH * aspect));
  const x = scaleLinear().domain([minLon, maxLon]).range([PADDING, WIDTH - PADDING]);
  const y = scaleLinear().domain([minLat, maxLat]).range([height - PADDING, PADDING]);
  const countOf = (rowId: string): number | null => homes.rowTotals[homes.rowIds.indexOf(rowId)] ?? null;
  return (
    <figure className="home-map">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={captionId} width="100%">
        {report.homeAreas.map((area, i) => {
          const xs = area.polygon.map((p) => x(p.lon));
          const ys = area.polygon.map((p) => y(p.lat));
          const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
          const count = countOf(area.rowId);
          const number = i + 1;
          return (
            <g key={area.rowId}>
              <rect x={left} y={top} width={right - left} height={bottom - top} fill={FILL[i % FILL.length]} fillOpacity={0.35} stroke="#1b1f24" strokeWidth={1}>
                <title>{count === null ? t('report.map.areaHidden', { number }) : t('report.map.areaLabel', { number, count })}</title>
              </rect>
              <text x={(left + right) / 2} y={(top + bottom) / 2} textAnchor="middle" dominantBaseline="middle" className="map-label">
                {number}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id={captionId}>{t('report.map.caption', { k: report.parameters.k })}</figcaption>
    </figure>
  );
}
