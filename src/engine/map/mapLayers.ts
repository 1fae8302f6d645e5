/**
 * The map's layer model (see docs/map.md, "Layers"): which layers exist, which are on, and how
 * each is drawn. Areas are outlines; at most one area layer is filled at a time, so overlapping
 * layers stay readable.
 */

export const MAP_LAYERS = ['boundaries', 'roads', 'reach', 'localService', 'homeAreas'] as const;
export type MapLayerId = (typeof MAP_LAYERS)[number];

/** Which layers the user has switched on. */
export type MapLayerVisibility = Readonly<Record<MapLayerId, boolean>>;

/** How a layer is drawn: not at all, as outlines, as lines (roads) or as the one filled layer. */
export type LayerDrawing = 'off' | 'outline' | 'line' | 'fill';

/** Layers that may be filled, the first visible one wins: the choropleth before the reach area. */
export const FILL_PRIORITY: readonly MapLayerId[] = ['localService', 'reach'];

/** Everything on except the choropleth: the reach area is then the filled layer. */
export const DEFAULT_LAYERS: MapLayerVisibility = {
  boundaries: true,
  roads: true,
  reach: true,
  localService: false,
  homeAreas: true,
};

/** The visibility with one layer switched; a new object. */
export function toggleLayer(visible: MapLayerVisibility, id: MapLayerId): MapLayerVisibility {
  return { ...visible, [id]: !visible[id] };
}

/**
 * How each layer is drawn, given what is switched on and what the map can show (a layer not
 * `available` is off: the preview has no home areas, the choropleth needs an evaluation).
 * Roads are lines; boundaries and home areas are always outlines; of the choropleth and the
 * reach area the first visible in `FILL_PRIORITY` is filled, the other an outline.
 */
export function layerDrawing(
  visible: MapLayerVisibility,
  available: ReadonlySet<MapLayerId> = new Set(MAP_LAYERS),
): Record<MapLayerId, LayerDrawing> {
  const on = (id: MapLayerId) => visible[id] && available.has(id);
  const filled = FILL_PRIORITY.find(on) ?? null;
  return {
    boundaries: on('boundaries') ? 'outline' : 'off',
    roads: on('roads') ? 'line' : 'off',
    reach: on('reach') ? (filled === 'reach' ? 'fill' : 'outline') : 'off',
    localService: on('localService') ? (filled === 'localService' ? 'fill' : 'outline') : 'off',
    homeAreas: on('homeAreas') ? 'outline' : 'off',
  };
}
