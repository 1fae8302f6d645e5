import { geoCentroid } from 'd3-geo';
import { scaleLinear } from 'd3-scale';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { layerDrawing, type MapLayerId } from '../engine/map/mapLayers';
import { publicBaseMap } from '../engine/map/publicBaseMap';
import { sphericalFeature } from '../engine/report/fixedHomeAreas';
import type { FixedAreaFeature } from '../schema/fixedAreas';
import type { MunicipalityStyle } from '../ui/map/layers/BoundaryLayer';
import { MapCanvas, type MapBadge } from '../ui/map/MapCanvas';
import { LayerKeyItems } from '../ui/map/MapLegend';
import '../ui/map/map.css';
import { publicAreas, publicMap } from './publicGeography';

export interface AreaValue {
  readonly areaId: string;
  readonly name: string;
  /** People living in the area; null when hidden. */
  readonly count: number | null;
}

/** The map's frame in its own units: narrower than the Map view's, so text stays large beside the table. */
const WIDTH = 640;
const PADDING = 16;
/** The base layers only: no reach, no per-locality figures, and never a personal layer. */
const BASE_LAYERS: ReadonlySet<MapLayerId> = new Set<MapLayerId>(['boundaries', 'roads']);
const DRAWING = layerDrawing(
  { boundaries: true, roads: true, reach: false, localService: false, homeAreas: false },
  BASE_LAYERS,
);
/** The fill from the fewest to the most people: light enough that roads and names stay readable on it. */
const FILL_RANGE = ['#eef5fb', '#5b9bd0'] as const;

/**
 * The union page's map: the staff's home areas (fixed municipalities, a count each) on the same
 * base map as the app's Map view (the one `MapCanvas`: boundaries, roads with numbers, town names
 * placed without overlaps), drawn from public geography only (`publicGeography`). Each area is
 * filled by its count, or hatched when the count is hidden; the count stands in a badge.
 * `describe` gives each area's text, the picture's text alternative.
 */
export function HomeAreaMap(props: {
  features: readonly FixedAreaFeature[];
  values: readonly AreaValue[];
  caption: string;
  describe: (value: AreaValue) => string;
  /** The report's smallest published group (for the hatching's key). */
  k?: number;
}) {
  const { features, values, caption, describe, k } = props;
  const { t } = useTranslation();
  const captionId = useId();
  const listId = useId();
  const base = useMemo(() => publicBaseMap(publicAreas, publicMap, WIDTH, PADDING), []);
  const max = Math.max(1, ...values.map((v) => v.count ?? 0));
  const min = Math.min(max, ...values.map((v) => v.count ?? max));
  const styles = useMemo(() => {
    const fill = scaleLinear<string>().domain([min, max]).range(FILL_RANGE);
    return new Map(
      values.map((v): [string, MunicipalityStyle] => [
        v.areaId,
        v.count === null ? { hatched: true } : { fill: fill(v.count) },
      ]),
    );
  }, [values, min, max]);
  const badges = useMemo(
    (): MapBadge[] =>
      features.flatMap((feature) => {
        const value = values.find((v) => v.areaId === feature.properties.id);
        if (!value) return [];
        const [lon, lat] = geoCentroid(sphericalFeature(feature));
        return [{ id: value.areaId, lat, lon, text: value.count === null ? '–' : String(value.count) }];
      }),
    [features, values],
  );
  return (
    <figure className="home-map" aria-labelledby={captionId}>
      <div className="map-frame home-map-frame">
        <MapCanvas
          width={WIDTH}
          height={base.height}
          projection={base.projection}
          kmPerUnit={base.unitKm}
          label={caption}
          describedBy={listId}
          base={{ boundaries: base.boundaries, schematic: [], roads: base.roads }}
          drawing={DRAWING}
          municipalityStyles={styles}
          badges={badges}
          localities={base.towns}
          fit="container"
        />
      </div>
      <figcaption id={captionId}>{caption}</figcaption>
      <ul className="map-legend home-map-key" aria-label={t('publicMap.legend.heading')}>
        <LayerKeyItems
          drawing={DRAWING}
          minutes={0}
          coverageState="ready"
          boundarySource="bundled"
          localService={null}
          boundaryText={t('publicMap.legend.boundaries')}
        />
        <li>
          <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true" focusable="false">
            <circle r="5" className="map-locality" />
          </svg>
          {t('publicMap.legend.towns')}
        </li>
        <li>
          <svg width="22" height="18" aria-hidden="true" focusable="false" className="map-badge">
            <rect x="1" y="1" width="20" height="16" rx="8" />
            <text x="11" y="9" textAnchor="middle" dominantBaseline="central">
              n
            </text>
          </svg>
          {t('publicMap.legend.count')}
        </li>
        <li>
          <svg width="44" height="16" aria-hidden="true" focusable="false">
            <rect x="1" y="2" width="20" height="12" fill={FILL_RANGE[0]} stroke="#555555" />
            <rect x="23" y="2" width="20" height="12" fill={FILL_RANGE[1]} stroke="#555555" />
          </svg>
          {t('publicMap.legend.scale', { from: min, to: max })}
        </li>
        {values.some((v) => v.count === null) && k !== undefined && (
          <li>
            <svg width="22" height="16" aria-hidden="true" focusable="false">
              <defs>
                <pattern
                  id={`${listId}-hatch`}
                  patternUnits="userSpaceOnUse"
                  width="6"
                  height="6"
                  patternTransform="rotate(45)"
                >
                  <rect width="6" height="6" fill="#f4f4f4" />
                  <line x1="0" y1="0" x2="0" y2="6" stroke="#8a94a0" strokeWidth="2.5" />
                </pattern>
              </defs>
              <rect x="1" y="2" width="20" height="12" fill={`url(#${listId}-hatch)`} stroke="#555555" />
            </svg>
            {t('publicMap.legend.hidden', { k })}
          </li>
        )}
        <li className="note">{t('publicMap.legend.source')}</li>
      </ul>
      <ul id={listId} hidden>
        {values.map((v) => (
          <li key={v.areaId}>{describe(v)}</li>
        ))}
      </ul>
    </figure>
  );
}
