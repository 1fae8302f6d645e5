import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_LAYERS,
  layerDrawing,
  toggleLayer,
  type MapLayerId,
  type MapLayerVisibility,
} from '../../engine/map/mapLayers';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { MapCanvas } from '../map/MapCanvas';
import { LayerKeyItems, SymbolKeyItems } from '../map/MapLegend';
import { MapLayerToggles } from '../map/MapLayerToggles';
import { SitesTable } from '../map/SitesTable';
import { useIsochrones, type IsochroneEngine } from '../map/useIsochrones';
import { useMapLayers } from '../map/useMapLayers';
import '../map/map.css';

export interface SuggestionMapProps {
  dataset: Dataset;
  /** The candidate's draft scenario. */
  scenario: Scenario;
  label: string;
  language: Language;
  /** Where the coverage area is computed (the app's engine worker). */
  engine?: IsochroneEngine | null;
}

/** The preview has no evaluation (no choropleth) and no personal layer (no home areas). */
const PREVIEW_LAYERS: ReadonlySet<MapLayerId> = new Set<MapLayerId>(['boundaries', 'roads', 'reach']);

/**
 * A suggested placement drawn before it is kept: the candidate scenario's sites by role on the
 * region's map (read only; zoom and pan work) and the area reached within T minutes from its
 * service points, with the sites that have a role as its text alternative.
 */
export function SuggestionMap({ dataset, scenario, label, language, engine }: SuggestionMapProps) {
  const { t } = useTranslation();
  const minutes = scenario.parameters.coverage.responseMinutes;
  const servicePointSites = useMemo(() => [...new Set(scenario.servicePoints.map((p) => p.siteId))], [scenario]);
  const isochrones = useIsochrones(engine, dataset, scenario, servicePointSites, minutes);
  const tableId = useId();
  const captionId = useId();
  const { width, height, projection, unitKm, base, boundarySource, localities, sites } = useMapLayers(
    dataset,
    scenario,
    language,
    null,
  );
  const [layers, setLayers] = useState<MapLayerVisibility>(DEFAULT_LAYERS);
  const drawing = layerDrawing(layers, PREVIEW_LAYERS);
  const withRole = sites.filter((s) => s.symbol !== 'unused' && s.symbol !== 'server-room');
  return (
    <figure className="suggestion-map" aria-labelledby={captionId}>
      <figcaption id={captionId}>{t('hubs.panel.mapHeading', { label })}</figcaption>
      <div className="map-frame">
        <MapCanvas
          width={width}
          height={height}
          projection={projection}
          kmPerUnit={unitKm}
          label={t('hubs.panel.mapLabel', { label, sites: withRole.length })}
          describedBy={tableId}
          base={base}
          drawing={drawing}
          coverage={isochrones.grid?.area ?? null}
          choropleth={null}
          homeAreas={[]}
          localities={localities}
          sites={sites}
          person={null}
        />
      </div>
      <div className="suggestion-map-side">
        <MapLayerToggles
          visible={layers}
          available={PREVIEW_LAYERS}
          drawing={drawing}
          onToggle={(id) => setLayers((v) => toggleLayer(v, id))}
          minutes={minutes}
          k={dataset.anonymisation.k}
          schematic={boundarySource === 'schematic'}
        />
        <ul className="map-legend suggestion-map-key">
          <SymbolKeyItems />
          <LayerKeyItems
            drawing={drawing}
            minutes={minutes}
            coverageState={isochrones.state}
            boundarySource={boundarySource}
            localService={null}
          />
        </ul>
      </div>
      <SitesTable id={tableId} rows={withRole} />
    </figure>
  );
}
