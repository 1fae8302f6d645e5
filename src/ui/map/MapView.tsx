import { localised } from '../../schema/localisedText';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { homeAreas } from '../../engine/anonymisation/homeAreas';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import { applySiteRole, type SiteRoleChoice } from '../../engine/map/applySiteRole';
import type { MunicipalityBoundary } from '../../engine/map/importBoundaries';
import {
  DEFAULT_LAYERS,
  layerDrawing,
  MAP_LAYERS,
  toggleLayer,
  type MapLayerVisibility,
} from '../../engine/map/mapLayers';
import { HEAD_OFFICE_FUNCTION } from '../../engine/scenario/scenarioSites';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { formatNumber } from '../format';
import { useAppStoreApi } from '../StoreContext';
import { BoundariesImport } from './BoundariesImport';
import { MapCanvas } from './MapCanvas';
import { localServiceMeasure } from './localServiceMeasure';
import { MapLayerToggles } from './MapLayerToggles';
import { MapLegend } from './MapLegend';
import { SiteRoleMenu } from './SiteRoleMenu';
import { SitesTable } from './SitesTable';
import { useIsochrones, type IsochroneEngine } from './useIsochrones';
import { useMapLayers } from './useMapLayers';
import './map.css';
import { precomputedOf } from '../../schema/managerPackage';
import { localeOf } from '../../schema/language';

export interface MapViewProps {
  dataset: Dataset;
  scenario: Scenario;
  /** The latest evaluation of the scenario; `stale` when it belongs to an earlier version. */
  evaluation: ScenarioEvaluation | null;
  stale: boolean;
  role: 'hr' | 'manager';
  language: Language;
  /** Where isochrones are computed; default: a worker of the view's own. */
  engine?: IsochroneEngine | null;
}

const TABLE_ID = 'map-sites-table';
const ALL_LAYERS = new Set(MAP_LAYERS);

/**
 * The Map view, a container: it selects from the dataset, the scenario and its
 * evaluation, computes the layers (d3 in the engine's map module) and passes them to the leaves.
 * A site's role is changed here with `updateScenario` (one undo step, logged as `site-role`).
 * Imported boundaries live in this component's state only: they are not saved.
 */
export function MapView({ dataset, scenario, evaluation, stale, role, language, engine }: MapViewProps) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [menu, setMenu] = useState<{ siteId: string; anchor: { x: number; y: number } } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [boundaries, setBoundaries] = useState<MunicipalityBoundary[] | null>(null);
  const [personId, setPersonId] = useState('');
  const [layers, setLayers] = useState<MapLayerVisibility>(DEFAULT_LAYERS);
  const minutes = scenario.parameters.coverage.responseMinutes;
  const k = dataset.anonymisation.k;

  const {
    width,
    height,
    projection,
    unitKm,
    base,
    boundarySource,
    hasBundled,
    choroplethCells,
    localities,
    sites,
    municipalityName,
    functionName,
  } = useMapLayers(dataset, scenario, language, boundaries);
  const drawing = layerDrawing(layers, ALL_LAYERS);
  const localService = useMemo(() => localServiceMeasure(dataset, evaluation), [dataset, evaluation]);
  const siteName = useMemo(() => new Map(dataset.sites.map((s) => [s.id, s.name])), [dataset]);
  // Sorted once per dataset and language, not on every render (2 000 names at scale).
  const peopleByName = useMemo(() => {
    const collator = new Intl.Collator(localeOf(language), { numeric: true });
    return [...dataset.people].sort((a, b) => collator.compare(a.name ?? a.id, b.name ?? b.id));
  }, [dataset, language]);

  const staffedSiteIds = useMemo(
    () => [...new Set((evaluation?.coverage.points ?? []).filter((p) => p.technicians > 0).map((p) => p.siteId))],
    [evaluation],
  );
  const isochrones = useIsochrones(engine, dataset, scenario, staffedSiteIds, minutes);

  // Homes only as areas of at least k people (docs/anonymisation.md), whatever the role.
  // A manager's package has no homes at all: no home layer (docs/roles-and-packages.md).
  const homes = useMemo(
    () => homeAreas(precomputedOf(dataset) ? [] : dataset.people.map((p) => p.home), k),
    [dataset, k],
  );

  const person = role === 'hr' ? dataset.people.find((p) => p.id === personId) : undefined;
  const personLayer = useMemo(() => {
    if (!person) return null;
    const at = (id: string | undefined) => {
      const site = dataset.sites.find((s) => s.id === id);
      return site ? { lat: site.lat, lon: site.lon } : null;
    };
    const next = evaluation?.placements.find((p) => p.personId === person.id)?.siteId;
    return { home: person.home, today: at(person.siteId), next: at(next) };
  }, [person, dataset, evaluation]);

  const covered = evaluation ? evaluation.coverage.overall.employees : null;
  const coveredText =
    covered === null
      ? t('map.legend.coverageLoading')
      : t('map.coverage.figure', {
          minutes: formatNumber(minutes, language),
          percent: formatNumber(covered * 100, language, 1),
        });

  const menuSite = menu ? dataset.sites.find((s) => s.id === menu.siteId) : undefined;
  const apply = (choice: SiteRoleChoice, reason: string) => {
    if (!menuSite) return;
    const done = store
      .getState()
      .updateScenario(scenario.id, (s) =>
        applySiteRole(s, menuSite.id, choice, { at: new Date().toISOString(), role, reason }),
      );
    const roleText =
      choice.kind === 'head-office'
        ? t('map.role.headOffice')
        : choice.kind === 'function'
          ? t('map.role.hub', { functions: functionName.get(choice.functionId) ?? choice.functionId })
          : choice.kind === 'service-point'
            ? t('map.role.servicePoint', {
                municipalities: municipalityName.get(choice.municipalityId) ?? choice.municipalityId,
              })
            : t('map.role.unused');
    setMessage(done ? t('map.menu.applied', { name: menuSite.name, role: roleText }) : t('map.menu.rejected'));
    setMenu(null);
    focusSite(menuSite.id);
  };
  const close = () => {
    const id = menu?.siteId;
    setMenu(null);
    if (id) focusSite(id);
  };

  return (
    <section className="map-view" aria-labelledby="map-heading">
      <h2 id="map-heading">
        {t('map.heading')}: {scenario.name}
      </h2>
      <p className="note">{t('map.intro', { minutes: formatNumber(minutes, language) })}</p>
      {stale && <p className="note stale-note">{t('workspace.status.recalculating')}</p>}
      <p role="status" className="map-message">
        {message}
      </p>
      {role === 'hr' ? (
        <p>
          <label className="map-person-select">
            {t('map.person.label')}{' '}
            <select value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="">{t('map.person.none')}</option>
              {peopleByName.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name ?? p.id}
                </option>
              ))}
            </select>
          </label>
          {person && personLayer && (
            <span className="note">
              {' '}
              {t('map.person.summary', {
                name: person.name ?? person.id,
                today: siteName.get(person.siteId) ?? '—',
                next: siteName.get(evaluation?.placements.find((p) => p.personId === person.id)?.siteId ?? '') ?? '—',
              })}
            </span>
          )}
        </p>
      ) : (
        <p className="note">{t('map.managerNote', { k })}</p>
      )}
      <div className="map-layout">
        <div className="map-frame">
          <MapCanvas
            width={width}
            height={height}
            projection={projection}
            kmPerUnit={unitKm}
            label={t('map.figureLabel', {
              sites: dataset.sites.length,
              localities: dataset.localities.length,
              minutes,
            })}
            describedBy={TABLE_ID}
            base={base}
            drawing={drawing}
            coverage={isochrones.grid?.area ?? null}
            choropleth={localService ? { cells: choroplethCells, values: localService.values } : null}
            homeAreas={homes.areas}
            localities={localities}
            sites={sites}
            person={personLayer}
            onSite={(siteId, anchor) => setMenu({ siteId, anchor })}
          />
          {menu && menuSite && (
            <SiteRoleMenu
              key={menuSite.id}
              siteName={menuSite.name}
              municipalityId={
                dataset.municipalities.find((m) => m.id === menuSite.municipalityId && m.member)?.id ??
                dataset.municipalities.find((m) => m.member)?.id ??
                menuSite.municipalityId
              }
              municipalities={dataset.municipalities.filter((m) => m.member)}
              functions={dataset.functions
                .filter((f) => f.siting === 'function-site' && f.id !== HEAD_OFFICE_FUNCTION)
                .map((f) => ({ id: f.id, name: localised(f.name, language) }))}
              anchor={menu.anchor}
              onApply={apply}
              onClose={close}
            />
          )}
        </div>
        <div className="map-side">
          <MapLayerToggles
            visible={layers}
            available={ALL_LAYERS}
            drawing={drawing}
            onToggle={(id) => setLayers((v) => toggleLayer(v, id))}
            minutes={minutes}
            k={k}
            schematic={boundarySource === 'schematic'}
          />
          <MapLegend
            minutes={minutes}
            coverageState={isochrones.state}
            coveredText={coveredText}
            uncoveredNames={(evaluation?.coverage.uncoveredLocalities ?? []).map((l) => l.name)}
            drawing={drawing}
            boundarySource={boundarySource}
            localService={localService}
            k={k}
            homeOtherCount={homes.otherCount}
            showPerson={personLayer !== null}
          />
          <BoundariesImport
            municipalities={dataset.municipalities}
            loadedCount={boundaries?.length ?? null}
            onLoad={setBoundaries}
            onClear={() => setBoundaries(null)}
            clearLabel={hasBundled ? t('mapLayers.boundaries.clearBundled') : undefined}
          />
        </div>
      </div>
      <SitesTable
        id={TABLE_ID}
        rows={sites.map((s) => ({ id: s.id, name: s.name, municipality: s.municipality, roles: s.roles }))}
      />
    </section>
  );
}

/** Focus returns to the site once the menu has closed (after React has rendered). */
function focusSite(siteId: string) {
  requestAnimationFrame(() => {
    const element = document.querySelector<SVGGElement>(`[data-site="${CSS.escape(siteId)}"]`);
    element?.focus();
  });
}
