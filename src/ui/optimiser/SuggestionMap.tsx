import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { MapCanvas } from '../map/MapCanvas';
import { SymbolKeyItems } from '../map/MapLegend';
import { SitesTable } from '../map/SitesTable';
import { MAP_HEIGHT, MAP_WIDTH, useMapLayers } from '../map/useMapLayers';
import '../map/map.css';

/**
 * A suggested placement drawn before it is kept: the candidate scenario's sites by role on the
 * region's map (read only; zoom and pan work), with the sites that have a role as its text
 * alternative. Coverage areas are drawn once the suggestion is kept, in the Map view.
 */
export function SuggestionMap({ dataset, scenario, label, language }: { dataset: Dataset; scenario: Scenario; label: string; language: Language }) {
  const { t } = useTranslation();
  const tableId = useId();
  const captionId = useId();
  const { projection, unitKm, areas, localities, sites } = useMapLayers(dataset, scenario, language, null);
  const withRole = sites.filter((s) => s.symbol !== 'unused' && s.symbol !== 'server-room');
  return (
    <figure className="suggestion-map" aria-labelledby={captionId}>
      <figcaption id={captionId}>{t('hubs.panel.mapHeading', { label })}</figcaption>
      <div className="map-frame">
        <MapCanvas
          width={MAP_WIDTH}
          height={MAP_HEIGHT}
          projection={projection}
          kmPerUnit={unitKm}
          label={t('hubs.panel.mapLabel', { label, sites: withRole.length })}
          describedBy={tableId}
          areas={areas}
          outlinedAreas={false}
          coverage={null}
          homeAreas={[]}
          localities={localities}
          sites={sites}
          person={null}
        />
      </div>
      <ul className="map-legend suggestion-map-key">
        <SymbolKeyItems />
      </ul>
      <SitesTable id={tableId} rows={withRole} />
    </figure>
  );
}
