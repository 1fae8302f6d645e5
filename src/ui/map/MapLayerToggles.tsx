import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FILL_PRIORITY,
  MAP_LAYERS,
  type LayerDrawing,
  type MapLayerId,
  type MapLayerVisibility,
} from '../../engine/map/mapLayers';

export interface MapLayerTogglesProps {
  visible: MapLayerVisibility;
  /** Layers this map can show; the others get no switch. */
  available: ReadonlySet<MapLayerId>;
  drawing: Readonly<Record<MapLayerId, LayerDrawing>>;
  onToggle: (id: MapLayerId) => void;
  minutes: number;
  k: number;
  /** The boundaries switch says "schematic" when the dataset has no boundaries. */
  schematic: boolean;
}

/** A labelled checkbox per layer, and which area layer is the filled one. */
export function MapLayerToggles({
  visible,
  available,
  drawing,
  onToggle,
  minutes,
  k,
  schematic,
}: MapLayerTogglesProps) {
  const { t } = useTranslation();
  const id = useId();
  const name = (layer: MapLayerId) =>
    layer === 'boundaries' && schematic ? t('mapLayers.schematicAreas') : t(`mapLayers.${layer}`, { minutes, k });
  const filled = FILL_PRIORITY.find((layer) => drawing[layer] === 'fill');
  return (
    <fieldset className="map-layer-toggles">
      <legend>{t('mapLayers.heading')}</legend>
      {MAP_LAYERS.filter((layer) => available.has(layer)).map((layer) => (
        <label key={layer} htmlFor={`${id}-${layer}`} className="map-layer-toggle">
          <input id={`${id}-${layer}`} type="checkbox" checked={visible[layer]} onChange={() => onToggle(layer)} />{' '}
          {name(layer)}
        </label>
      ))}
      <p className="note">{filled ? t('mapLayers.fillNote', { layer: name(filled) }) : t('mapLayers.fillNone')}</p>
    </fieldset>
  );
}
