import type { GeoProjection } from 'd3-geo';
import { useId } from 'react';
import type { MunicipalityBoundary } from '../../../engine/map/importBoundaries';
import type { SchematicCell } from '../../../engine/map/schematicAreas';
import { ringsPath } from '../mapGeometry';
import { choroplethColour } from './mapPalette';

export interface ChoroplethLayerProps {
  /** One area per locality (its cell among its municipality's localities). */
  cells: readonly SchematicCell[];
  /** The value 0–1 of each locality; a locality without a value is not drawn. */
  values: ReadonlyMap<string, number>;
  projection: GeoProjection;
  /** Each municipality's cells are clipped to its boundary; without boundaries the cells are drawn as they are. */
  clipTo: readonly MunicipalityBoundary[] | null;
  /** `fill`: the filled layer; `outline`: coloured outlines only (another layer is filled). */
  drawing: 'fill' | 'outline';
}

/**
 * A per-locality choropleth of a value 0–1 (props only). Cells are clipped by SVG clip paths
 * (the browser does the polygon clipping), so no geometry library is needed.
 */
export function ChoroplethLayer({ cells, values, projection, clipTo, drawing }: ChoroplethLayerProps) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const clipped = new Set(clipTo?.map((b) => b.municipalityId) ?? []);
  return (
    <g className={`map-choropleth-layer map-choropleth-${drawing}`}>
      {clipTo && (
        <defs>
          {clipTo.map((b) => (
            <clipPath key={b.municipalityId} id={`${id}-clip-${b.municipalityId}`}>
              <path d={ringsPath(b.polygons, projection)} clipRule="evenodd" />
            </clipPath>
          ))}
        </defs>
      )}
      {cells.map((cell) => {
        const value = values.get(cell.localityId);
        if (value === undefined) return null;
        const colour = choroplethColour(value);
        return (
          <path
            key={cell.localityId}
            data-locality={cell.localityId}
            data-value={value}
            d={ringsPath([[cell.ring]], projection)}
            clipPath={clipped.has(cell.municipalityId) ? `url(#${id}-clip-${cell.municipalityId})` : undefined}
            fill={drawing === 'fill' ? colour : 'none'}
            stroke={drawing === 'fill' ? '#ffffff' : colour}
            className="map-choropleth-cell"
          />
        );
      })}
    </g>
  );
}
