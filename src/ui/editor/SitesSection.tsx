import { localised } from '../../schema/localisedText';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/createTranslator';
import { daysPerWeekSchema } from '../../schema/common';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { NumberField } from './NumberField';
import { validateField } from './validateField';
import { z } from 'zod';

const onSitePolicySchema = z.object({ maxDaysPerWeek: daysPerWeekSchema });
/** The cap first offered when the user turns a cap on. */
const DEFAULT_CAP_DAYS = 3;

export interface SitesSectionProps {
  scenario: Scenario;
  dataset: Dataset;
  language: Language;
  onChange: (recipe: (scenario: Scenario) => Scenario) => void;
}

/** The site of each function placed at one site (head office included), and the on-site policy. */
export function SitesSection({ scenario, dataset, language, onChange }: SitesSectionProps) {
  const { t } = useTranslation();
  const policyId = useId();
  const placed = dataset.functions.filter((f) => f.siting === 'function-site');
  const municipalityName = new Map(dataset.municipalities.map((m) => [m.id, m.name]));
  const setSite = (functionId: string, siteId: string) =>
    onChange((s) => {
      const functionSites = { ...s.functionSites };
      if (siteId) functionSites[functionId] = siteId;
      else delete functionSites[functionId];
      return { ...s, functionSites };
    });
  const cap = scenario.onSitePolicy.maxDaysPerWeek;
  return (
    <>
      <section aria-labelledby="editor-sites" id="editor-sites-section">
        <h3 id="editor-sites">{t('workspace.editor.sites')}</h3>
        <p className="help">{t('workspace.editor.sitesHelp')}</p>
        {scenario.kind === 'baseline' && <p className="note">{t('workspace.editor.baselineNote')}</p>}
        <div className="function-sites">
          {placed.map((fn) => {
            const name = localised(fn.name, language);
            return (
              <div className="field" key={fn.id} id={`editor-function-${fn.id}`}>
                <label htmlFor={`${policyId}-${fn.id}`}>{t('workspace.editor.functionSite', { function: name })}</label>
                <select
                  id={`${policyId}-${fn.id}`}
                  value={scenario.functionSites[fn.id] ?? ''}
                  onChange={(e) => setSite(fn.id, e.target.value)}
                >
                  <option value="">{t('workspace.editor.noSite')}</option>
                  {dataset.sites.map((site) => (
                    <option key={site.id} value={site.id}>
                      {site.name} ({municipalityName.get(site.municipalityId) ?? site.municipalityId})
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </div>
      </section>
      <section aria-labelledby="editor-onsite" id="editor-onsite-section">
        <h3 id="editor-onsite">{t('workspace.editor.onSite')}</h3>
        <fieldset className="field">
          <legend>{t('workspace.editor.onSitePolicy')}</legend>
          <label className="choice">
            <input
              type="radio"
              name={`${policyId}-policy`}
              checked={cap === null}
              onChange={() => onChange((s) => ({ ...s, onSitePolicy: { maxDaysPerWeek: null } }))}
            />{' '}
            {t('workspace.editor.onSiteNone')}
          </label>
          <label className="choice">
            <input
              type="radio"
              name={`${policyId}-policy`}
              checked={cap !== null}
              onChange={() => onChange((s) => ({ ...s, onSitePolicy: { maxDaysPerWeek: DEFAULT_CAP_DAYS } }))}
            />{' '}
            {t('workspace.editor.onSiteCap')}
          </label>
        </fieldset>
        {cap !== null && (
          <NumberField
            label={t('workspace.editor.onSiteMax')}
            unit={t('workspace.unit.days')}
            help=""
            value={cap}
            defaultValue={DEFAULT_CAP_DAYS}
            language={language}
            check={(value) => {
              const check = validateField(onSitePolicySchema, { maxDaysPerWeek: cap }, 'maxDaysPerWeek', value);
              return check.ok ? null : check.problem;
            }}
            onCommit={(value) => onChange((s) => ({ ...s, onSitePolicy: { maxDaysPerWeek: value } }))}
          />
        )}
      </section>
    </>
  );
}
