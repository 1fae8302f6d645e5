import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAYERS,
  layerDrawing,
  MAP_LAYERS,
  toggleLayer,
  type MapLayerId,
  type MapLayerVisibility,
} from '../../../src/engine/map/mapLayers';

describe('the map layer model', () => {
  it('by default fills the reach area, outlines boundaries and home areas, draws roads as lines, leaves the choropleth off', () => {
    expect(layerDrawing(DEFAULT_LAYERS)).toEqual({
      boundaries: 'outline',
      roads: 'line',
      reach: 'fill',
      localService: 'off',
      homeAreas: 'outline',
    });
  });

  it('gives the fill to the choropleth when it is switched on, the reach area becoming an outline', () => {
    const drawing = layerDrawing(toggleLayer(DEFAULT_LAYERS, 'localService'));
    expect(drawing.localService).toBe('fill');
    expect(drawing.reach).toBe('outline');
  });

  it('draws a layer the map cannot show as off, and the next one takes the fill', () => {
    const all: MapLayerVisibility = { boundaries: true, roads: true, reach: true, localService: true, homeAreas: true };
    const drawing = layerDrawing(all, new Set<MapLayerId>(['boundaries', 'roads', 'reach']));
    expect(drawing).toEqual({
      boundaries: 'outline',
      roads: 'line',
      reach: 'fill',
      localService: 'off',
      homeAreas: 'off',
    });
  });

  it('toggles one layer and leaves the input alone', () => {
    const next = toggleLayer(DEFAULT_LAYERS, 'roads');
    expect(next.roads).toBe(false);
    expect(DEFAULT_LAYERS.roads).toBe(true);
    expect(toggleLayer(next, 'roads')).toEqual(DEFAULT_LAYERS);
  });

  it('never fills more than one layer, and draws exactly the visible available layers (property)', () => {
    const visibility = fc.record(
      Object.fromEntries(MAP_LAYERS.map((id) => [id, fc.boolean()])) as Record<MapLayerId, fc.Arbitrary<boolean>>,
    );
    fc.assert(
      fc.property(visibility, fc.subarray([...MAP_LAYERS]), (visible, available) => {
        const drawing = layerDrawing(visible, new Set(available));
        const filled = MAP_LAYERS.filter((id) => drawing[id] === 'fill');
        if (filled.length > 1) return false;
        return MAP_LAYERS.every((id) => (drawing[id] !== 'off') === (visible[id] && available.includes(id)));
      }),
    );
  });
});
