import type { GeoProjection } from 'd3-geo';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MunicipalityBoundary } from '../../engine/map/importBoundaries';
import type { LonLatRing } from '../../engine/map/isochrones';
import { badgeBox } from '../../engine/map/mapLabels';
import { mapScreenLayout, SITE_SIZE, SITE_SPACING } from '../../engine/map/mapScreenLayout';
import type { LayerDrawing, MapLayerId } from '../../engine/map/mapLayers';
import type { RoadLine } from '../../engine/map/roadLines';
import type { SchematicCell } from '../../engine/map/schematicAreas';
import type { Point } from '../../schema/common';
import { BoundaryLayer, LandLayer, type MunicipalityStyle } from './layers/BoundaryLayer';
import { ChoroplethLayer } from './layers/ChoroplethLayer';
import { LabelLayer } from './layers/LabelLayer';
import { RoadLayer } from './layers/RoadLayer';
import { SchematicAreaLayer } from './layers/SchematicAreaLayer';
import { ringsPath, scaleBarKm, SYMBOL_COLOUR, symbolPath, type SiteSymbol } from './mapGeometry';

export interface MapSite {
  id: string;
  name: string;
  lat: number;
  lon: number;
  symbol: SiteSymbol;
  /** A head office or hub that is also a service point gets a small triangle beside it. */
  alsoServicePoint: boolean;
  /** The accessible name: the site and its roles. */
  label: string;
}

/** A symbol drawn from its own path (a kind of place the site symbols do not have). */
export interface MapGlyph {
  /** SVG path data centred on (0, 0), about `SITE_SIZE` across. */
  d: string;
  fill: string;
  stroke: string;
}

/** An extra symbol beside the sites (not a button), fanned out with them: e.g. a data centre. */
export interface MapMarker {
  id: string;
  lat: number;
  lon: number;
  /** The accessible name. */
  label: string;
  glyph: MapGlyph;
}

/** A figure standing at a point (a count per area); town names keep clear of it. */
export interface MapBadge {
  id: string;
  lat: number;
  lon: number;
  text: string;
}

/** A town: its circle (radius in screen units) and its name; the population orders the names. */
export interface MapLocality {
  id: string;
  name: string;
  municipalityId?: string;
  lat: number;
  lon: number;
  radius: number;
  population: number;
}

/** The base layers: official boundaries (null: the schematic areas stand in) and the roads. */
export interface MapBase {
  boundaries: readonly MunicipalityBoundary[] | null;
  schematic: readonly SchematicCell[];
  /** The member municipalities (their boundaries are drawn heavier); undefined: all alike. */
  members?: ReadonlySet<string>;
  roads: readonly RoadLine[];
}

/** A per-locality value 0–1 and the areas it colours. */
export interface MapChoropleth {
  cells: readonly SchematicCell[];
  values: ReadonlyMap<string, number>;
}

export interface MapHomeArea {
  polygon: readonly Point[];
  count: number;
}

export interface MapCanvasProps {
  width: number;
  height: number;
  projection: GeoProjection;
  kmPerUnit: number;
  /** The picture's label (role="img") and the id of its text alternative. */
  label: string;
  describedBy: string;
  base: MapBase;
  /** How each layer is drawn (`layerDrawing`). */
  drawing: Readonly<Record<MapLayerId, LayerDrawing>>;
  /** Per-municipality fill, hatching or grey, by municipality id (see `MunicipalityStyle`). */
  municipalityStyles?: ReadonlyMap<string, MunicipalityStyle>;
  /** The area reached within T minutes. */
  coverage?: readonly (readonly LonLatRing[])[] | null;
  choropleth?: MapChoropleth | null;
  homeAreas?: readonly MapHomeArea[];
  /** Figures at points (a count per municipality), drawn above the areas. */
  badges?: readonly MapBadge[];
  localities: readonly MapLocality[];
  sites?: readonly MapSite[];
  /** Extra symbols (not buttons), fanned out with the sites. */
  markers?: readonly MapMarker[];
  /** HR only: the selected person's home and sites. */
  person?: { home: Point; today: Point | null; next: Point | null } | null;
  /** The sites layer's name; default: the sites as buttons, or the suggestion's sites. */
  sitesLabel?: string;
  /** `window` (default): as tall as the window allows; `container`: as wide as its container. */
  fit?: 'window' | 'container';
  /**
   * A site was clicked or activated with Enter; `anchor` in fractions of the map's size.
   * Without it the sites are drawn only, not offered as buttons (a preview).
   */
  onSite?: (siteId: string, anchor: { x: number; y: number }) => void;
}

const MIN_ZOOM = 1;
const MAX_ZOOM = 16;
const BUTTON_ZOOM = 1.5;
/** Drawn last (on top), so a fan never hides it. */
const SYMBOL_STACK: Record<SiteSymbol, number> = {
  unused: 0,
  'server-room': 1,
  'service-point': 2,
  hub: 3,
  'head-office': 4,
  'data-centre': 5,
};

/**
 * The one map component of the app (the Map view, the hub-suggestion preview and the union
 * page): base layers (boundaries or the schematic fallback, each municipality optionally filled,
 * hatched or greyed; roads), the chosen thematic layers passed in as data, badges, town names and
 * road numbers placed without overlaps, and the sites (separately clickable symbols) and extra
 * markers above. Props only: no store, no data file, so a page without the dataset can draw it.
 * d3 computed the geometry; React draws it. d3-zoom turns wheel, drag, pinch and double-click
 * on the sites layer (not on a site) into a transform, bounded so the map always fills the
 * frame, which React state then draws; the +/− buttons go through the same behaviour. Areas
 * scale with the zoom; symbols and text keep their size and are placed again at each zoom.
 */
export function MapCanvas(props: MapCanvasProps) {
  const {
    width,
    height,
    projection,
    kmPerUnit,
    label,
    describedBy,
    base,
    drawing,
    municipalityStyles,
    coverage = null,
    choropleth = null,
    homeAreas = NONE,
    badges = NONE,
    localities,
    sites = NONE,
    markers = NONE,
    person = null,
    sitesLabel,
    fit = 'window',
    onSite,
  } = props;
  const { t } = useTranslation();
  const hatchId = `map-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [view, setView] = useState<ZoomTransform>(zoomIdentity);
  const layer = useRef<SVGGElement>(null);
  const behaviour = useMemo(
    () =>
      zoom<SVGGElement, unknown>()
        .scaleExtent([MIN_ZOOM, MAX_ZOOM])
        .extent([
          [0, 0],
          [width, height],
        ])
        .translateExtent([
          [0, 0],
          [width, height],
        ])
        // The default filter (no secondary buttons, ctrl only for pinch-wheel), and a press on a
        // site is the site's own: it opens its menu rather than starting a pan.
        .filter((event: Event) => {
          const mouse = event as MouseEvent;
          if ((mouse.ctrlKey && event.type !== 'wheel') || mouse.button) return false;
          return event.type === 'wheel' || !(event.target instanceof Element && event.target.closest('[data-site]'));
        })
        .on('zoom', (event: D3ZoomEvent<SVGGElement, unknown>) => setView(event.transform)),
    [width, height],
  );

  useEffect(() => {
    const g = layer.current;
    if (!g) return;
    const selection = select(g);
    selection.call(behaviour);
    return () => {
      selection.on('.zoom', null);
    };
  }, [behaviour]);
  const zoomBy = (factor: number) => {
    if (layer.current) behaviour.scaleBy(select(layer.current), factor, [width / 2, height / 2]);
  };
  const resetZoom = () => {
    if (layer.current) behaviour.transform(select(layer.current), zoomIdentity);
  };

  const place = (lat: number, lon: number): [number, number] | null => {
    const p = projection([lon, lat]);
    return p ? view.apply(p) : null;
  };
  const barKm = scaleBarKm(kmPerUnit / view.k, width / 5);
  const barWidth = (barKm / kmPerUnit) * view.k;

  // Screen layout at this zoom: sites fanned apart, then town names and road numbers around them.
  const layout = useMemo(() => {
    const at = (lat: number, lon: number): [number, number] => {
      const p = projection([lon, lat]) ?? [0, 0];
      return view.apply(p);
    };
    const places = localities.map((l) => {
      const [x, y] = at(l.lat, l.lon);
      return { id: l.id, name: l.name, x, y, radius: l.radius, population: l.population };
    });
    const roads =
      drawing.roads === 'off'
        ? []
        : base.roads.map((r) => ({ ...r, from: at(r.from.lat, r.from.lon), to: at(r.to.lat, r.to.lon) }));
    const counts =
      drawing.homeAreas === 'off'
        ? []
        : homeAreas.map((area) =>
            badgeBox(...at(meanOf(area.polygon, 'lat'), meanOf(area.polygon, 'lon')), String(area.count)),
          );
    return mapScreenLayout({
      width,
      height,
      sites: [...sites, ...markers].map((s) => at(s.lat, s.lon)),
      places,
      roads,
      obstacles: [...counts, ...badges.map((b) => badgeBox(...at(b.lat, b.lon), b.text))],
    });
  }, [
    sites,
    markers,
    badges,
    localities,
    base.roads,
    drawing.roads,
    drawing.homeAreas,
    homeAreas,
    projection,
    view,
    width,
    height,
  ]);

  const activate = (siteId: string, at: [number, number]) => onSite?.(siteId, { x: at[0] / width, y: at[1] / height });
  const onSiteKey = (event: KeyboardEvent, siteId: string, at: [number, number]) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(siteId, at);
    }
  };
  const homeRing = (polygon: readonly Point[]): LonLatRing => [
    ...polygon.map((p) => [p.lon, p.lat] as const),
    [polygon[0]!.lon, polygon[0]!.lat] as const,
  ];
  const personPoints = person
    ? {
        home: place(person.home.lat, person.home.lon),
        today: person.today && place(person.today.lat, person.today.lon),
        next: person.next && place(person.next.lat, person.next.lon),
      }
    : null;
  const siteOrder = sites
    .map((_, j) => j)
    .sort((a, b) => SYMBOL_STACK[sites[a]!.symbol] - SYMBOL_STACK[sites[b]!.symbol] || a - b);

  return (
    <div className="map-canvas">
      <div className="map-zoom" role="group" aria-label={t('map.zoomIn') + ' / ' + t('map.zoomOut')}>
        <button type="button" onClick={() => zoomBy(BUTTON_ZOOM)} aria-label={t('map.zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / BUTTON_ZOOM)} aria-label={t('map.zoomOut')}>
          −
        </button>
        <button type="button" onClick={resetZoom}>
          {t('map.zoomReset')}
        </button>
      </div>
      {/* As tall as the window allows: the whole region stays in view at 1440 × 900. */}
      <div
        className={fit === 'window' ? 'map-stack' : 'map-stack map-stack-container'}
        style={fit === 'window' ? { width: `calc((100vh - 6rem) * ${(width / height).toFixed(3)})` } : undefined}
      >
        <svg
          className="map-picture"
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={label}
          aria-describedby={describedBy}
        >
          <defs>
            <pattern id={hatchId} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
              <rect width="8" height="8" fill="#f4f4f4" />
              <line x1="0" y1="0" x2="0" y2="8" stroke="#8a94a0" strokeWidth="3" />
            </pattern>
          </defs>
          <rect width={width} height={height} className="map-background" />
          <g transform={view.toString()}>
            {base.boundaries && drawing.boundaries !== 'off' && (
              <LandLayer
                boundaries={base.boundaries}
                projection={projection}
                styles={municipalityStyles}
                hatch={`url(#${hatchId})`}
                width={width}
                height={height}
              />
            )}
            {choropleth && drawing.localService !== 'off' && (
              <ChoroplethLayer
                cells={choropleth.cells}
                values={choropleth.values}
                projection={projection}
                clipTo={base.boundaries}
                drawing={drawing.localService === 'fill' ? 'fill' : 'outline'}
              />
            )}
            {coverage && drawing.reach !== 'off' && (
              <path
                d={ringsPath(coverage, projection)}
                fillRule="evenodd"
                className={drawing.reach === 'fill' ? 'map-coverage' : 'map-coverage map-coverage-outline'}
              />
            )}
            {drawing.boundaries !== 'off' &&
              (base.boundaries ? (
                <BoundaryLayer
                  boundaries={base.boundaries}
                  projection={projection}
                  emphasised={base.members}
                  styles={municipalityStyles}
                />
              ) : (
                <SchematicAreaLayer cells={base.schematic} projection={projection} />
              ))}
            {drawing.roads !== 'off' && <RoadLayer roads={base.roads} projection={projection} />}
            {drawing.homeAreas !== 'off' &&
              homeAreas.map((area, i) => (
                <path key={i} d={ringsPath([[homeRing(area.polygon)]], projection)} className="map-home-area" />
              ))}
          </g>
          {localities.map((l) => {
            const at = place(l.lat, l.lon);
            return at ? <circle key={l.id} cx={at[0]} cy={at[1]} r={l.radius} className="map-locality" /> : null;
          })}
          {drawing.homeAreas !== 'off' &&
            homeAreas.map((area, i) => {
              const at = place(meanOf(area.polygon, 'lat'), meanOf(area.polygon, 'lon'));
              return at ? <Badge key={`home-${i}`} at={at} text={String(area.count)} home /> : null;
            })}
          {badges.map((badge) => {
            const at = place(badge.lat, badge.lon);
            return at ? <Badge key={badge.id} at={at} text={badge.text} id={badge.id} /> : null;
          })}
          <LabelLayer towns={layout.labels.towns} roads={layout.labels.roads} />
          {personPoints?.home && (
            <g className="map-person">
              {personPoints.today && (
                <line
                  x1={personPoints.home[0]}
                  y1={personPoints.home[1]}
                  x2={personPoints.today[0]}
                  y2={personPoints.today[1]}
                  className="map-person-today"
                />
              )}
              {personPoints.next && (
                <line
                  x1={personPoints.home[0]}
                  y1={personPoints.home[1]}
                  x2={personPoints.next[0]}
                  y2={personPoints.next[1]}
                  className="map-person-next"
                />
              )}
              <circle
                cx={personPoints.home[0]}
                cy={personPoints.home[1]}
                r={6}
                className="map-person-home"
                data-testid="person-home"
              />
            </g>
          )}
          <g transform={`translate(${width - barWidth - 16},${height - 20})`} className="map-scale-bar">
            <rect width={barWidth} height={6} />
            <text x={barWidth / 2} y={-6} textAnchor="middle">
              {t('map.scaleBar', { km: barKm })}
            </text>
          </g>
        </svg>
        <svg
          className="map-sites"
          viewBox={`0 0 ${width} ${height}`}
          {...(sites.length + markers.length === 0
            ? { 'aria-hidden': true }
            : {
                role: 'group',
                'aria-label': sitesLabel ?? (onSite ? t('map.sitesGroup') : t('mapLayers.sitesPreview')),
              })}
        >
          <g ref={layer}>
            <rect width={width} height={height} className="map-pan-surface" />
            <g className="map-site-leaders" aria-hidden="true">
              {layout.fanned.map((f, j) =>
                f.fanned ? (
                  <g key={j < sites.length ? sites[j]!.id : `marker-${markers[j - sites.length]!.id}`}>
                    <line x1={f.atX} y1={f.atY} x2={f.x} y2={f.y} className="map-site-leader" />
                    <circle cx={f.atX} cy={f.atY} r={2} className="map-site-true" />
                  </g>
                ) : null,
              )}
            </g>
            {siteOrder.map((j) => {
              const site = sites[j]!;
              const f = layout.fanned[j]!;
              const at: [number, number] = [f.x, f.y];
              return (
                <g
                  key={site.id}
                  data-site={site.id}
                  className="map-site"
                  transform={`translate(${at[0]},${at[1]})`}
                  {...(onSite
                    ? {
                        role: 'button',
                        tabIndex: 0,
                        'aria-label': site.label,
                        onClick: () => activate(site.id, at),
                        onKeyDown: (event: KeyboardEvent) => onSiteKey(event, site.id, at),
                      }
                    : { role: 'img', 'aria-label': site.label })}
                >
                  <circle r={SITE_SPACING / 2} className="map-site-focus" />
                  <path
                    d={symbolPath(site.symbol, SITE_SIZE)}
                    fill={site.symbol === 'unused' ? '#ffffff' : SYMBOL_COLOUR[site.symbol]}
                    stroke={site.symbol === 'unused' ? SYMBOL_COLOUR.unused : '#000000'}
                    strokeWidth={site.symbol === 'unused' ? 2.5 : 1}
                  />
                  {site.alsoServicePoint && (
                    <path
                      transform={`translate(${SITE_SIZE * 0.55},${-SITE_SIZE * 0.45})`}
                      d={symbolPath('service-point', SITE_SIZE * 0.55)}
                      fill={SYMBOL_COLOUR['service-point']}
                      stroke="#000000"
                      strokeWidth={0.8}
                    />
                  )}
                </g>
              );
            })}
            {markers.map((marker, i) => {
              const f = layout.fanned[sites.length + i]!;
              return (
                <g
                  key={marker.id}
                  data-marker={marker.id}
                  className="map-marker"
                  transform={`translate(${f.x},${f.y})`}
                  role="img"
                  aria-label={marker.label}
                >
                  <path d={marker.glyph.d} fill={marker.glyph.fill} stroke={marker.glyph.stroke} strokeWidth={1} />
                </g>
              );
            })}
          </g>
        </svg>
      </div>
    </div>
  );
}

const meanOf = (polygon: readonly Point[], key: 'lat' | 'lon') =>
  polygon.reduce((s, p) => s + p[key], 0) / polygon.length;

const NONE: readonly never[] = [];

/** A figure in a pill (a home area's count in the home areas' colour, else dark), centred on its point. */
function Badge({ at, text, id, home = false }: { at: [number, number]; text: string; id?: string; home?: boolean }) {
  const box = badgeBox(at[0], at[1], text);
  return (
    <g className={home ? 'map-badge map-badge-home' : 'map-badge'} data-badge={id}>
      <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={box.height / 2} />
      <text
        x={at[0]}
        y={at[1]}
        textAnchor="middle"
        dominantBaseline="central"
        className={home ? 'map-home-count' : undefined}
      >
        {text}
      </text>
    </g>
  );
}
