import type { Dispatch, FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import { formatNumber } from '../format';
import { Term } from '../glossary/Term';
import { OBJECTIVES, type HubPlacementForm, type HubPlacementFormAction, type Objective } from './hubPlacementForm';

export interface SuggestHubsFormProps {
  /** Prefix of the ids of the form's help texts. */
  id: string;
  dataset: Dataset;
  language: Language;
  form: HubPlacementForm;
  dispatch: Dispatch<HubPlacementFormAction>;
  /** Fraction done of the run under way, or null when none is. */
  progress: number | null;
  /** The last run was cancelled by the user. */
  cancelled: boolean;
  onCancel: () => void;
  onSubmit: () => void;
}

/** The hub placement's settings: objective, p, T, w, required and excluded sites; run and its progress. */
export function SuggestHubsForm({
  id,
  dataset,
  language,
  form,
  dispatch,
  progress,
  cancelled,
  onCancel,
  onSubmit,
}: SuggestHubsFormProps) {
  const { t } = useTranslation();
  const { objective } = form;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="suggest-hubs-form" onSubmit={submit}>
      <div className="suggest-hubs-fields">
        <label>
          {t('hubs.panel.objective')}
          <select
            value={objective}
            onChange={(e) => dispatch({ type: 'objective', objective: e.target.value as Objective })}
          >
            {OBJECTIVES.map((o) => (
              <option key={o} value={o}>
                {t(`hubs.objective.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('hubs.panel.hubs')}
          <input
            type="number"
            min={1}
            max={dataset.sites.length}
            step={1}
            required
            value={form.hubs}
            onChange={(e) => dispatch({ type: 'field', field: 'hubs', value: e.target.value })}
            aria-describedby={`${id}-hubs-help`}
          />
        </label>
        <p className="note" id={`${id}-hubs-help`}>
          <Term id={objective === 'median' ? 'pMedian' : 'coverage'} language={language}>
            {t(objective === 'median' ? 'screens.hubs.hubsHelpMedian' : 'screens.hubs.hubsHelpExact')}
          </Term>
        </p>
        {objective !== 'median' && (
          <label>
            {t('hubs.panel.minutes')}
            <input
              type="number"
              min={1}
              max={240}
              step={1}
              required
              value={form.minutes}
              onChange={(e) => dispatch({ type: 'field', field: 'minutes', value: e.target.value })}
            />
          </label>
        )}
        {objective === 'mixed' && (
          <label>
            {t('hubs.panel.weight')}
            <input
              type="number"
              min={0}
              max={1}
              step={0.05}
              required
              value={form.weight}
              onChange={(e) => dispatch({ type: 'field', field: 'weight', value: e.target.value })}
            />
          </label>
        )}
      </div>
      <div className="suggest-hubs-sites">
        {(['required', 'excluded'] as const).map((kind) => (
          <fieldset key={kind}>
            <legend>{t(`hubs.panel.${kind}`)}</legend>
            <ul>
              {dataset.sites.map((site) => (
                <li key={site.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={form[kind].includes(site.id)}
                      onChange={() => dispatch({ type: 'toggleSite', list: kind, siteId: site.id })}
                    />
                    {site.name}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
      <button type="submit" disabled={progress !== null}>
        {t('hubs.panel.run')}
      </button>
      {progress !== null && (
        <span className="suggest-hubs-progress" role="status">
          <progress aria-label={t('hubs.panel.progress')} max={1} value={progress} />
          {t('hubs.panel.running', { percent: formatNumber(progress * 100, language, 0) })}
          <button type="button" onClick={onCancel}>
            {t('scale.hubs.cancel')}
          </button>
        </span>
      )}
      {cancelled && <p role="status">{t('scale.hubs.cancelled')}</p>}
    </form>
  );
}
