import { readFileSync } from 'node:fs';
import { geoCentroid } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../../src/engine/map/labelPlacement';
import { badgeBox } from '../../../src/engine/map/mapLabels';
import { mapScreenLayout } from '../../../src/engine/map/mapScreenLayout';
import { publicBaseMap, townRadius } from '../../../src/engine/map/publicBaseMap';
import { sphericalFeature } from '../../../src/engine/report/fixedHomeAreas';
import { fixedAreasSchema } from '../../../src/schema/fixedAreas';
import { publicMapSchema } from '../../../src/schema/publicMap';

const areas = fixedAreasSchema.parse(JSON.parse(readFileSync('data/municipalities.geojson', 'utf8')));
const map = publicMapSchema.parse(JSON.parse(readFileSync('data/public-map.json', 'utf8')));

/** The union page's map at its default zoom, as HomeAreaMap lays it out (640 units, padding 16, a count per area). */
function unionView() {
  const base = publicBaseMap(areas, map, 640, 16);
  const at = (lat: number, lon: number) => base.projection([lon, lat])!;
  const badges = areas.features.map((f) => {
    const [lon, lat] = geoCentroid(sphericalFeature(f));
    return badgeBox(...at(lat, lon), '23');
  });
  const layout = mapScreenLayout({
    width: base.width,
    height: base.height,
    sites: [],
    places: base.towns.map((t) => {
      const [x, y] = at(t.lat, t.lon);
      return { id: t.id, name: t.name, x, y, radius: t.radius, population: t.population };
    }),
    roads: base.roads.map((r) => ({ ...r, from: at(r.from.lat, r.from.lon), to: at(r.to.lat, r.to.lon) })),
    obstacles: badges,
  });
  return { base, badges, layout };
}

describe('the base map of public geography (the union page)', () => {
  it('frames every public boundary inside the map', () => {
    const { base } = unionView();
    expect(base.boundaries).toHaveLength(areas.features.length);
    for (const b of base.boundaries)
      for (const polygon of b.polygons)
        for (const [lon, lat] of polygon[0]!) {
          const [x, y] = base.projection([lon, lat])!;
          expect(x).toBeGreaterThanOrEqual(15.9);
          expect(x).toBeLessThanOrEqual(base.width - 15.9);
          expect(y).toBeGreaterThanOrEqual(15.9);
          expect(y).toBeLessThanOrEqual(base.height - 15.9);
        }
  });

  it('names Gislaved, Gnosjö, Värnamo, Vaggeryd and Skillingaryd and shows E4 at the default zoom', () => {
    const { layout } = unionView();
    const towns = layout.labels.towns.map((l) => l.text);
    for (const town of ['Gislaved', 'Gnosjö', 'Värnamo', 'Vaggeryd', 'Skillingaryd']) expect(towns).toContain(town);
    expect(layout.labels.roads.map((l) => l.text)).toContain('E4');
  });

  it('places no label over another or over a count', () => {
    const { layout, badges } = unionView();
    const all = [...layout.labels.towns, ...layout.labels.roads];
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) expect(boxesOverlap(all[i]!.box, all[j]!.box)).toBe(false);
      for (const badge of badges) expect(boxesOverlap(all[i]!.box, badge), all[i]!.text).toBe(false);
    }
  });

  it('sizes a town’s circle by its population, larger for a larger town', () => {
    expect(townRadius(0)).toBe(2);
    expect(townRadius(19822)).toBeGreaterThan(townRadius(1304));
    expect(townRadius(94805)).toBeLessThan(10);
  });
});
