import type { Dataset } from '../../schema/dataset';
import type { TravelParameters } from '../../schema/travelParameters';
import type { ImportedTravelMatrix } from '../../schema/travelMatrix';
import { travelMatrix, travelMatrixCell, type TravelMatrix } from '../travel/travelMatrix';
import type { TravelModel, TravelWarning } from '../travel/travelModel';
import { packagedHomeTravel } from '../personFacts/packagedHomeTravel';

/** Every travel figure a scenario can need: homes × sites and localities × sites. */
export interface TravelMatrices {
  /** people × sites, in dataset order. */
  homeToSite: TravelMatrix;
  /** localities × sites, in dataset order. */
  localityToSite: TravelMatrix;
  siteIndex: Map<string, number>;
  warnings: TravelWarning[];
}

/**
 * Phase 2 of an evaluation: every travel figure a scenario can need, computed once for the
 * dataset and the travel parameters (not per scenario: a scenario only picks sites):
 * homes × sites for commutes, localities × sites for service coverage.
 */
export function travelMatrices(
  dataset: Dataset,
  model: TravelModel,
  params: TravelParameters,
  imported?: ImportedTravelMatrix,
): TravelMatrices {
  const sites = dataset.sites.map((s) => ({ id: s.id, lat: s.lat, lon: s.lon }));
  const localities = dataset.localities.map((l) => ({ id: l.id, lat: l.lat, lon: l.lon }));
  // A manager's package has no homes: its precomputed homes × sites stand in (docs/roles-and-packages.md).
  const homeToSite =
    packagedHomeTravel(dataset, params) ??
    travelMatrix(
      model,
      dataset.people.map((p) => ({ id: p.id, lat: p.home.lat, lon: p.home.lon })),
      sites,
      params,
      imported,
    );
  const localityToSite = travelMatrix(model, localities, sites, params, imported);
  return {
    homeToSite,
    localityToSite,
    siteIndex: new Map(dataset.sites.map((s, j) => [s.id, j])),
    warnings: [...homeToSite.warnings, ...localityToSite.warnings],
  };
}

/** One cell of a matrix: minutes, km and the model that produced them. */
export function cell(matrix: TravelMatrix, i: number, j: number): { minutes: number; km: number; source: number } {
  const at = travelMatrixCell(matrix, i, j);
  return { minutes: matrix.minutes[at]!, km: matrix.km[at]!, source: matrix.source[at]! };
}
