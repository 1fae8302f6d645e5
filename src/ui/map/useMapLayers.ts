import { localised } from '../../schema/localisedText';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fittedHeight, fitProjection, kmPerUnit } from '../../engine/map/fitProjection';
import type { MunicipalityBoundary } from '../../engine/map/importBoundaries';
import { localityCells } from '../../engine/map/localityCells';
import { localityRadii } from '../../engine/map/localityRadii';
import { schematicAreas } from '../../engine/map/schematicAreas';
import { HEAD_OFFICE_FUNCTION, siteRoles, type SiteRole } from '../../engine/scenario/scenarioSites';
import { scenarioDataset } from '../../engine/scenario/scenarioDataset';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { bundledBoundaries, bundledRoads } from './baseMapData';
import type { MapBase, MapLocality, MapSite } from './MapCanvas';
import { siteSymbol } from './mapGeometry';

/** The map's width in its own units (its SVG viewBox); the height follows the region's shape. */
export const MAP_WIDTH = 800;
export const MAP_PADDING = 24;

/** A site as drawn, with its roles in words and its municipality (the map's text alternative). */
export type MapSiteRow = MapSite & { roles: string; municipality: string };

/**
 * What a map of a scenario draws, computed from the dataset and the scenario (d3 in the
 * engine's map module): the projection, the base layers (boundaries imported by the user, else
 * the data folder's own when they cover the dataset's members, else schematic areas; the
 * roads), the localities sized by demand with their choropleth cells, and every site by role.
 */
export function useMapLayers(
  dataset: Dataset,
  scenario: Scenario,
  language: Language,
  imported: readonly MunicipalityBoundary[] | null,
) {
  const { t } = useTranslation();
  const { bbox } = dataset.region;
  const height = useMemo(() => fittedHeight(bbox, MAP_WIDTH, MAP_PADDING), [bbox]);
  const projection = useMemo(() => fitProjection(bbox, MAP_WIDTH, height, MAP_PADDING), [bbox, height]);
  const unitKm = useMemo(() => kmPerUnit(projection, bbox), [projection, bbox]);
  const municipalityName = useMemo(() => new Map(dataset.municipalities.map((m) => [m.id, m.name])), [dataset]);
  const functionName = useMemo(
    () => new Map(dataset.functions.map((f) => [f.id, localised(f.name, language)])),
    [dataset, language],
  );
  // The scenario's sites include a new data centre it adds (docs/retained-positions.md).
  const scenarioSites = useMemo(() => scenarioDataset(dataset, scenario).sites, [dataset, scenario]);
  const roles = useMemo(
    () => siteRoles({ ...dataset, sites: scenarioSites }, scenario),
    [dataset, scenarioSites, scenario],
  );

  const bundled = useMemo(() => bundledBoundaries(dataset.municipalities), [dataset.municipalities]);
  const boundaries = imported ?? bundled;
  const base = useMemo(
    (): MapBase => ({
      boundaries,
      schematic: boundaries ? [] : schematicAreas(dataset.localities, bbox),
      members: new Set(dataset.municipalities.filter((m) => m.member).map((m) => m.id)),
      roads: bundledRoads(),
    }),
    [boundaries, dataset, bbox],
  );
  const choroplethCells = useMemo(
    () => localityCells(dataset.localities, bbox, boundaries !== null),
    [dataset.localities, bbox, boundaries],
  );

  const localities = useMemo((): MapLocality[] => {
    const radii = localityRadii(dataset);
    return dataset.localities.map((l, i) => ({
      id: l.id,
      name: l.name,
      municipalityId: l.municipalityId,
      lat: l.lat,
      lon: l.lon,
      radius: radii[i]!,
      population: l.population,
    }));
  }, [dataset]);

  const rolesText = (role: SiteRole | undefined, kind: string): string => {
    const parts: string[] = [];
    if (role?.dataCentre) parts.push(t('map.legend.dataCentre'));
    if (role?.headOffice) parts.push(t('map.role.headOffice'));
    const functions = (role?.functions ?? []).filter((f) => f !== HEAD_OFFICE_FUNCTION);
    if (functions.length > 0)
      parts.push(t('map.role.hub', { functions: functions.map((f) => functionName.get(f) ?? f).join(', ') }));
    if (role && role.servicePointFor.length > 0) {
      parts.push(
        t('map.role.servicePoint', {
          municipalities: role.servicePointFor.map((m) => municipalityName.get(m) ?? m).join(', '),
        }),
      );
    }
    if (parts.length === 0)
      parts.push(kind === 'server-room' || kind === 'datacenter' ? t('map.role.serverRoom') : t('map.role.unused'));
    return parts.join('; ');
  };

  const sites = scenarioSites.map((site): MapSiteRow => {
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

  return {
    width: MAP_WIDTH,
    height,
    projection,
    unitKm,
    base,
    hasBundled: bundled !== null,
    boundarySource: imported ? ('imported' as const) : bundled ? ('bundled' as const) : ('schematic' as const),
    choroplethCells,
    localities,
    sites,
    municipalityName,
    functionName,
  };
}
