import { scaleSqrt } from 'd3-scale';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fitProjection, kmPerUnit } from '../../engine/map/fitProjection';
import type { MunicipalityBoundary } from '../../engine/map/importBoundaries';
import { schematicAreas } from '../../engine/map/schematicAreas';
import { HEAD_OFFICE_FUNCTION, siteRoles, type SiteRole } from '../../engine/scenario/scenarioSites';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import type { MapArea, MapLocality, MapSite } from './MapCanvas';
import { MUNICIPALITY_COLOURS, siteSymbol } from './mapGeometry';

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 600;
const PADDING = 24;

/** A site as drawn, with its roles in words and its municipality (the map's text alternative). */
export type MapSiteRow = MapSite & { roles: string; municipality: string };

/**
 * What a map of a scenario draws, computed from the dataset and the scenario (d3 in the
 * engine's map module): the projection, municipality areas (official boundaries when loaded,
 * else schematic cells), localities sized by demand, and every site by its role.
 */
export function useMapLayers(dataset: Dataset, scenario: Scenario, language: Language, boundaries: readonly MunicipalityBoundary[] | null) {
  const { t } = useTranslation();
  const { bbox } = dataset.region;
  const en = language === 'en';
  const projection = useMemo(() => fitProjection(bbox, MAP_WIDTH, MAP_HEIGHT, PADDING), [bbox]);
  const unitKm = useMemo(() => kmPerUnit(projection, bbox), [projection, bbox]);
  const municipalityName = useMemo(() => new Map(dataset.municipalities.map((m) => [m.id, m.name])), [dataset]);
  const functionName = useMemo(() => new Map(dataset.functions.map((f) => [f.id, en ? f.nameEn : f.name])), [dataset, en]);
  const roles = useMemo(() => siteRoles(dataset, scenario), [dataset, scenario]);

  const areas = useMemo((): MapArea[] => {
    const colourOf = new Map(dataset.municipalities.map((m, i) => [m.id, MUNICIPALITY_COLOURS[i % MUNICIPALITY_COLOURS.length]!]));
    if (boundaries) return boundaries.map((b) => ({ id: b.municipalityId, colour: colourOf.get(b.municipalityId) ?? '#999999', polygons: b.polygons }));
    return schematicAreas(dataset.localities, bbox).map((cell) => ({
      id: cell.localityId,
      colour: colourOf.get(cell.municipalityId) ?? '#999999',
      polygons: [[cell.ring]],
    }));
  }, [dataset, bbox, boundaries]);

  const localities = useMemo((): MapLocality[] => {
    const employees = new Map(dataset.municipalities.filter((m) => m.member).map((m) => [m.id, m.employees ?? 0]));
    const demand = dataset.localities.map((l) => (employees.get(l.municipalityId) ?? 0) * l.employeeShare);
    const radius = scaleSqrt()
      .domain([0, Math.max(1, ...demand)])
      .range([2, 16]);
    return dataset.localities.map((l, i) => ({ id: l.id, name: l.name, lat: l.lat, lon: l.lon, radius: radius(demand[i]!) }));
  }, [dataset]);

  const rolesText = (role: SiteRole | undefined, kind: string): string => {
    const parts: string[] = [];
    if (role?.headOffice) parts.push(t('map.role.headOffice'));
    const functions = (role?.functions ?? []).filter((f) => f !== HEAD_OFFICE_FUNCTION);
    if (functions.length > 0) parts.push(t('map.role.hub', { functions: functions.map((f) => functionName.get(f) ?? f).join(', ') }));
    if (role && role.servicePointFor.length > 0) {
      parts.push(t('map.role.servicePoint', { municipalities: role.servicePointFor.map((m) => municipalityName.get(m) ?? m).join(', ') }));
    }
    if (parts.length === 0) parts.push(kind === 'server-room' || kind === 'datacenter' ? t('map.role.serverRoom') : t('map.role.unused'));
    return parts.join('; ');
  };

  const sites = dataset.sites.map((site): MapSiteRow => {
    const siteRole = roles.get(site.id);
    const symbol = siteSymbol(siteRole, site.kind);
    const text = rolesText(siteRole, site.kind);
    return {
      id: site.id,
      name: site.name,
      lat: site.lat,
      lon: site.lon,
      symbol,
      alsoServicePoint: (symbol === 'head-office' || symbol === 'hub') && (siteRole?.servicePointFor.length ?? 0) > 0,
      label: t('map.siteButton', { name: site.name, roles: text }),
      roles: text,
      municipality: municipalityName.get(site.municipalityId) ?? site.municipalityId,
    };
  });

  return { projection, unitKm, areas, localities, sites, municipalityName, functionName };
}
