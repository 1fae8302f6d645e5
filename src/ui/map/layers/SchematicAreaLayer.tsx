import type { GeoProjection } from 'd3-geo';
import type { SchematicCell } from '../../../engine/map/schematicAreas';
import { ringsPath } from '../mapGeometry';

/** The fallback base layer: each locality's nearest-locality cell, as a dotted outline (not a boundary). */
export function SchematicAreaLayer({
  cells,
  projection,
}: {
  cells: readonly SchematicCell[];
  projection: GeoProjection;
}) {
  return (
    <g className="map-schematic-layer">
      {cells.map((cell) => (
        <path key={cell.localityId} d={ringsPath([[cell.ring]], projection)} className="map-schematic-area" />
      ))}
    </g>
  );
}
