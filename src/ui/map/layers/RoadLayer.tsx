import type { GeoProjection } from 'd3-geo';
import type { RoadLine } from '../../../engine/map/roadLines';
import { ROAD_STYLE } from './mapPalette';

const CLASS_ORDER = ['local', 'county', 'main', '2plus1', 'motorway'] as const;

/** The road graph's sections as lines, the larger roads on top (props only). */
export function RoadLayer({ roads, projection }: { roads: readonly RoadLine[]; projection: GeoProjection }) {
  const sorted = [...roads].sort((a, b) => CLASS_ORDER.indexOf(a.roadClass) - CLASS_ORDER.indexOf(b.roadClass));
  return (
    <g className="map-roads-layer">
      {sorted.map((road) => {
        const a = projection([road.from.lon, road.from.lat]);
        const b = projection([road.to.lon, road.to.lat]);
        if (!a || !b) return null;
        const style = ROAD_STYLE[road.roadClass];
        return (
          <line
            key={road.id}
            data-road={road.roadId}
            x1={a[0]}
            y1={a[1]}
            x2={b[0]}
            y2={b[1]}
            stroke={style.colour}
            strokeWidth={style.width}
            className="map-road"
          />
        );
      })}
    </g>
  );
}
