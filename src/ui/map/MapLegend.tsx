import { useTranslation } from 'react-i18next';
import { SYMBOL_COLOUR, SYMBOL_ORDER, symbolPath, tint, type SiteSymbol } from './mapGeometry';

export interface MapLegendProps {
  minutes: number;
  coverageState: 'loading' | 'ready' | 'unavailable' | 'error';
  coveredText: string;
  uncoveredNames: readonly string[];
  schematic: boolean;
  k: number;
  /** People outside any home area, when published (≥ k); null otherwise. */
  homeOtherCount: number | null;
  showPerson: boolean;
}

const LEGEND_KEYS: Record<SiteSymbol, string> = {
  'head-office': 'map.legend.headOffice',
  hub: 'map.legend.hub',
  'service-point': 'map.legend.servicePoint',
  'server-room': 'map.legend.serverRoom',
  unused: 'map.legend.unused',
};

function Swatch({ className, colour }: { className: string; colour?: string }) {
  return (
    <svg width="22" height="16" aria-hidden="true" focusable="false">
      <rect x="1" y="2" width="20" height="12" className={className} fill={colour} />
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
            <path d={symbolPath(symbol, 12)} fill={symbol === 'unused' ? '#ffffff' : SYMBOL_COLOUR[symbol]} stroke={symbol === 'unused' ? SYMBOL_COLOUR.unused : '#000000'} strokeWidth={symbol === 'unused' ? 2.5 : 1} />
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
    </>
  );
}

/** The coverage area's swatch and what it shows (or that it is computing or unavailable). */
export function CoverageKeyItem({ minutes, state }: { minutes: number; state: MapLegendProps['coverageState'] }) {
  const { t } = useTranslation();
  return (
    <li>
      <Swatch className="map-coverage" />
      {state === 'ready' ? t('map.legend.coverage', { minutes }) : state === 'loading' ? t('map.legend.coverageLoading') : t('map.legend.coverageUnavailable')}
    </li>
  );
}

/** What the symbols and areas mean, and the coverage figure of the scenario. */
export function MapLegend({ minutes, coverageState, coveredText, uncoveredNames, schematic, k, homeOtherCount, showPerson }: MapLegendProps) {
  const { t } = useTranslation();
  return (
    <section className="map-legend" aria-labelledby="map-legend-heading">
      <h3 id="map-legend-heading">{t('map.legend.heading')}</h3>
      <p className="map-coverage-figure" data-testid="map-coverage">
        {coveredText}
      </p>
      <p className="note">{uncoveredNames.length > 0 ? t('map.coverage.uncovered', { names: uncoveredNames.join(', ') }) : t('map.coverage.allCovered')}</p>
      <ul>
        <SymbolKeyItems />
        <CoverageKeyItem minutes={minutes} state={coverageState} />
        <li>
          <Swatch className="map-home-area" />
          {t('map.legend.homeAreas', { k })}
          {homeOtherCount !== null && <> {t('map.legend.homeAreasOther', { count: homeOtherCount })}</>}
        </li>
        <li>
          <Swatch className="map-area" colour={tint('#56b4e9', 0.25)} />
          <strong>{schematic ? t('map.legend.schematic') : t('map.legend.official')}</strong>
        </li>
        {showPerson && <li>{t('map.legend.person')}</li>}
      </ul>
    </section>
  );
}
