import type { GeoProjection } from 'd3-geo';
import type { MunicipalityBoundary } from '../../../engine/map/importBoundaries';
import { ringsPath } from '../mapGeometry';

export interface BoundaryLayerProps {
  boundaries: readonly MunicipalityBoundary[];
  projection: GeoProjection;
  /** Municipalities drawn with the heavier line (the members); others get a light one. */
  emphasised?: ReadonlySet<string>;
  /** A fill per municipality (a choropleth by municipality); none: outlines only. */
  fillOf?: (municipalityId: string) => string | undefined;
}

/**
 * Municipal boundaries as outlines (props only, no store, no data import: any page with
 * boundaries and a projection can draw it). Lines keep their width when zoomed.
 */
export function BoundaryLayer({ boundaries, projection, emphasised, fillOf }: BoundaryLayerProps) {
  return (
    <g className="map-boundaries-layer">
      {boundaries.map((b) => {
        const fill = fillOf?.(b.municipalityId);
        return (
          <path
            key={b.municipalityId}
            data-municipality={b.municipalityId}
            d={ringsPath(b.polygons, projection)}
            fillRule="evenodd"
            fill={fill ?? 'none'}
            className={
              emphasised === undefined || emphasised.has(b.municipalityId)
                ? 'map-boundary'
                : 'map-boundary map-boundary-other'
            }
          />
        );
      })}
    </g>
  );
}
