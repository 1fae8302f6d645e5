import type { PlacedLabel } from '../../../engine/map/labelPlacement';
import { SHIELD_COLOUR } from './mapPalette';

/**
 * Placed text of the map (props only): town names with a white halo, and road numbers on
 * shields (green for E roads, blue for the others, as on Swedish signs). Positions are screen
 * units, already placed without overlaps (`mapLabels`).
 */
export function LabelLayer({ towns, roads }: { towns: readonly PlacedLabel[]; roads: readonly PlacedLabel[] }) {
  return (
    <g className="map-labels-layer">
      {roads.map((label) => (
        <g key={`road-${label.id}`} className="map-road-number" data-road-number={label.text}>
          <rect
            x={label.box.x}
            y={label.box.y}
            width={label.box.width}
            height={label.box.height}
            rx={2}
            fill={label.text.startsWith('E') ? SHIELD_COLOUR.european : SHIELD_COLOUR.national}
          />
          <text x={label.x} y={label.y} textAnchor="middle" dominantBaseline="central" fontSize={label.fontSize}>
            {label.text}
          </text>
        </g>
      ))}
      {towns.map((label) => (
        <text
          key={`town-${label.id}`}
          x={label.x}
          y={label.y}
          textAnchor={label.anchor}
          dominantBaseline="central"
          fontSize={label.fontSize}
          className={label.fontSize >= 12 ? 'map-town-label map-town-major' : 'map-town-label'}
          data-town={label.id}
        >
          {label.text}
        </text>
      ))}
    </g>
  );
}
