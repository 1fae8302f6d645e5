import { Term } from '../glossary/Term';
import { useId, useRef, useState, type FormEvent } from 'react';
import { engineErrorData } from '../../engine/engineError';
import { engineErrorMessage } from '../../i18n/engineErrors';
import { useTranslation } from 'react-i18next';
import type {
  HubCandidate,
  HubObjectiveUnit,
  HubPlacementParamsInput,
  HubPlacementResult,
} from '../../engine/optimiser/hubPlacementTypes';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { formatNumber } from '../format';
import type { IsochroneEngine } from '../map/useIsochrones';
import { SuggestionMap } from './SuggestionMap';
import './optimiser.css';

type Objective = 'median' | 'coverage' | 'mixed';
const OBJECTIVES: readonly Objective[] = ['median', 'coverage', 'mixed'];

export interface SuggestHubsControl {
  /** Fraction of the work done, 0–1. */
  onProgress: (fractionDone: number) => void;
  /** Aborted when the user cancels the run. */
  signal?: AbortSignal;
}

export interface SuggestHubsPanelProps {
  dataset: Dataset;
  baseScenario: Scenario;
  language: Language;
  /** Runs `optimiseHubs` (in the engine worker in the app); a rejected promise is shown as an error. */
  run: (params: Partial<HubPlacementParamsInput>, control: SuggestHubsControl) => Promise<HubPlacementResult>;
  onKeep: (scenario: Scenario) => void;
  /** Where a suggestion's coverage area is computed on its map (the app's engine worker). */
  isochroneEngine?: IsochroneEngine | null;
}

/**
 * Hub placement from the active scenario: objective, p, T, w, required and excluded sites;
 * the suggestion and its alternatives with their figures, each keepable as a new scenario.
 */
export function SuggestHubsPanel({
  dataset,
  baseScenario,
  language,
  run,
  onKeep,
  isochroneEngine,
}: SuggestHubsPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const settings = baseScenario.parameters.optimiser;
  const [objective, setObjective] = useState<Objective>(settings.objective);
  const [hubs, setHubs] = useState(String(settings.hubs));
  const [minutes, setMinutes] = useState(String(baseScenario.parameters.coverage.responseMinutes));
  const [weight, setWeight] = useState(String(settings.mixedWeight));
  const [required, setRequired] = useState<readonly string[]>(settings.requiredSiteIds);
  const [excluded, setExcluded] = useState<readonly string[]>(settings.excludedSiteIds);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<HubPlacementResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [kept, setKept] = useState<string | null>(null);
  /** The row whose placement is drawn on the map below the table, if any. */
  const [mapShown, setMapShown] = useState<number | null>(null);
  /** The p the shown result was asked for (the form may have changed since). */
  const [askedHubs, setAskedHubs] = useState<number | null>(null);
  /** The running suggestion's cancel switch; whether the last run was cancelled. */
  const controller = useRef<AbortController | null>(null);
  const [cancelled, setCancelled] = useState(false);

  const siteName = (siteId: string) => dataset.sites.find((s) => s.id === siteId)?.name ?? siteId;
  const functionName = (functionId: string) => {
    const fn = dataset.functions.find((f) => f.id === functionId);
    return fn ? (language === 'sv' ? fn.name : fn.nameEn) : functionId;
  };
  const toggle = (list: readonly string[], siteId: string) =>
    list.includes(siteId) ? list.filter((x) => x !== siteId) : [...list, siteId];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    setFailure(null);
    setKept(null);
    setMapShown(null);
    setCancelled(false);
    setProgress(0);
    const abort = new AbortController();
    controller.current = abort;
    const params: Partial<HubPlacementParamsInput> = {
      objective,
      hubs: Number(hubs),
      requiredSiteIds: [...required],
      excludedSiteIds: [...excluded],
      ...(objective !== 'median' ? { responseMinutes: Number(minutes) } : {}),
      ...(objective === 'mixed' ? { mixedWeight: Number(weight) } : {}),
    };
    try {
      const answer = await run(params, { onProgress: (f) => setProgress(f), signal: abort.signal });
      setAskedHubs(Number(hubs));
      setResult(answer);
    } catch (error) {
      // A cancelled run is no failure: the engine stopped because the user asked.
      if (abort.signal.aborted) setCancelled(true);
      else setFailure(engineErrorMessage(t, engineErrorData(error)));
    } finally {
      if (controller.current === abort) controller.current = null;
      setProgress(null);
    }
  };

  const formatObjective = (value: number, unit: HubObjectiveUnit) =>
    unit === 'minutes'
      ? formatNumber(value, language, 0)
      : unit === 'share'
        ? `${formatNumber(value * 100, language, 1)} %`
        : formatNumber(value, language, 3);
  /** The engine names its drafts in English (for the CLI); the kept scenario speaks the UI's language. */
  const keep = (candidate: HubCandidate, alternative: number, objectiveKind: Objective) => {
    const words = {
      base: baseScenario.name,
      objective: t(`hubs.objectiveShort.${objectiveKind}`),
      hubs: candidate.scenario.parameters.optimiser.hubs,
      n: alternative,
    };
    const name = alternative === 0 ? t('hubs.panel.keptName', words) : t('hubs.panel.keptNameAlternative', words);
    onKeep({ ...candidate.scenario, name, description: t('hubs.panel.keptDescription', words) });
    setKept(name);
  };
  const running = progress !== null;

  return (
    <section className="suggest-hubs" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('hubs.panel.title')}</h3>
      <p className="note">{t('hubs.panel.intro', { name: baseScenario.name })}</p>
      <form className="suggest-hubs-form" onSubmit={(e) => void submit(e)}>
        <div className="suggest-hubs-fields">
          <label>
            {t('hubs.panel.objective')}
            <select value={objective} onChange={(e) => setObjective(e.target.value as Objective)}>
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
              value={hubs}
              onChange={(e) => setHubs(e.target.value)}
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
                value={minutes}
                onChange={(e) => setMinutes(e.target.value)}
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
                value={weight}
                onChange={(e) => setWeight(e.target.value)}
              />
            </label>
          )}
        </div>
        <div className="suggest-hubs-sites">
          {(
            [
              ['required', required, setRequired],
              ['excluded', excluded, setExcluded],
            ] as const
          ).map(([kind, list, setList]) => (
            <fieldset key={kind}>
              <legend>{t(`hubs.panel.${kind}`)}</legend>
              <ul>
                {dataset.sites.map((site) => (
                  <li key={site.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={list.includes(site.id)}
                        onChange={() => setList(toggle(list, site.id))}
                      />
                      {site.name}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </div>
        <button type="submit" disabled={running}>
          {t('hubs.panel.run')}
        </button>
        {progress !== null && (
          <span className="suggest-hubs-progress" role="status">
            <progress aria-label={t('hubs.panel.progress')} max={1} value={progress} />
            {t('hubs.panel.running', { percent: formatNumber(progress * 100, language, 0) })}
            <button type="button" onClick={() => controller.current?.abort()}>
              {t('scale.hubs.cancel')}
            </button>
          </span>
        )}
        {cancelled && <p role="status">{t('scale.hubs.cancelled')}</p>}
      </form>

      {failure !== null && <p role="alert">{t('hubs.panel.error', { message: failure })}</p>}
      {result !== null && !result.ok && (
        <p role="alert">
          {t('hubs.panel.inputError', {
            message: t(`hubs.error.${result.error.code}`, {
              ...result.error.params,
              ...(typeof result.error.params.siteId === 'string'
                ? { siteId: siteName(result.error.params.siteId) }
                : {}),
            }),
          })}
        </p>
      )}
      {result !== null && result.ok && (
        <div className="suggest-hubs-result">
          <p className="note">
            {result.objectiveKind === 'median'
              ? t('screens.hubs.objectiveIsCommute')
              : t('screens.hubs.objectiveNote', { unit: t(`hubs.unit.${result.unit}`) })}{' '}
            {t('hubs.panel.method', {
              method: t(`hubs.method.${result.method}`),
              rounds: result.rounds,
              count: result.evaluatedCandidates,
            })}
          </p>
          {askedHubs !== null && result.sites.length < askedHubs && (
            <p className="note" role="note">
              {t('screens.hubs.fewerSites', { asked: askedHubs, used: result.sites.length })}
            </p>
          )}
          {result.warnings.length > 0 && (
            <ul className="warnings">
              {result.warnings.map((w, k) => (
                <li key={k}>
                  {t(`hubs.warning.${w.code}`, {
                    ...w.params,
                    municipalityId: municipalityName(dataset, w.params.municipalityId),
                  })}
                </li>
              ))}
            </ul>
          )}
          <div className="table-scroll">
            <table className="suggest-hubs-table">
              <caption>{t('hubs.panel.resultsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('hubs.panel.colRank')}</th>
                  <th scope="col">{t('hubs.panel.colSites')}</th>
                  <th scope="col">{t('hubs.panel.colFunctions')}</th>
                  <th scope="col">{t('hubs.panel.colServicePoints')}</th>
                  {/* For the median objective the objective is the commute: one column, not two equal ones. */}
                  {result.objectiveKind !== 'median' && (
                    <th scope="col" className="num">
                      {t('hubs.panel.colObjective')}
                    </th>
                  )}
                  <th scope="col" className="num">
                    {t(
                      result.objectiveKind === 'median' ? 'screens.hubs.colCommuteObjective' : 'hubs.panel.colCommute',
                    )}
                  </th>
                  <th scope="col" className="num">
                    {t('hubs.panel.colCoverage')}
                  </th>
                  <th scope="col">{t('hubs.panel.colMap')}</th>
                  <th scope="col">{t('hubs.panel.colKeep')}</th>
                </tr>
              </thead>
              <tbody>
                {[result as HubCandidate, ...result.alternatives].map((candidate, k) => {
                  const label = k === 0 ? t('hubs.panel.suggestion') : t('hubs.panel.alternative', { n: k });
                  return (
                    <tr key={candidate.scenario.id} className={k === 0 ? 'best' : undefined}>
                      <th scope="row">{label}</th>
                      <td>{candidate.sites.map(siteName).join(', ')}</td>
                      <td>
                        <ul className="plain">
                          {Object.entries(candidate.functions).map(([functionId, siteId]) => (
                            <li key={functionId}>
                              {functionName(functionId)}: {siteName(siteId)}
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td>{candidate.servicePoints.map(siteName).join(', ')}</td>
                      {result.objectiveKind !== 'median' && (
                        <td className="num">{formatObjective(candidate.objective, result.unit)}</td>
                      )}
                      <td className="num">{formatNumber(candidate.commuteMinutes, language, 0)}</td>
                      <td className="num">{`${formatNumber(candidate.coverageShare * 100, language, 1)} %`}</td>
                      <td>
                        <button
                          type="button"
                          aria-pressed={mapShown === k}
                          onClick={() => setMapShown(mapShown === k ? null : k)}
                          aria-label={`${t('hubs.panel.showMap')}: ${label}`}
                        >
                          {mapShown === k ? t('hubs.panel.hideMap') : t('hubs.panel.showMap')}
                        </button>
                      </td>
                      <td>
                        <button
                          type="button"
                          aria-label={`${t('hubs.panel.keep')}: ${label}`}
                          onClick={() => keep(candidate, k, result.objectiveKind)}
                        >
                          {t('hubs.panel.keep')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {kept !== null && <p role="status">{t('hubs.panel.kept', { name: kept })}</p>}
          {mapShown !== null && (
            <SuggestionMap
              dataset={dataset}
              scenario={(mapShown === 0 ? result : result.alternatives[mapShown - 1]!).scenario}
              label={mapShown === 0 ? t('hubs.panel.suggestion') : t('hubs.panel.alternative', { n: mapShown })}
              language={language}
              engine={isochroneEngine}
            />
          )}
        </div>
      )}
    </section>
  );
}

function municipalityName(dataset: Dataset, id: string | number | undefined): string {
  return dataset.municipalities.find((m) => m.id === id)?.name ?? String(id ?? '');
}
