import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceCoverage } from '../../engine/scenario/serviceCoverage';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { formatNumber } from '../format';

export interface ServicePointsSectionProps {
  scenario: Scenario;
  dataset: Dataset;
  /** The coverage of the current result; null while none is current (then the figures say so). */
  coverage: ServiceCoverage | null;
  language: Language;
  onChange: (recipe: (scenario: Scenario) => Scenario) => void;
}

/** The scenario's service points: add, move, remove; staffed days and technicians as the engine derives them. */
export function ServicePointsSection({ scenario, dataset, coverage, language, onChange }: ServicePointsSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const members = dataset.municipalities.filter((m) => m.member);
  const [newSite, setNewSite] = useState(dataset.sites[0]?.id ?? '');
  const [newMunicipality, setNewMunicipality] = useState(members[0]?.id ?? '');
  const siteName = new Map(dataset.sites.map((s) => [s.id, s.name]));
  const municipalityName = new Map(dataset.municipalities.map((m) => [m.id, m.name]));
  const staffing = new Map((coverage?.points ?? []).map((p) => [p.siteId, p]));
  const setPoints = (recipe: (points: Scenario['servicePoints']) => Scenario['servicePoints']) =>
    onChange((s) => ({ ...s, servicePoints: recipe(s.servicePoints) }));
  const derived = (value: number | undefined, digits = 0) =>
    coverage === null
      ? t('workspace.editor.spStale')
      : value === undefined
        ? t('workspace.editor.spUnknown')
        : formatNumber(value, language, digits);

  return (
    <section aria-labelledby="editor-service-points" id="editor-service-points-section">
      <h3 id="editor-service-points">{t('workspace.editor.servicePoints')}</h3>
      <p className="help">{t('workspace.editor.servicePointsHelp')}</p>
      <div className="table-scroll">
        <table data-testid="service-points">
          <caption>{t('workspace.editor.servicePointsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workspace.editor.spSite')}</th>
              <th scope="col">{t('workspace.editor.spMunicipality')}</th>
              <th scope="col" className="num">
                {t('workspace.editor.spStaffedDays')}
              </th>
              <th scope="col" className="num">
                {t('workspace.editor.spTechnicians')}
              </th>
              <th scope="col">{t('workspace.editor.spActions')}</th>
            </tr>
          </thead>
          <tbody>
            {scenario.servicePoints.map((point, index) => {
              const name = siteName.get(point.siteId) ?? point.siteId;
              const staffed = staffing.get(point.siteId);
              return (
                <tr key={`${index}-${point.siteId}-${point.municipalityId}`}>
                  <th scope="row">{name}</th>
                  <td>{municipalityName.get(point.municipalityId) ?? point.municipalityId}</td>
                  <td className="num" aria-busy={coverage === null || undefined}>
                    {derived(staffed?.staffedDaysPerWeek, 1)}
                  </td>
                  <td className="num" aria-busy={coverage === null || undefined}>
                    {derived(staffed?.technicians)}
                  </td>
                  <td className="actions">
                    <select
                      aria-label={t('workspace.editor.spMove', { site: name })}
                      value={point.siteId}
                      onChange={(e) =>
                        setPoints((points) =>
                          points.map((p, i) => (i === index ? { ...p, siteId: e.target.value } : p)),
                        )
                      }
                    >
                      {dataset.sites.map((site) => (
                        <option key={site.id} value={site.id}>
                          {site.name}
                        </option>
                      ))}
                    </select>{' '}
                    <button
                      type="button"
                      aria-label={t('workspace.editor.spRemoveLabel', { site: name })}
                      onClick={() => setPoints((points) => points.filter((_, i) => i !== index))}
                    >
                      {t('workspace.editor.spRemove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="add-point">
        <div className="field">
          <label htmlFor={`${id}-site`}>{t('workspace.editor.spAddSite')}</label>
          <select id={`${id}-site`} value={newSite} onChange={(e) => setNewSite(e.target.value)}>
            {dataset.sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-municipality`}>{t('workspace.editor.spAddMunicipality')}</label>
          <select
            id={`${id}-municipality`}
            value={newMunicipality}
            onChange={(e) => setNewMunicipality(e.target.value)}
          >
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          disabled={!newSite || !newMunicipality}
          onClick={() => setPoints((points) => [...points, { siteId: newSite, municipalityId: newMunicipality }])}
        >
          {t('workspace.editor.spAdd')}
        </button>
      </div>
    </section>
  );
}
