import { boundariesSchema, BOUNDARY_NAME_FIELDS } from '../../schema/boundaries';
import { polygonsOfGeometry, type MunicipalityBoundary } from './importBoundaries';
import type { LonLatRing } from './isochrones';

export interface BoundaryMunicipality {
  readonly id: string;
  readonly name: string;
  readonly scbCode?: string | undefined;
  readonly member: boolean;
}

/**
 * The boundaries of a data folder's `municipalities.geojson` that belong to the dataset's
 * municipalities, matched by SCB code (the file's `id`), by id or by name. The base map of a
 * dataset: null when the file is not valid GeoJSON or lacks a member municipality, so a dataset
 * of other municipalities falls back to the schematic areas (see docs/map.md, "Base layers").
 * Features of municipalities the dataset does not hold are left out.
 */
export function datasetBoundaries(
  geojson: unknown,
  municipalities: readonly BoundaryMunicipality[],
): MunicipalityBoundary[] | null {
  const parsed = boundariesSchema.safeParse(geojson);
  if (!parsed.success) return null;
  const byKey = new Map<string, string>();
  for (const m of municipalities) {
    byKey.set(m.id.toLowerCase(), m.id);
    byKey.set(m.name.toLowerCase(), m.id);
    if (m.scbCode) byKey.set(m.scbCode.toLowerCase(), m.id);
  }
  const polygonsOf = new Map<string, (readonly LonLatRing[])[]>();
  for (const feature of parsed.data.features) {
    const match = BOUNDARY_NAME_FIELDS.map((field) => feature.properties[field])
      .filter((value): value is string | number => typeof value === 'string' || typeof value === 'number')
      .map((value) => byKey.get(String(value).trim().toLowerCase()))
      .find((id) => id !== undefined);
    if (match === undefined) continue;
    polygonsOf.set(match, [...(polygonsOf.get(match) ?? []), ...polygonsOfGeometry(feature.geometry)]);
  }
  if (municipalities.some((m) => m.member && !polygonsOf.has(m.id))) return null;
  // In the dataset's order, so colours and drawing order follow the data.
  return municipalities
    .filter((m) => polygonsOf.has(m.id))
    .map((m) => ({ municipalityId: m.id, polygons: polygonsOf.get(m.id)! }));
}
