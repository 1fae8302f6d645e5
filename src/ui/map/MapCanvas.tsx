import type { GeoProjection } from 'd3-geo';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LonLatRing } from '../../engine/map/isochrones';
import type { Point } from '../../schema/common';
import { ringsPath, scaleBarKm, spreadOverlapping, SYMBOL_COLOUR, symbolPath, tint, type SiteSymbol } from './mapGeometry';

export interface MapArea {
  id: string;
  colour: string;
  polygons: readonly (readonly LonLatRing[])[];
}

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

export interface MapLocality {
  id: string;
  name: string;
  lat: number;
  lon: number;
  radius: number;
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
  areas: readonly MapArea[];
  /** Official boundaries get outlines; schematic cells do not (no inner strokes). */
  outlinedAreas: boolean;
  coverage: readonly (readonly LonLatRing[])[] | null;
  homeAreas: readonly MapHomeArea[];
  localities: readonly MapLocality[];
  sites: readonly MapSite[];
  /** HR only: the selected person's home and sites. */
  person: { home: Point; today: Point | null; next: Point | null } | null;
  /**
   * A site was clicked or activated with Enter; `anchor` in fractions of the map's size.
   * Without it the sites are drawn only, not offered as buttons (a preview).
   */
  onSite?: (siteId: string, anchor: { x: number; y: number }) => void;
}

const MIN_ZOOM = 1;
const MAX_ZOOM = 16;
const SITE_SIZE = 14;
const BUTTON_ZOOM = 1.5;

/**
 * The map itself: a picture (role="img", areas and localities) under a layer of site buttons.
 * d3 computed the geometry; React draws it. d3-zoom turns wheel, drag, pinch and double-click
 * on the sites layer (not on a site) into a transform, bounded so the map always fills the
 * frame, which React state then draws; the +/− buttons go through the same behaviour. Areas
 * scale with the zoom; symbols keep their size.
 */
export function MapCanvas(props: MapCanvasProps) {
  const { width, height, projection, kmPerUnit, label, describedBy, areas, outlinedAreas, coverage, homeAreas, localities, sites, person, onSite } = props;
  const { t } = useTranslation();
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
  // Sites at one spot are spread around it (on screen, so the spread stays legible at any zoom).
  const siteOffsets = useMemo(
    () => spreadOverlapping(sites.map((s) => projection([s.lon, s.lat]) ?? [0, 0]), SITE_SIZE * 0.9),
    [sites, projection],
  );
  const barKm = scaleBarKm(kmPerUnit / view.k, width / 5);
  const barWidth = (barKm / kmPerUnit) * view.k;

  const activate = (siteId: string, at: [number, number]) => onSite?.(siteId, { x: at[0] / width, y: at[1] / height });
  const onSiteKey = (event: KeyboardEvent, siteId: string, at: [number, number]) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(siteId, at);
    }
  };
  const homeRing = (polygon: readonly Point[]): LonLatRing => [...polygon.map((p) => [p.lon, p.lat] as const), [polygon[0]!.lon, polygon[0]!.lat] as const];
  const personPoints = person
    ? { home: place(person.home.lat, person.home.lon), today: person.today && place(person.today.lat, person.today.lon), next: person.next && place(person.next.lat, person.next.lon) }
    : null;

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
      <div className="map-stack">
        <svg className="map-picture" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} aria-describedby={describedBy}>
          <rect width={width} height={height} className="map-background" />
          <g transform={view.toString()}>
            {areas.map((area) => (
              <path
                key={area.id}
                d={ringsPath(area.polygons, projection)}
                fill={tint(area.colour, 0.25)}
                fillRule="evenodd"
                className={outlinedAreas ? 'map-area map-area-outlined' : 'map-area'}
                stroke={outlinedAreas ? undefined : tint(area.colour, 0.25)}
              />
            ))}
            {coverage && <path d={ringsPath(coverage, projection)} fillRule="evenodd" className="map-coverage" />}
            {homeAreas.map((area, i) => (
              <path key={i} d={ringsPath([[homeRing(area.polygon)]], projection)} className="map-home-area" />
            ))}
          </g>
          {homeAreas.map((area, i) => {
            const lat = area.polygon.reduce((s, p) => s + p.lat, 0) / area.polygon.length;
            const lon = area.polygon.reduce((s, p) => s + p.lon, 0) / area.polygon.length;
            const at = place(lat, lon);
            return at ? (
              <text key={i} x={at[0]} y={at[1]} className="map-home-count" textAnchor="middle" dominantBaseline="central">
                {area.count}
              </text>
            ) : null;
          })}
          {localities.map((l) => {
            const at = place(l.lat, l.lon);
            return at ? <circle key={l.id} cx={at[0]} cy={at[1]} r={l.radius} className="map-locality" /> : null;
          })}
          {personPoints?.home && (
            <g className="map-person">
              {personPoints.today && <line x1={personPoints.home[0]} y1={personPoints.home[1]} x2={personPoints.today[0]} y2={personPoints.today[1]} className="map-person-today" />}
              {personPoints.next && <line x1={personPoints.home[0]} y1={personPoints.home[1]} x2={personPoints.next[0]} y2={personPoints.next[1]} className="map-person-next" />}
              <circle cx={personPoints.home[0]} cy={personPoints.home[1]} r={6} className="map-person-home" data-testid="person-home" />
            </g>
          )}
          <g transform={`translate(${width - barWidth - 16},${height - 20})`} className="map-scale-bar">
            <rect width={barWidth} height={6} />
            <text x={barWidth / 2} y={-6} textAnchor="middle">
              {t('map.scaleBar', { km: barKm })}
            </text>
          </g>
        </svg>
        <svg className="map-sites" viewBox={`0 0 ${width} ${height}`} role="group" aria-label={t('map.sitesGroup')}>
          <g ref={layer}>
            <rect width={width} height={height} className="map-pan-surface" />
            {sites.map((site, j) => {
              const centre = place(site.lat, site.lon);
              if (!centre) return null;
              const at: [number, number] = [centre[0] + siteOffsets[j]![0], centre[1] + siteOffsets[j]![1]];
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
                  <circle r={SITE_SIZE} className="map-site-focus" />
                  <path d={symbolPath(site.symbol, SITE_SIZE)} fill={site.symbol === 'unused' ? '#ffffff' : SYMBOL_COLOUR[site.symbol]} stroke={site.symbol === 'unused' ? SYMBOL_COLOUR.unused : '#000000'} strokeWidth={site.symbol === 'unused' ? 2.5 : 1} />
                  {site.alsoServicePoint && (
                    <path transform={`translate(${SITE_SIZE * 0.9},${-SITE_SIZE * 0.6})`} d={symbolPath('service-point', SITE_SIZE * 0.6)} fill={SYMBOL_COLOUR['service-point']} stroke="#000000" strokeWidth={0.8} />
                  )}
                </g>
              );
            })}
          </g>
        </svg>
      </div>
    </div>
  );
}
