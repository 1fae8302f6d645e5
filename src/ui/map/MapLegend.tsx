import { useTranslation } from 'react-i18next';
import type { LayerDrawing, MapLayerId } from '../../engine/map/mapLayers';
import { choroplethClasses, ROAD_STYLE, SHIELD_COLOUR } from './layers/mapPalette';
import type { LocalServiceMeasure } from './localServiceMeasure';
import { SYMBOL_COLOUR, SYMBOL_ORDER, symbolPath, type SiteSymbol } from './mapGeometry';

export type CoverageState = 'loading' | 'ready' | 'unavailable' | 'error';

export interface MapLegendProps {
  minutes: number;
  coverageState: CoverageState;
  coveredText: string;
  uncoveredNames: readonly string[];
  k: number;
  /** People outside any home area, when published (≥ k); null otherwise. */
  homeOtherCount: number | null;
  showPerson: boolean;
  drawing: Readonly<Record<MapLayerId, LayerDrawing>>;
  boundarySource: BoundarySource;
  localService: LocalServiceMeasure | null;
}

export type BoundarySource = 'bundled' | 'imported' | 'schematic';

const LEGEND_KEYS: Record<SiteSymbol, string> = {
  'head-office': 'map.legend.headOffice',
  hub: 'map.legend.hub',
  'service-point': 'map.legend.servicePoint',
  'data-centre': 'map.legend.dataCentre',
  'server-room': 'map.legend.serverRoom',
  unused: 'map.legend.unused',
};

function Swatch({ className, colour, stroke }: { className?: string; colour?: string; stroke?: string }) {
  return (
    <svg width="22" height="16" aria-hidden="true" focusable="false" className="map-swatch">
      <rect x="1" y="2" width="20" height="12" className={className} fill={colour} stroke={stroke} />
    </svg>
  );
}

/** What each site symbol and the locality circles mean: items of a legend's list. */
export function SymbolKeyItems() {
  const { t } = useTranslation();
  return (
    <>
      {SYMBOL_ORDER.map((symbol) => (
        <li key={symbol}>
          <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true" focusable="false">
            <path
              d={symbolPath(symbol, 12)}
              fill={symbol === 'unused' ? '#ffffff' : SYMBOL_COLOUR[symbol]}
              stroke={symbol === 'unused' ? SYMBOL_COLOUR.unused : '#000000'}
              strokeWidth={symbol === 'unused' ? 2.5 : 1}
            />
          </svg>
          {t(LEGEND_KEYS[symbol])}
        </li>
      ))}
      <li>
        <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true" focusable="false">
          <circle r="6" className="map-locality" />
        </svg>
        {t('map.legend.locality')}
      </li>
      <li className="note">{t('mapLayers.legend.fan')}</li>
    </>
  );
}

export interface LayerKeyItemsProps {
  drawing: Readonly<Record<MapLayerId, LayerDrawing>>;
  minutes: number;
  coverageState: CoverageState;
  boundarySource: BoundarySource;
  localService: LocalServiceMeasure | null;
  k?: number;
  homeOtherCount?: number | null;
  /** The boundaries' key in words, where the default (members heavier) does not apply. */
  boundaryText?: string;
}

/** One item per layer that is on, in drawing order, saying whether it is the filled one. */
export function LayerKeyItems({
  drawing,
  minutes,
  coverageState,
  boundarySource,
  localService,
  k = 0,
  homeOtherCount = null,
  boundaryText,
}: LayerKeyItemsProps) {
  const { t } = useTranslation();
  const how = (d: LayerDrawing) => (d === 'fill' ? t('mapLayers.legend.filled') : t('mapLayers.legend.outline'));
  return (
    <>
      {drawing.boundaries !== 'off' && (
        <li data-layer="boundaries">
          {boundarySource === 'schematic' ? (
            <>
              <Swatch className="map-schematic-area" colour="none" />
              <strong>{t('mapLayers.legend.schematic')}</strong>
            </>
          ) : (
            <>
              <Swatch className="map-boundary" colour="none" />
              {boundaryText ??
                (boundarySource === 'imported'
                  ? t('mapLayers.legend.importedBoundaries')
                  : t('mapLayers.legend.boundaries'))}
            </>
          )}
        </li>
      )}
      {drawing.roads !== 'off' && (
        <li data-layer="roads">
          <svg width="48" height="16" aria-hidden="true" focusable="false">
            <line
              x1="0"
              y1="8"
              x2="16"
              y2="8"
              stroke={ROAD_STYLE.motorway.colour}
              strokeWidth={ROAD_STYLE.motorway.width}
            />
            <rect x="18" y="2" width="14" height="12" rx="2" fill={SHIELD_COLOUR.european} />
            <rect x="34" y="2" width="14" height="12" rx="2" fill={SHIELD_COLOUR.national} />
          </svg>
          {t('mapLayers.legend.roads')}
        </li>
      )}
      {drawing.localService !== 'off' && (
        <li data-layer="localService" className="map-legend-choropleth">
          {!localService ? (
            t('mapLayers.legend.localService.unavailable')
          ) : (
            <span>
              {t('mapLayers.legend.localService.share')} {how(drawing.localService)}:{' '}
              {choroplethClasses().map((c) => (
                <span key={c.colour} className="map-legend-class">
                  <Swatch colour={c.colour} stroke="#555555" /> {Math.round(c.from * 100)}–{Math.round(c.to * 100)} %
                </span>
              ))}
            </span>
          )}
        </li>
      )}
      {drawing.reach !== 'off' && (
        <li data-layer="reach">
          <Swatch className={drawing.reach === 'fill' ? 'map-coverage' : 'map-coverage map-coverage-outline'} />
          {coverageState === 'ready'
            ? t('map.legend.coverage', { minutes })
            : coverageState === 'loading'
              ? t('map.legend.coverageLoading')
              : t('map.legend.coverageUnavailable')}
          {coverageState === 'ready' && <span className="map-legend-how">{how(drawing.reach)}</span>}
        </li>
      )}
      {drawing.homeAreas !== 'off' && (
        <li data-layer="homeAreas">
          <Swatch className="map-home-area" />
          {t('map.legend.homeAreas', { k })}
          {homeOtherCount !== null && <> {t('map.legend.homeAreasOther', { count: homeOtherCount })}</>}
        </li>
      )}
    </>
  );
}

/** What the symbols and the layers that are on mean, and the coverage figure of the scenario. */
export function MapLegend({
  minutes,
  coverageState,
  coveredText,
  uncoveredNames,
  k,
  homeOtherCount,
  showPerson,
  drawing,
  boundarySource,
  localService,
}: MapLegendProps) {
  const { t } = useTranslation();
  return (
    <section className="map-legend" aria-labelledby="map-legend-heading">
      <h3 id="map-legend-heading">{t('map.legend.heading')}</h3>
      <p className="map-coverage-figure" data-testid="map-coverage">
        {coveredText}
      </p>
      <p className="note">
        {uncoveredNames.length > 0
          ? t('map.coverage.uncovered', { names: uncoveredNames.join(', ') })
          : t('map.coverage.allCovered')}
      </p>
      <ul>
        <SymbolKeyItems />
        <LayerKeyItems
          drawing={drawing}
          minutes={minutes}
          coverageState={coverageState}
          boundarySource={boundarySource}
          localService={localService}
          k={k}
          homeOtherCount={homeOtherCount}
        />
        {showPerson && <li>{t('map.legend.person')}</li>}
        <li className="note">{t('mapLayers.legend.towns')}</li>
      </ul>
    </section>
  );
}
