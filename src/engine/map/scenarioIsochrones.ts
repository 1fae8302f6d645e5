import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import type { TravelModel } from '../travel/travelModel';
import { isochroneGrid, type IsochroneGrid } from './isochrones';

/** The map's isochrone: the given (staffed) sites of a scenario, its travel parameters, over the region. */
export function scenarioIsochrones(
  dataset: Dataset,
  scenario: Scenario,
  siteIds: readonly string[],
  minutes: number,
  model: TravelModel,
  resolution = 60,
): IsochroneGrid {
  const wanted = new Set(siteIds);
  const points = dataset.sites.filter((s) => wanted.has(s.id)).map((s) => ({ id: s.id, lat: s.lat, lon: s.lon }));
  return isochroneGrid(model, points, dataset.region.bbox, scenario.parameters.travel, minutes, resolution);
}
