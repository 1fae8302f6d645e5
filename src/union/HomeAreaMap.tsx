import { geoPath } from 'd3-geo';
import { scaleLinear } from 'd3-scale';
import { useId, useMemo } from 'react';
import { sphericalFeature } from '../engine/report/fixedHomeAreas';
import type { FixedAreaFeature } from '../schema/fixedAreas';
import { fitAreasProjection } from './fitAreasProjection';

export interface AreaValue {
  readonly areaId: string;
  readonly name: string;
  /** People living in the area; null when hidden. */
  readonly count: number | null;
}

const WIDTH = 480;
const HEIGHT = 420;

/**
 * A choropleth of fixed areas (props only: d3-geo computes the paths, React draws them). Areas
 * with a hidden count are hatched. `describe` gives each area's text (its title and label).
 */
export function HomeAreaMap(props: {
  features: readonly FixedAreaFeature[];
  values: readonly AreaValue[];
  caption: string;
  describe: (value: AreaValue) => string;
}) {
  const { features, values, caption, describe } = props;
  const captionId = useId();
  const hatchId = useId();
  const shapes = useMemo(() => {
    const projection = fitAreasProjection(features, WIDTH, HEIGHT);
    const path = geoPath(projection);
    return features.map((feature) => {
      const spherical = sphericalFeature(feature);
      return { id: feature.properties.id, d: path(spherical) ?? '', centroid: path.centroid(spherical) };
    });
  }, [features]);
  const byId = new Map(values.map((v) => [v.areaId, v]));
  const max = Math.max(1, ...values.map((v) => v.count ?? 0));
  const fill = scaleLinear<string>().domain([0, max]).range(['#eef5fb', '#08519c']);
  return (
    <figure className="home-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={captionId} width="100%">
        <defs>
          <pattern id={hatchId} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#f4f4f4" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="#8a94a0" strokeWidth="3" />
          </pattern>
        </defs>
        {shapes.map((shape) => {
          const value = byId.get(shape.id);
          const hidden = value === undefined || value.count === null;
          return (
            <path
              key={shape.id}
              d={shape.d}
              data-area-id={shape.id}
              fill={hidden ? `url(#${hatchId})` : fill(value.count ?? 0)}
              stroke="#1b1f24"
              strokeWidth={1}
            >
              {value && <title>{describe(value)}</title>}
            </path>
          );
        })}
        {shapes.map((shape) => {
          const value = byId.get(shape.id);
          if (!value) return null;
          const [x, y] = shape.centroid;
          const dark = value.count !== null && value.count > max * 0.55;
          return (
            <text key={shape.id} x={x} y={y} textAnchor="middle" className={dark ? 'map-label on-dark' : 'map-label'}>
              <tspan x={x} dy="-0.2em">
                {value.name}
              </tspan>
              <tspan x={x} dy="1.2em">
                {value.count === null ? '–' : value.count}
              </tspan>
            </text>
          );
        })}
      </svg>
      <figcaption id={captionId}>{caption}</figcaption>
    </figure>
  );
}
