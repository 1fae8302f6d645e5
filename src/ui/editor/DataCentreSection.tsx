import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scenarioMembers } from '../../engine/scenario/scenarioMembers';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import { distanceKmBetween } from '../../schema/geodesy';
import type { Scenario } from '../../schema/scenario';
import { formatNumber } from '../format';

export interface DataCentreSectionProps {
  scenario: Scenario;
  dataset: Dataset;
  language: Language;
  onChange: (recipe: (scenario: Scenario) => Scenario) => void;
}

/** Inside the dataset's region box, with its margin (as the dataset's own coordinates must be). */
function inRegion(dataset: Dataset, lat: number, lon: number): boolean {
  const { bbox, marginKm } = dataset.region;
  const clampedLat = Math.min(Math.max(lat, bbox.minLat), bbox.maxLat);
  const clampedLon = Math.min(Math.max(lon, bbox.minLon), bbox.maxLon);
  return distanceKmBetween(lat, lon, clampedLat, clampedLon) <= marginKm;
}

/**
 * The scenario's data centre (an existing server room, or a new site with coordinates inside
 * the region) and the server rooms that remain after the migration.
 */
export function DataCentreSection({ scenario, dataset, language, onChange }: DataCentreSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  // The scenario's members' rooms (Hylte's too when it is one), and the chosen data centre even
  // if its municipality has since left the scenario, so the choice stays visible.
  const members = scenarioMembers(dataset, scenario);
  const chosenId = scenario.dataCentre?.site.kind === 'existing' ? scenario.dataCentre.site.siteId : null;
  const rooms = dataset.sites.filter(
    (s) =>
      (s.kind === 'server-room' || s.kind === 'datacenter') && (members.has(s.municipalityId) || s.id === chosenId),
  );
  // As the economics count them (serverRooms.ts): the members' server rooms.
  const todayRooms = rooms.filter((s) => s.kind === 'server-room' && members.has(s.municipalityId)).map((s) => s.id);
  const centre = scenario.dataCentre;
  const choice = centre === null ? 'none' : centre.site.kind;
  const [draft, setDraft] = useState({
    name: centre?.site.kind === 'new' ? centre.site.name : t('workspace.dataCentre.defaultName'),
    lat: centre?.site.kind === 'new' ? String(centre.site.lat) : '',
    lon: centre?.site.kind === 'new' ? String(centre.site.lon) : '',
  });
  const [error, setError] = useState<string | null>(null);
  // A new site is chosen only once its coordinates are given: until then the form shows.
  const [mode, setMode] = useState<string | null>(null);
  const shown = mode ?? choice;

  const setChoice = (value: string) => {
    setError(null);
    setMode(value === 'new' ? 'new' : null);
    if (value === 'none') onChange((s) => ({ ...s, dataCentre: null }));
    else if (value === 'existing')
      onChange((s) => ({
        ...s,
        dataCentre: { site: { kind: 'existing', siteId: rooms[0]?.id ?? '' }, serverRooms: s.dataCentre?.serverRooms },
      }));
  };
  const applyNew = () => {
    const fail = (field: string, reason: string) => setError(t('workspace.dataCentre.error', { field, reason }));
    if (draft.name.trim() === '') return fail(t('workspace.dataCentre.name'), t('workspace.dataCentre.reason.name'));
    const lat = Number(draft.lat.replace(',', '.'));
    const lon = Number(draft.lon.replace(',', '.'));
    if (draft.lat.trim() === '' || !Number.isFinite(lat))
      return fail(t('workspace.dataCentre.lat'), t('workspace.dataCentre.reason.number'));
    if (draft.lon.trim() === '' || !Number.isFinite(lon))
      return fail(t('workspace.dataCentre.lon'), t('workspace.dataCentre.reason.number'));
    if (!inRegion(dataset, lat, lon))
      return fail(
        `${t('workspace.dataCentre.lat')}, ${t('workspace.dataCentre.lon')}`,
        t('workspace.dataCentre.reason.outside', {
          lat: formatNumber(lat, language, 4),
          lon: formatNumber(lon, language, 4),
          region: dataset.region.name,
        }),
      );
    const taken = new Set(dataset.sites.map((s) => s.id));
    let n = 1;
    while (taken.has(`nytt-datacenter-${n}`)) n++;
    const siteId = centre?.site.kind === 'new' ? centre.site.id : `nytt-datacenter-${n}`;
    setError(null);
    setMode(null);
    onChange((s) => ({
      ...s,
      dataCentre: {
        site: { kind: 'new', id: siteId, name: draft.name.trim(), lat, lon },
        serverRooms: s.dataCentre?.serverRooms,
      },
    }));
  };
  const kept = new Set(centre?.serverRooms ?? todayRooms);
  const setRoom = (siteId: string, on: boolean) =>
    onChange((s) => {
      if (!s.dataCentre) return s;
      const current = new Set(s.dataCentre.serverRooms ?? todayRooms);
      if (on) current.add(siteId);
      else current.delete(siteId);
      return {
        ...s,
        dataCentre: { ...s.dataCentre, serverRooms: todayRooms.filter((r) => current.has(r)) },
      };
    });
  const centreId = centre === null ? null : centre.site.kind === 'existing' ? centre.site.siteId : centre.site.id;
  const remaining = new Set([...kept, ...(centreId ? [centreId] : [])]).size;

  return (
    <section aria-labelledby="editor-data-centre" id="editor-data-centre-section">
      <h3 id="editor-data-centre">{t('workspace.dataCentre.heading')}</h3>
      <p className="help">{t('workspace.dataCentre.help')}</p>
      <div className="field">
        <label htmlFor={`${id}-choice`}>{t('workspace.dataCentre.choice')}</label>
        <select id={`${id}-choice`} value={shown} onChange={(e) => setChoice(e.target.value)}>
          <option value="none">{t('workspace.dataCentre.none')}</option>
          <option value="existing">{t('workspace.dataCentre.existing')}</option>
          <option value="new">{t('workspace.dataCentre.new')}</option>
        </select>
      </div>
      {shown === 'existing' && centre?.site.kind === 'existing' && (
        <div className="field">
          <label htmlFor={`${id}-site`}>{t('workspace.dataCentre.site')}</label>
          <select
            id={`${id}-site`}
            value={centre.site.siteId}
            onChange={(e) =>
              onChange((s) => ({
                ...s,
                dataCentre: { ...s.dataCentre!, site: { kind: 'existing', siteId: e.target.value } },
              }))
            }
          >
            {rooms.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {shown === 'new' && (
        <div className="retained-form">
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('workspace.dataCentre.name')}</label>
            <input
              id={`${id}-name`}
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-lat`}>{t('workspace.dataCentre.lat')}</label>
            <input
              id={`${id}-lat`}
              inputMode="decimal"
              value={draft.lat}
              onChange={(e) => setDraft({ ...draft, lat: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-lon`}>{t('workspace.dataCentre.lon')}</label>
            <input
              id={`${id}-lon`}
              inputMode="decimal"
              value={draft.lon}
              onChange={(e) => setDraft({ ...draft, lon: e.target.value })}
            />
          </div>
          <button type="button" onClick={applyNew}>
            {t('workspace.dataCentre.apply')}
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {centre !== null && (
        <fieldset>
          <legend>{t('workspace.dataCentre.rooms')}</legend>
          {rooms
            .filter((s) => s.kind === 'server-room')
            .map((s) => (
              <div className="field-row" key={s.id}>
                <input
                  type="checkbox"
                  id={`${id}-room-${s.id}`}
                  checked={kept.has(s.id) || s.id === centreId}
                  disabled={s.id === centreId}
                  onChange={(e) => setRoom(s.id, e.target.checked)}
                />
                <label htmlFor={`${id}-room-${s.id}`}>{s.name}</label>
              </div>
            ))}
          <p className="note">
            {t('workspace.dataCentre.roomsCount', {
              count: formatNumber(remaining, language),
              today: formatNumber(todayRooms.length, language),
            })}
          </p>
        </fieldset>
      )}
    </section>
  );
}
