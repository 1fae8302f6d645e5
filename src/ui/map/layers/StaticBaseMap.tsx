import { useMemo, type ReactNode } from 'react';
import { fittedHeight, fitProjection, type GeoBox } from '../../../engine/map/fitProjection';
import type { MunicipalityBoundary } from '../../../engine/map/importBoundaries';
import { mapLabels } from '../../../engine/map/mapLabels';
import type { RoadLine } from '../../../engine/map/roadLines';
import { BoundaryLayer } from './BoundaryLayer';
import { LabelLayer } from './LabelLayer';
import { RoadLayer } from './RoadLayer';

export interface StaticBaseMapProps {
  /** The box to fit (a dataset's region, or the boundaries' own extent). */
  bbox: GeoBox;
  boundaries: readonly MunicipalityBoundary[];
  /** A fill per municipality (a choropleth by municipality); none: outlines only. */
  fillOf?: (municipalityId: string) => string | undefined;
  roads?: readonly RoadLine[];
  /** Places to name (towns, or municipality names at their centres), the most important first by `population`. */
  places?: readonly { id: string; name: string; lat: number; lon: number; population: number }[];
  /** The picture's accessible name. */
  label: string;
  width?: number;
  /** Drawn above the base layers, in the same map units (a projection is passed). */
  children?: (project: (lat: number, lon: number) => [number, number] | null) => ReactNode;
}

/**
 * The base map as one static SVG picture (no zoom, no sites, no store, no data import): the
 * boundaries (optionally filled), roads with their numbers and placed names. For pages that
 * draw geography from data they were given, such as a report built only from aggregates.
 */
export function StaticBaseMap({
  bbox,
  boundaries,
  fillOf,
  roads = [],
  places = [],
  label,
  width = 800,
  children,
}: StaticBaseMapProps) {
  const height = useMemo(() => fittedHeight(bbox, width, 16), [bbox, width]);
  const projection = useMemo(() => fitProjection(bbox, width, height, 16), [bbox, width, height]);
  const labels = useMemo(() => {
    const at = (lat: number, lon: number) => projection([lon, lat]) ?? [0, 0];
    return mapLabels(
      places.map((p) => {
        const [x, y] = at(p.lat, p.lon);
        return { id: p.id, name: p.name, x, y, radius: 2, population: p.population };
      }),
      roads.flatMap((r) => {
        if (!r.number) return [];
        const a = at(r.from.lat, r.from.lon);
        const b = at(r.to.lat, r.to.lon);
        return [
          {
            id: r.id,
            number: r.number,
            rank: r.roadClass === 'motorway' ? 0 : r.roadClass === 'county' || r.roadClass === 'local' ? 2 : 1,
            x: (a[0] + b[0]) / 2,
            y: (a[1] + b[1]) / 2,
          },
        ];
      }),
      [],
      { x: 0, y: 0, width, height },
    );
  }, [places, roads, projection, width, height]);
  const project = (lat: number, lon: number) => projection([lon, lat]);
  return (
    <svg className="map-picture map-static" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <BoundaryLayer boundaries={boundaries} projection={projection} fillOf={fillOf ?? (() => '#fdfdfa')} />
      {roads.length > 0 && <RoadLayer roads={roads} projection={projection} />}
      {places.map((p) => {
        const at = project(p.lat, p.lon);
        return at ? <circle key={p.id} cx={at[0]} cy={at[1]} r={2} className="map-place-dot" /> : null;
      })}
      {children?.(project)}
      <LabelLayer towns={labels.towns} roads={labels.roads} />
    </svg>
  );
}
