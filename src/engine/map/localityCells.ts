import type { GeoBox } from './fitProjection';
import { schematicAreas, type SchematicCell, type SchematicPlace } from './schematicAreas';

/**
 * Areas for a per-locality choropleth: each locality's Voronoi cell among the localities of its
 * own municipality (so a cell never claims a neighbouring municipality's ground), to be drawn
 * clipped to that municipality's boundary. Without boundaries (`withinMunicipality` false) the
 * cells are the schematic areas among all localities.
 */
export function localityCells(
  places: readonly SchematicPlace[],
  bbox: GeoBox,
  withinMunicipality: boolean,
): SchematicCell[] {
  if (!withinMunicipality) return schematicAreas(places, bbox);
  const byMunicipality = new Map<string, SchematicPlace[]>();
  for (const p of places) byMunicipality.set(p.municipalityId, [...(byMunicipality.get(p.municipalityId) ?? []), p]);
  const cells = [...byMunicipality.values()].flatMap((group) => schematicAreas(group, bbox));
  const order = new Map(places.map((p, i) => [p.id, i]));
  return cells.sort((a, b) => order.get(a.localityId)! - order.get(b.localityId)!);
}
