import type { Dataset } from '../../schema/dataset';
import { precomputedOf, type HomeTravel, type PackagedDataset } from '../../schema/managerPackage';
import type { TravelParameters } from '../../schema/travelParameters';
import type { TravelMatrix } from '../travel/travelMatrix';
import type { TravelWarning } from '../travel/travelModel';

/**
 * Homes × sites from a manager's package (it has no homes): the precomputed matrix of the
 * scenario's travel parameters, in dataset order. Null for HR's own dataset, whose homes the
 * travel model routes. A package without a matrix for these parameters uses its first one and
 * says so. Origins carry no coordinates (NaN): nothing downstream reads them.
 */
export function packagedHomeTravel(dataset: Dataset | PackagedDataset, params: TravelParameters): TravelMatrix | null {
  const precomputed = precomputedOf(dataset);
  if (!precomputed) return null;
  const key = travelParametersKey(params);
  const exact = precomputed.homeTravel.find((m) => travelParametersKey(m.travelParameters) === key);
  const matrix = exact ?? precomputed.homeTravel[0]!;
  const warnings: TravelWarning[] = exact ? [] : [{ code: 'package-travel-parameters', params: {} }];
  return homeTravelMatrix(
    matrix,
    dataset.people.map((p) => p.id),
    dataset.sites.map((s) => s.id),
    warnings,
  );
}

/** A stable key of travel parameters (fields in a fixed order). */
export function travelParametersKey(params: TravelParameters): string {
  return JSON.stringify(
    Object.keys(params)
      .sort()
      .map((k) => [k, params[k as keyof TravelParameters]]),
  );
}

function homeTravelMatrix(
  matrix: HomeTravel,
  personIds: readonly string[],
  siteIds: readonly string[],
  warnings: TravelWarning[],
): TravelMatrix {
  const row = new Map(matrix.personIds.map((id, i) => [id, i]));
  const column = new Map(matrix.siteIds.map((id, j) => [id, j]));
  const cells = personIds.length * siteIds.length;
  const minutes = new Float64Array(cells);
  const km = new Float64Array(cells);
  const source = new Uint8Array(cells);
  personIds.forEach((personId, i) => {
    const r = row.get(personId);
    siteIds.forEach((siteId, j) => {
      const c = column.get(siteId);
      if (r === undefined || c === undefined) {
        // The package is validated against its own dataset; a gap can only be a site added later.
        minutes[i * siteIds.length + j] = NaN;
        km[i * siteIds.length + j] = NaN;
        return;
      }
      minutes[i * siteIds.length + j] = matrix.minutes[r]![c]!;
      km[i * siteIds.length + j] = matrix.km[r]![c]!;
      source[i * siteIds.length + j] = matrix.source[r]![c]!;
    });
  });
  return {
    origins: personIds.map((id) => ({ id, lat: NaN, lon: NaN })),
    destinations: siteIds.map((id) => ({ id, lat: NaN, lon: NaN })),
    minutes,
    km,
    source,
    warnings,
  };
}
