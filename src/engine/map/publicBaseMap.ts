import type { GeoProjection } from 'd3-geo';
import type { FixedAreas } from '../../schema/fixedAreas';
import type { PublicMap } from '../../schema/publicMap';
import { boxOfBoundaries, fittedHeight, fitProjection, kmPerUnit, type GeoBox } from './fitProjection';
import { polygonsOfGeometry, type MunicipalityBoundary } from './importBoundaries';
import { publicRoadLines } from './publicMap';
import type { RoadLine } from './roadLines';

/** A town of the public map as drawn: its circle's radius follows its population. */
export interface PublicBaseTown {
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly radius: number;
  readonly population: number;
}

export interface PublicBaseMap {
  readonly boundaries: MunicipalityBoundary[];
  readonly box: GeoBox;
  readonly width: number;
  readonly height: number;
  readonly projection: GeoProjection;
  readonly unitKm: number;
  readonly roads: RoadLine[];
  readonly towns: PublicBaseTown[];
}

/** A town's circle: area by population (2 units for a hamlet, about 5 for Värnamo, 9 for Jönköping). */
export function townRadius(population: number): number {
  return 2 + Math.sqrt(Math.max(0, population)) / 45;
}

/**
 * The base map of fixed public geography (see docs/map.md, "Public geography"): every area of
 * the boundaries file, framed by their box in `width` units, with the public map's roads and
 * towns. What a page without the dataset (the union page) hands to the one map component.
 */
export function publicBaseMap(areas: FixedAreas, map: PublicMap, width: number, padding: number): PublicBaseMap {
  const boundaries = areas.features.map((f) => ({
    municipalityId: f.properties.id,
    polygons: polygonsOfGeometry(f.geometry),
  }));
  const box = boxOfBoundaries(boundaries);
  const height = fittedHeight(box, width, padding);
  const projection = fitProjection(box, width, height, padding);
  return {
    boundaries,
    box,
    width,
    height,
    projection,
    unitKm: kmPerUnit(projection, box),
    roads: publicRoadLines(map),
    towns: map.towns.map((town) => ({
      // The file holds no ids: a town is known by its name (unique in the file; see the data test).
      id: town.name,
      name: town.name,
      lat: town.lat,
      lon: town.lon,
      radius: townRadius(town.population),
      population: town.population,
    })),
  };
}
