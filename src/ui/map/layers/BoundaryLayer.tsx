import type { GeoProjection } from 'd3-geo';
import type { MunicipalityBoundary } from '../../../engine/map/importBoundaries';
import { ringsPath } from '../mapGeometry';

/**
 * How one municipality is drawn beyond its outline (see docs/map.md, "Per-municipality style"):
 * a fill (a choropleth by municipality), hatching (a value withheld), or greyed (not part of the
 * scenario). Fills go under every other layer; the outline stays on top.
 */
export interface MunicipalityStyle {
  readonly fill?: string;
  readonly hatched?: boolean;
  readonly muted?: boolean;
}

/** The land of a municipality that is greyed out. */
export const MUTED_LAND_FILL = '#dcdcdc';

export interface BoundaryLayerProps {
  boundaries: readonly MunicipalityBoundary[];
  projection: GeoProjection;
  /** Municipalities drawn with the heavier line (the members); others get a light one. */
  emphasised?: ReadonlySet<string>;
  /** Per municipality: greyed ones get a lighter line. */
  styles?: ReadonlyMap<string, MunicipalityStyle>;
}

/**
 * Municipal boundaries as outlines (props only, no store, no data import: any page with
 * boundaries and a projection can draw it). Lines keep their width when zoomed.
 */
export function BoundaryLayer({ boundaries, projection, emphasised, styles }: BoundaryLayerProps) {
  return (
    <g className="map-boundaries-layer">
      {boundaries.map((b) => {
        const other = emphasised !== undefined && !emphasised.has(b.municipalityId);
        const muted = styles?.get(b.municipalityId)?.muted === true;
        return (
          <path
            key={b.municipalityId}
            data-municipality={b.municipalityId}
            d={ringsPath(b.polygons, projection)}
            fillRule="evenodd"
            fill="none"
            className={`map-boundary${other ? ' map-boundary-other' : ''}${muted ? ' map-boundary-muted' : ''}`}
          />
        );
      })}
    </g>
  );
}

/**
 * The land under every layer: each municipality a shade lighter than the ground outside, or its
 * own fill, hatching or grey (`styles`); `hatch` is the url of the map's hatch pattern.
 */
export function LandLayer({
  boundaries,
  projection,
  styles,
  hatch,
  width,
  height,
}: {
  boundaries: readonly MunicipalityBoundary[];
  projection: GeoProjection;
  styles?: ReadonlyMap<string, MunicipalityStyle>;
  hatch: string;
  width: number;
  height: number;
}) {
  return (
    <g className="map-land">
      <rect width={width} height={height} className="map-outside" />
      {boundaries.map((b) => {
        const style = styles?.get(b.municipalityId);
        const fill = style?.hatched ? hatch : (style?.fill ?? (style?.muted ? MUTED_LAND_FILL : LAND_FILL));
        return (
          <path
            key={b.municipalityId}
            data-municipality={b.municipalityId}
            d={ringsPath(b.polygons, projection)}
            fillRule="evenodd"
            fill={fill}
          />
        );
      })}
    </g>
  );
}

/** Land inside the boundaries, a shade lighter than the ground outside them. */
const LAND_FILL = '#fdfdfa';
